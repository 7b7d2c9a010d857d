/**
 * `IdentityIndex` narrows the role assignments and access policies ACR008 tests for a credential
 * set. It must leave out only items of other root modules and items that `isIdentityOf` rules out,
 * and keep the original order: checked here against the full scan it replaced, on generated models.
 */
import fc from 'fast-check';
import type { CredentialSet } from '../src/adapt/acr-model.js';
import { IdentityIndex, isIdentityOf } from '../src/adapt/key-vault.js';
import type { Resource } from '../src/model/graph.js';
import { known, unknown, type Origin, type Value } from '../src/model/value.js';

const ORIGIN: Origin = { provenance: { kind: 'literal' }, via: [] };
const ROOTS = ['infra', 'other'];
const SETS = ['azurerm_container_registry_credential_set.a', 'azurerm_container_registry_credential_set.b'];
const GUIDS = ['0f8fad5b-d9cb-469f-a165-70867728950e', '7c9e6679-7425-40de-944b-e07fc1f90ae7'];

function resource(root: string, address: string): Resource {
  return { root, address, mode: 'managed', type: address.split('.')[0]!, name: address.split('.')[1]!, attributes: new Map() } as Resource;
}

/** A principal id as configurations write it: a literal (any case), a reference, or unknown with or without references. */
const principal: fc.Arbitrary<Value> = fc.oneof(
  fc.tuple(fc.constantFrom(...GUIDS), fc.boolean()).map(([g, upper]) => known(upper ? g.toUpperCase() : g, ORIGIN)),
  fc.constantFrom(...SETS).map((s) => unknown('known after apply', ORIGIN, [s])),
  fc.constantFrom(...SETS).map((s) => known(GUIDS[0]!, ORIGIN, [s])),
  fc.constant(unknown('a variable with no value', ORIGIN)),
  fc.constant(unknown('known after apply', ORIGIN, ['azurerm_user_assigned_identity.x'])),
  fc.constant(known(42, ORIGIN)),
);

const item = fc.record({ root: fc.constantFrom(...ROOTS), id: principal });

const credentialSet: fc.Arbitrary<CredentialSet> = fc
  .record({ root: fc.constantFrom(...ROOTS), address: fc.constantFrom(...SETS), principal: fc.option(fc.constantFrom(...GUIDS.map((g) => g.toUpperCase()), ...GUIDS)) })
  .map(({ root, address, principal: id }) => {
    const res = resource(root, address);
    const principalId = id === null ? unknown('assigned on create', ORIGIN, [address]) : known(id, ORIGIN);
    return { resource: res, principalId } as CredentialSet;
  });

describe('IdentityIndex', () => {
  it('keeps every item isIdentityOf does not rule out, in the original order', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), credentialSet, (raw, set) => {
        const items = raw.map((r, i) => ({ ...r, from: resource(r.root, `azurerm_role_assignment.r${i}`) }));
        const index = new IdentityIndex(items, (x) => ({ id: x.id, from: x.from }));
        const candidates = index.candidates(set);
        // The scan it replaced: items of the set's root module that isIdentityOf does not rule out.
        const needed = items.filter((x) => x.from.root === set.resource.root && isIdentityOf(x.id, x.from, set).tri !== 'no');
        // Every needed item is a candidate, and candidates come in the items' order.
        expect(needed.every((x) => candidates.includes(x))).toBe(true);
        expect(candidates).toEqual(items.filter((x) => candidates.includes(x)));
        // Candidates are never from another root module.
        expect(candidates.every((x) => x.from.root === set.resource.root)).toBe(true);
      }),
      { seed: 0x1d1d, numRuns: 500 },
    );
  });

  it('matches literal ids case-insensitively', () => {
    const set = { resource: resource('infra', SETS[0]!), principalId: known(GUIDS[0]!.toUpperCase(), ORIGIN) } as CredentialSet;
    const items = [{ id: known(GUIDS[0]!, ORIGIN), from: resource('infra', 'azurerm_role_assignment.r') }];
    expect(new IdentityIndex(items, (x) => x).candidates(set)).toEqual(items);
  });
});
