/** A resource's planned attributes against what its planned object and after_unknown say. */
import fc from 'fast-check';
import { attributeLinks, plannedObject, type PlannedAttributesOptions } from '../src/frontends/plan/planned-values.js';
import { attr, listOf, toPlain, type Provenance, type Value } from '../src/model/value.js';

const ADDRESS = 'azurerm_container_registry.acr';

const planAttributes = (after: unknown, afterUnknown: unknown, address: string, options?: PlannedAttributesOptions): Map<string, Value> => plannedObject(after, afterUnknown, address, options).attributes;

describe('planned attributes', () => {
  it('lists after\'s keys, then the unknown ones after leaves out, and reads each as the plan says', () => {
    const attributes = planAttributes({ name: 'acr', id: null, network_rule_set: [{ default_action: 'Deny' }] }, { id: true, login_server: true, tags: false, network_rule_set: [{}] }, ADDRESS);
    expect([...attributes.keys()]).toEqual(['name', 'id', 'network_rule_set', 'login_server']);
    expect(attributes.size).toBe(4);
    expect(toPlain(attributes.get('name')!)).toBe('acr');
    expect(attributes.get('id')).toMatchObject({ known: false, why: `${ADDRESS}: known only after apply` });
    expect(attributes.get('login_server')?.known).toBe(false);
    expect(toPlain(attributes.get('network_rule_set')!)).toEqual([{ default_action: 'Deny' }]);
    // A key after_unknown marks false is not an attribute the plan has.
    expect(attributes.has('tags')).toBe(false);
    expect(attributes.get('tags')).toBeUndefined();
    expect(attributes.get('name')?.origin.provenance).toEqual({ kind: 'plan', address: ADDRESS });
  });

  it('reads a null after as an empty object with nothing else unknown', () => {
    const nullAfter = plannedObject(null, { id: true }, ADDRESS);
    expect([...nullAfter.attributes.keys()]).toEqual(['id']);
    expect(nullAfter.attributes.get('id')?.known).toBe(false);
    expect(nullAfter.unknownAttributes).toBeUndefined();
    expect(nullAfter.malformed).toBeUndefined();
  });

  it('reads a wholly unknown object as what its configuration writes: constants known, references unknown with them, blocks as written; the rest unknown', () => {
    const registry = ['azurerm_container_registry.acr.id', 'azurerm_container_registry.acr'];
    const links = attributeLinks(
      {
        container_registry_id: { references: registry },
        name: { constant_value: 'r' },
        private_service_connection: [{ name: { constant_value: 'psc' }, private_connection_resource_id: { references: registry } }],
      },
      (e) => e.references ?? [],
    );
    const whole = plannedObject(null, true, ADDRESS, { links });
    expect(whole.unknownAttributes).toBe(`${ADDRESS}: known only after apply`);
    expect(whole.malformed).toBeUndefined();
    expect([...whole.attributes.keys()]).toEqual(['container_registry_id', 'name', 'private_service_connection']);
    expect(whole.attributes.get('container_registry_id')).toMatchObject({ known: false, why: `${ADDRESS}: known only after apply`, refs: registry });
    expect(toPlain(whole.attributes.get('name')!)).toBe('r');
    const [connection] = listOf(whole.attributes.get('private_service_connection'))!;
    expect(toPlain(attr(connection, 'name')!)).toBe('psc');
    expect(attr(connection, 'private_connection_resource_id')).toMatchObject({ known: false, refs: registry });
    // after_unknown: true wins over whatever after says.
    const withAfter = plannedObject({ name: 'acr' }, true, ADDRESS);
    expect(withAfter.attributes.size).toBe(0);
    expect(withAfter.unknownAttributes).toBe(`${ADDRESS}: known only after apply`);
  });

  it('reads an after that is no object as malformed, its attributes unknown', () => {
    for (const [after, what] of [[['a'], 'a list'], ['text', 'a string'], [3, 'a number'], [false, 'a boolean']] as const) {
      const read = plannedObject(after, { 0: true }, ADDRESS);
      expect(read.attributes.size).toBe(0);
      expect(read.malformed).toBe(`${ADDRESS}: the planned object is ${what}, not an object`);
      expect(read.unknownAttributes).toBe(`${read.malformed}; tf-acr-lint cannot read its attributes`);
    }
  });

  it('reads keys named like Object.prototype members as plain keys', () => {
    const after = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "c"}') as unknown;
    const attributes = planAttributes(after, JSON.parse('{"__proto__": true}'), ADDRESS);
    expect(attributes.get('__proto__')?.known).toBe(false);
    expect(toPlain(attributes.get('constructor')!)).toBe('c');
    expect(attributes.has('toString')).toBe(false);
    expect(attributes.get('hasOwnProperty')).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('gives the attributes named in `provenance` that provenance, and only those', () => {
    const moduleDefault: Provenance = { kind: 'module-default', call: 'module.registry', input: 'network_rule_bypass_option', version: 'unpinned' };
    const attributes = planAttributes({ network_rule_bypass_option: 'None', sku: 'Premium' }, {}, ADDRESS, { provenance: new Map([['network_rule_bypass_option', moduleDefault]]) });
    expect(attributes.get('network_rule_bypass_option')?.origin.provenance).toEqual(moduleDefault);
    expect(toPlain(attributes.get('network_rule_bypass_option')!)).toBe('None');
    expect(attributes.get('sku')?.origin.provenance).toEqual({ kind: 'plan', address: ADDRESS });
  });

  it('agrees with the planned object on every key, value and unknown (property)', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 3 })),
    })).value;
    const name = fc.constantFrom('name', 'sku', 'id', 'tags', 'identity', '__proto__', 'constructor', 'x');
    fc.assert(
      fc.property(fc.dictionary(name, json), fc.dictionary(name, fc.boolean()), (afterData, unknownFlags) => {
        // Through JSON, as the plan reader gets them: `__proto__` is then an own key.
        const after = JSON.parse(JSON.stringify(afterData)) as Record<string, unknown>;
        const masks = JSON.parse(JSON.stringify(unknownFlags)) as Record<string, boolean>;
        const attributes = planAttributes(after, masks, ADDRESS);
        const expectedKeys = [...Object.keys(after), ...Object.keys(masks).filter((k) => masks[k] && !Object.hasOwn(after, k))];
        expect([...attributes.keys()]).toEqual(expectedKeys);
        expect(attributes.size).toBe(expectedKeys.length);
        // Every way of listing the attributes agrees with get(), which converts each one once.
        const listed: [string, Value][] = [];
        attributes.forEach((value, key) => listed.push([key, value]));
        expect(listed).toEqual([...attributes]);
        expect([...attributes.entries()]).toEqual(expectedKeys.map((key) => [key, attributes.get(key)]));
        expect([...attributes.values()].every((value, i) => value === attributes.get(expectedKeys[i]!))).toBe(true);
        for (const key of expectedKeys) {
          const value: Value | undefined = attributes.get(key);
          expect(attributes.has(key)).toBe(true);
          if (Object.hasOwn(masks, key) && masks[key]) expect(value?.known).toBe(false);
          else expect(toPlain(value!)).toEqual(after[key]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
