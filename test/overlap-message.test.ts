/** ACR007's message names each overlapping rule with how it overlaps, quoting a target only where it differs. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../src/lint.js';
import { ALL_RULES } from '../rules/index.js';

/** The ACR007 messages of a configuration of cache rules on one registry, by rule name and target. */
async function overlapMessages(targets: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-overlap-'));
  const rules = Object.entries(targets).map(([name, target]) =>
    [
      `resource "azurerm_container_registry_cache_rule" "${name}" {`,
      `  name                  = "${name}"`,
      '  container_registry_id = azurerm_container_registry.acr.id',
      `  source_repo           = "mcr.microsoft.com/${name}/*"`,
      `  target_repo           = "${target}"`,
      '}',
    ].join('\n'),
  );
  const registry = 'resource "azurerm_container_registry" "acr" {\n  name                = "acr"\n  resource_group_name = "rg"\n  location            = "westeurope"\n  sku                 = "Premium"\n}';
  writeFileSync(path.join(dir, 'main.tf'), [registry, ...rules, ''].join('\n'));
  const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
  return result.findings.filter((f) => f.ruleId === 'ACR007').map((f) => f.message);
}

describe('acr-cache-overlapping-rules messages', () => {
  it('say "the same target" without quoting it again for each rule', async () => {
    const [message, ...rest] = await overlapMessages({ a: 'mirror/same', b: 'mirror/same', c: 'mirror/same' });
    expect(rest).toHaveLength(1);
    expect(message).toContain('has target "mirror/same"');
    expect(message).toContain('azurerm_container_registry_cache_rule.a (the same target)');
    expect(rest[0]).toContain('azurerm_container_registry_cache_rule.a (the same target), azurerm_container_registry_cache_rule.b (the same target)');
    expect(rest[0]!.match(/"mirror\/same"/g)).toHaveLength(1);
  });

  it('say whether the earlier wildcard contains the later one or is inside it', async () => {
    const [inside] = await overlapMessages({ a: 'mirror/dotnet/*', b: 'mirror/*' });
    expect(inside).toContain('has target "mirror/*"');
    expect(inside).toContain('azurerm_container_registry_cache_rule.a (its wildcard target "mirror/dotnet/*" is inside this one)');
    const [contains] = await overlapMessages({ a: 'mirror/*', b: 'mirror/dotnet/*' });
    expect(contains).toContain('azurerm_container_registry_cache_rule.a (its wildcard target "mirror/*" contains this one)');
  });
});
