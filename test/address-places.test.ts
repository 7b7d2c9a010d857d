/** Finding a resource's "address" entry in the text of a plan, whatever its spacing and escapes. */
import { AddressPlaces } from '../src/frontends/plan/address-places.js';

/** The text a span covers. */
function placed(text: string, address: string): string | undefined {
  const span = new AddressPlaces(text, 'plan.json').span(address);
  if (!span) return undefined;
  const lines = text.split('\n');
  expect(span.start.line).toBe(span.end.line);
  return lines[span.start.line - 1]!.slice(span.start.column - 1, span.end.column - 1);
}

describe('address places', () => {
  it('finds an entry written compactly, as terraform show -json writes it, or spaced out', () => {
    expect(placed('{"resource_changes":[{"address":"azurerm_x.a","mode":"managed"}]}', 'azurerm_x.a')).toBe('"address":"azurerm_x.a"');
    expect(placed('{\n  "resource_changes": [\n    {\n      "address" :\t"azurerm_x.a",\n      "mode": "managed"\n    }\n  ]\n}', 'azurerm_x.a')).toBe('"address" :\t"azurerm_x.a"');
  });

  it('reads escaped quotes in instance keys, and an escaped backslash before the closing quote', () => {
    const text = JSON.stringify({ resource_changes: [{ address: 'module.m["a"].azurerm_x.b["k\\\\"]' }, { address: 'module.m["b"].azurerm_x.b' }] });
    expect(placed(text, 'module.m["a"].azurerm_x.b["k\\\\"]')).toBe(`"address":${JSON.stringify('module.m["a"].azurerm_x.b["k\\\\"]')}`);
    expect(placed(text, 'module.m["b"].azurerm_x.b')).toBe('"address":"module.m[\\"b\\"].azurerm_x.b"');
  });

  it('takes only a key named address, not a string that ends in address', () => {
    // `"say \"address": "azurerm_x.a"` is a key `say "address`; the real entry comes after it.
    const text = '{"resource_changes":[{"note":{"say \\"address":"azurerm_x.a"},"address":"azurerm_x.a"}]}';
    expect(JSON.parse(text)).toBeTruthy();
    const span = new AddressPlaces(text, 'plan.json').span('azurerm_x.a')!;
    expect(text.slice(span.start.offset, span.end.offset)).toBe('"address":"azurerm_x.a"');
  });

  it('prefers the resource_changes entry, and falls back to an entry before it', () => {
    const text = '{"planned_values":{"root_module":{"resources":[{"address":"azurerm_x.a"},{"address":"azurerm_x.only_planned"}]}},"resource_changes":[{"address":"azurerm_x.a"}]}';
    const places = new AddressPlaces(text, 'plan.json');
    expect(places.span('azurerm_x.a')!.start.offset).toBe(text.lastIndexOf('"address":"azurerm_x.a"'));
    expect(places.span('azurerm_x.only_planned')!.start.offset).toBe(text.indexOf('"address":"azurerm_x.only_planned"'));
    expect(places.span('azurerm_x.missing')).toBeUndefined();
  });
});
