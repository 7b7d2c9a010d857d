/** Looking up the resources a value refers to by address, against testing each one with refersTo. */
import fc from 'fast-check';
import { referredAmong, refersTo } from '../src/adapt/acr-model.js';
import type { Resource } from '../src/model/graph.js';
import { known, literalOrigin } from '../src/model/value.js';

const resource = (root: string, address: string): Resource => ({ root, address, mode: 'managed', type: address.split('.')[0]!, name: address.split('.')[1]!, attributes: new Map() });

describe('referredAmong', () => {
  it('finds the items a value refers to within its root module, in the items\' order, each once', () => {
    const items = [resource('a', 'azurerm_key_vault.one'), resource('b', 'azurerm_key_vault.two'), resource('a', 'azurerm_key_vault.two'), resource('a', 'azurerm_key_vault.one')].map((r) => ({ resource: r }));
    const value = known(null, literalOrigin(undefined), ['azurerm_key_vault.two', 'azurerm_key_vault.one', 'azurerm_key_vault.two']);
    expect(referredAmong(value, resource('a', 'azurerm_role_assignment.x'), items)).toEqual([items[0], items[2], items[3]]);
    expect(referredAmong(known(null, literalOrigin(undefined)), resource('a', 'azurerm_role_assignment.x'), items)).toEqual([]);
    expect(referredAmong(undefined, resource('a', 'azurerm_role_assignment.x'), items)).toEqual([]);
  });

  it('agrees with refersTo on every item (property)', () => {
    const root = fc.constantFrom('', 'env/prod', 'env/dev');
    const address = fc.constantFrom('azurerm_key_vault.a', 'azurerm_key_vault.b', 'module.m["x"].azurerm_key_vault.a', 'azurerm_key_vault_secret.s');
    fc.assert(
      fc.property(fc.array(fc.tuple(root, address), { maxLength: 12 }), fc.array(address, { maxLength: 4 }), root, (entries, refs, fromRoot) => {
        const items = entries.map(([r, a]) => ({ resource: resource(r, a) }));
        const value = known(null, literalOrigin(undefined), refs);
        const from = resource(fromRoot, 'azurerm_role_assignment.x');
        expect(referredAmong(value, from, items)).toEqual(items.filter((item) => refersTo(value, from, item.resource)));
      }),
      { numRuns: 300 },
    );
  });
});
