import { azapiBody } from '../src/adapt/values.js';
import type { Resource } from '../src/model/graph.js';
import { equals, isTrue, known, literalOrigin, toPlain, unknown } from '../src/model/value.js';

describe('value helpers', () => {
  it('are false on unknown values', () => {
    const u = unknown('not known', literalOrigin(undefined));
    expect(isTrue(u)).toBe(false);
    expect(equals(u, 'None')).toBe(false);
  });
  it('compare known strings, optionally ignoring case', () => {
    const v = known('none', literalOrigin(undefined));
    expect(equals(v, 'None')).toBe(false);
    expect(equals(v, 'None', true)).toBe(true);
  });
});

describe('azapi bodies', () => {
  const resource = (body: string): Resource => ({ root: '.', address: 'azapi_resource.r', mode: 'managed', type: 'azapi_resource', name: 'r', attributes: new Map([['body', known(body, literalOrigin(undefined))]]) });

  it('are parsed once however many settings are read, and not at all past 1 Mi characters', () => {
    const small = resource('{"properties":{"sku":"Premium"}}');
    expect(azapiBody(small)).toBe(azapiBody(small));
    expect(toPlain(azapiBody(small)!)).toEqual({ properties: { sku: 'Premium' } });
    const big = azapiBody(resource(`{"x":"${'a'.repeat(1024 * 1024)}"}`));
    expect(big).toMatchObject({ known: false, why: expect.stringMatching(/^body is a JSON text of 1,048,584 characters, more than the 1,048,576 tf-acr-lint reads$/) });
  });
});
