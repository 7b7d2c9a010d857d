/**
 * Reading a plan document without building its `planned_values`: the validating skip agrees with
 * `JSON.parse` on what is valid JSON, and the document read is `JSON.parse`'s, less that member
 * only when `resource_changes` lists changes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { skipValue, skipWhitespace } from '../src/frontends/plan/json-skip.js';
import { parseDocument } from '../src/frontends/plan/parse-document.js';
import { REPO_ROOT } from './helpers/fixtures.js';
import { mutated } from './helpers/fuzz-hcl.js';

fc.configureGlobal({ seed: Number(process.env['FUZZ_SEED'] ?? 0x15_0b) });

const PLANS_DIR = path.join(REPO_ROOT, 'fixtures', 'plans');
/** Every plan and state document of the plan fixtures. */
const PLAN_TEXTS = readdirSync(PLANS_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.json') && path.basename(file) !== 'expected.json')
  .map((file) => readFileSync(path.join(PLANS_DIR, file), 'utf8'));
/** The same plans on one line, as `terraform show -json` writes them. */
const ONE_LINE_TEXTS = PLAN_TEXTS.map((text) => JSON.stringify(JSON.parse(text)));

/** Whether `skipValue` takes the whole of `text` as one JSON value. */
function skipsWhole(text: string): boolean {
  const end = skipValue(text, 0);
  return end !== -1 && skipWhitespace(text, end) === text.length;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function thrown(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (error) {
    return String(error);
  }
}

/** JSON text with arbitrary whitespace between tokens, and strings with escapes and control characters. */
const jsonText = fc
  .tuple(fc.jsonValue(), fc.constantFrom(undefined, 0, 1, '\t', ' \r\n '))
  .map(([value, space]) => JSON.stringify(value, null, space));

describe('skipValue', () => {
  it('accepts exactly what JSON.parse accepts, on valid JSON and on mutations of it', () => {
    fc.assert(
      fc.property(fc.oneof(jsonText, mutated(['{"a": [1, -2.5e+3, "x\\u00e9\\n", true, false, null, {}], "b": {"c": []}}', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '-0.0E-0'], 4)), (text) => {
        expect(skipsWhole(text)).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly what JSON.parse accepts on mutations of real plans', () => {
    fc.assert(fc.property(mutated(ONE_LINE_TEXTS.filter((t) => t.length < 20_000), 3), (text) => expect(skipsWhole(text)).toBe(parses(text))), { numRuns: 300 });
  });

  it.each([
    ['01'],
    ['1.'],
    ['.5'],
    ['-'],
    ['1e'],
    ['1e+'],
    ['+1'],
    ['"\\u12G4"'],
    ['"\\x"'],
    ['"a\tb"'],
    ['"unterminated'],
    ['[1,]'],
    ['{,}'],
    ['{"a"}'],
    ['{"a":1,}'],
    ['{"a" 1}'],
    [']'],
    ['tru'],
    ['nul'],
    ['[1 2]'],
    ['{"a":1 "b":2}'],
    [''],
  ])('refuses %j', (text) => {
    expect(parses(text)).toBe(false);
    expect(skipsWhole(text)).toBe(false);
  });

  it('stops at the end of the value it skips, wherever it starts', () => {
    const text = 'x: {"a": [1, {"b": "}]"}]}, rest';
    expect(text.slice(3, skipValue(text, 3))).toBe('{"a": [1, {"b": "}]"}]}');
  });
});

describe('parseDocument', () => {
  it('leaves out planned_values when resource_changes lists changes, and reads everything else as JSON.parse does', () => {
    for (const text of [...PLAN_TEXTS, ...ONE_LINE_TEXTS]) {
      const whole = JSON.parse(text) as Record<string, unknown>;
      const { planned_values: plannedValues, ...rest } = whole;
      const read = parseDocument(text) as Record<string, unknown>;
      if (plannedValues !== undefined && Array.isArray(whole['resource_changes']) && whole['resource_changes'].length > 0) {
        expect(read).not.toHaveProperty('planned_values');
        expect(read).toEqual(rest);
      } else {
        expect(read).toEqual(whole);
      }
    }
  });

  it('keeps planned_values when there is no change to read instead', () => {
    const empty = '{"format_version":"1.2","planned_values":{"root_module":{}},"resource_changes":[],"prior_state":{}}';
    expect(parseDocument(empty)).toEqual(JSON.parse(empty));
    const none = '{"format_version":"1.2","planned_values":{"root_module":{}},"configuration":{}}';
    expect(parseDocument(none)).toEqual(JSON.parse(none));
  });

  it('keeps them too when planned_values is the last member, or far into the document', () => {
    const last = '{"format_version":"1.2","resource_changes":[{"address":"a.b"}],"planned_values":{}}';
    expect(parseDocument(last)).toEqual(JSON.parse(last));
    const far = `{"variables":{"v":{"value":"${'x'.repeat(1_100_000)}"}},"planned_values":{},"resource_changes":[{"address":"a.b"}]}`;
    expect(parseDocument(far)).toHaveProperty('planned_values');
  });

  it('throws what JSON.parse throws, for a fault in planned_values or anywhere else', () => {
    const text = ONE_LINE_TEXTS[0]!;
    const inPlannedValues = text.replace('"root_module":{', '"root_module":{,');
    const inChanges = text.replace('"resource_changes":[', '"resource_changes":[,');
    const truncated = text.slice(0, text.length - 2);
    for (const bad of [inPlannedValues, inChanges, truncated]) {
      expect(bad).not.toBe(text);
      expect(thrown(() => parseDocument(bad))).toBe(thrown(() => JSON.parse(bad)));
      expect(thrown(() => parseDocument(bad))).toBeDefined();
    }
  });

  it('agrees with JSON.parse on mutated plans: the same error, or the same members', () => {
    fc.assert(
      fc.property(mutated(ONE_LINE_TEXTS.filter((t) => t.length < 20_000), 3), (text) => {
        const error = thrown(() => JSON.parse(text));
        if (error !== undefined) {
          expect(thrown(() => parseDocument(text))).toBe(error);
          return;
        }
        const whole = JSON.parse(text) as unknown;
        const read = parseDocument(text);
        if (whole !== null && typeof whole === 'object' && read !== null && typeof read === 'object' && 'planned_values' in whole && !('planned_values' in read)) {
          const { planned_values: _left, ...rest } = whole as Record<string, unknown>;
          expect(read).toEqual(rest);
        } else {
          expect(read).toEqual(whole);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads the whole text when planned_values is there twice, however its name is written', () => {
    const changes = '"resource_changes":[{"address":"a.b"}]';
    for (const text of [
      `{"format_version":"1.2","planned\\u005fvalues":5,"planned_values":{},${changes}}`,
      `{"format_version":"1.2","planned_values":{},"planned\\u005fvalues":5,${changes}}`,
      `{"format_version":"1.2","planned_values":5,"planned_values":{"root_module":{}},${changes}}`,
    ]) {
      expect(parseDocument(text)).toEqual(JSON.parse(text));
    }
  });

  it('takes a later duplicate member over an earlier one, and keeps __proto__ a key', () => {
    const text = '{"format_version":"1.0","planned_values":{},"__proto__":{"polluted":"yes"},"format_version":"1.2","resource_changes":[{"address":"a.b"}]}';
    const read = parseDocument(text) as Record<string, unknown>;
    expect(read['format_version']).toBe('1.2');
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.hasOwn(read, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(read).toEqual(JSON.parse(text.replace('"planned_values":{},', '')));
  });
});
