import { readFileSync } from 'node:fs';
import { callFunction, deriveOrigin, stringify, SUPPORTED_FUNCTIONS } from '../src/frontends/hcl/functions/index.js';
import type { Span } from '../src/model/span.js';
import { known, literalOrigin, toPlain, unknown, type Data, type Value } from '../src/model/value.js';

function span(line: number, file = 'main.tf'): Span {
  return { file, start: { line, column: 1, offset: line * 100 }, end: { line, column: 20, offset: line * 100 + 19 } };
}

const CALL = span(1);
const lit = (d: Data): Value => known(d, literalOrigin(span(2)));
const list = (...items: Data[]): Value => lit(items.map(lit));
const obj = (entries: Record<string, Data>): Value =>
  lit(new Map(Object.entries(entries).map(([k, d]): [string, Value] => [k, lit(d)])));
/** A value from a variable default declared in variables.tf, referenced at line 8. */
const fromVar = (d: Data): Value =>
  known(d, {
    span: span(7, 'variables.tf'),
    provenance: { kind: 'variable-default', variable: 'sku' },
    via: [span(8)],
  });
const unk = (why: string, refs?: string[]): Value => unknown(why, literalOrigin(span(9)), refs);

const call = (name: string, ...args: Value[]): Value => callFunction(name, args, CALL);
/** The plain result of a call; fails the test when the result is unknown. */
function plain(name: string, ...args: Value[]): unknown {
  const v = call(name, ...args);
  if (!v.known) throw new Error(`${name}() unexpectedly unknown: ${v.why}`);
  return toPlain(v);
}
/** The `why` of a call that must be unknown. */
function why(name: string, ...args: Value[]): string {
  const v = call(name, ...args);
  if (v.known) throw new Error(`${name}() unexpectedly known: ${JSON.stringify(toPlain(v))}`);
  return v.why;
}

describe('string functions', () => {
  it('change case and convert numbers and bools to strings first', () => {
    expect(plain('lower', lit('Premium'))).toBe('premium');
    expect(plain('upper', lit('basic'))).toBe('BASIC');
    expect(plain('upper', lit(true))).toBe('TRUE');
  });

  it('change case one character at a time, as Go does, and are unknown where that differs from what JavaScript can tell', () => {
    // Go's strings.ToLower maps each rune on its own: a final sigma stays σ, where JavaScript writes ς.
    expect(plain('lower', lit('ΟΔΟΣ'))).toBe('οδοσ');
    expect(plain('upper', lit('café'))).toBe('CAFÉ');
    // "ß" has no single-character uppercase (Go keeps it, JavaScript writes "SS"); "İ" lowers to "i" in Go, to "i̇" in JavaScript.
    expect(why('upper', lit('straße'))).toMatch(/upper\(\) is not evaluated: "ß"/);
    expect(why('lower', lit('İstanbul'))).toMatch(/lower\(\) is not evaluated: "İ"/);
    // Not a Terraform error: try() must not fall back over it.
    const v = call('upper', lit('straße'));
    expect(!v.known && v.error).toBeFalsy();
  });
  it('join and split', () => {
    expect(plain('join', lit(','), list('a', 'b'), list(3))).toBe('a,b,3');
    expect(plain('split', lit(','), lit('a,,b'))).toEqual(['a', '', 'b']);
    expect(plain('split', lit(','), lit(''))).toEqual(['']);
    expect(why('join', lit(','), list('a', null))).toMatch(/^join\(\) .*null/);
  });
  it('replace literally, including an empty search string', () => {
    expect(plain('replace', lit('a.b.c'), lit('.'), lit('-'))).toBe('a-b-c');
    expect(plain('replace', lit('ab'), lit(''), lit('-'))).toBe('-a-b-');
  });
  it('replace with a /regex/ and Go-style $ expansion', () => {
    expect(plain('replace', lit('registry-01'), lit('/[^a-z0-9]/'), lit(''))).toBe('registry01');
    expect(plain('replace', lit('2024-05'), lit('/(\\d+)-(\\d+)/'), lit('$2/${1}x'))).toBe('05/2024x');
    expect(plain('replace', lit('ab'), lit('/(?P<first>a)/'), lit('[$first]$$'))).toBe('[a]$b');
    expect(plain('replace', lit('ABC'), lit('/(?i)b/'), lit('-'))).toBe('A-C');
    expect(plain('replace', lit('a-b'), lit('/\\-/'), lit('+'))).toBe('a+b');
    // Go skips an empty match right after a match; JS alone would give "-a--c-".
    expect(plain('replace', lit('abc'), lit('/b*/'), lit('-'))).toBe('-a-c-');
    // "/" alone is not a regex.
    expect(plain('replace', lit('a/b'), lit('/'), lit('_'))).toBe('a_b');
  });
  it('is unknown when the regex does not compile, or uses syntax RE2 has not (lookaround, backreferences)', () => {
    expect(why('replace', lit('x'), lit('/(/'), lit(''))).toMatch(/^replace\(\) cannot compile the regular expression/);
    expect(why('replace', lit('ab'), lit('/a(?=b)/'), lit(''))).toMatch(/cannot compile the regular expression \/a\(\?=b\)\/: .*\(\?=/);
    expect(call('replace', lit('aa'), lit('/(a)\\1/'), lit('')).known).toBe(false);
  });
  it('reads RE2 syntax as RE2 does: POSIX classes, \\pL, \\z, \\Q…\\E, and astral characters as one', () => {
    expect(plain('replace', lit('x1y2'), lit('/[[:alpha:]]/'), lit(''))).toBe('12');
    expect(plain('replace', lit('é1'), lit('/\\pL/'), lit('-'))).toBe('-1');
    expect(plain('replace', lit('a.b'), lit('/\\Q.\\E/'), lit('+'))).toBe('a+b');
    expect(plain('replace', lit('ab\nab'), lit('/b\\z/'), lit('!'))).toBe('ab\na!');
    expect(plain('replace', lit('😀x😀'), lit('/./'), lit('.'))).toBe('...');
  });
  it('expands $ in the replacement as Go does: the longest name of Unicode letters, digits and _, no leading zeros', () => {
    const ab = (template: string) => plain('replace', lit('ab'), lit('/(a)(b)/'), lit(template));
    expect([ab('$01'), ab('$1é'), ab('$é'), ab('${1}é'), ab('$2$1'), ab('$3'), ab('$'), ab('${1'), ab('$$1')]).toEqual(['', '', '', 'aé', 'ba', '', '$', '${1', '$1']);
    // Up to nine digits make a group number (group 100000000 does not exist), ten a group name.
    const named = (template: string) => plain('replace', lit('ab'), lit('/(?P<100000000>a)(?P<1000000000>b)/'), lit(template));
    expect([named('[$100000000]'), named('[$1000000000]')]).toEqual(['[]', '[b]']);
  });
  it('matches a regular expression against at most 1 Mi characters', () => {
    expect(why('replace', lit('a'.repeat(1024 * 1024 + 1)), lit('/a/'), lit('b'))).toMatch(/more than the 1,048,576 tf-acr-lint matches a regular expression against/);
    expect(plain('replace', lit('a'.repeat(1024 * 1024 + 1)), lit('a'), lit('b'))).toBe('b'.repeat(1024 * 1024 + 1));
  });
  it('decodes JSON of at most 1 Mi characters', () => {
    expect(why('jsondecode', lit(`[${'1,'.repeat(600_000)}1]`))).toMatch(/the string has 1,200,003 characters, more than the 1,048,576 tf-acr-lint takes apart/);
  });
  it('bounds the characters times the pattern\'s instructions it matches', () => {
    expect(why('replace', lit('x'.repeat(1024 * 1024)), lit('/(x?){1000}/'), lit('y'))).toMatch(/is not evaluated: matching a pattern of [\d,]+ instructions against 1,048,576 characters is more work than tf-acr-lint does/);
    expect(plain('replace', lit('x'.repeat(100_000)), lit('/x+/'), lit('y'))).toBe('y');
  });
  it('matches in linear time: a pattern that makes a backtracking engine run for hours is answered', () => {
    expect(plain('replace', lit(`${'a'.repeat(64)}!`), lit('/(a+)+$/'), lit('x'))).toBe(`${'a'.repeat(64)}!`);
  });
  it('substr counts code points; -1 length means to the end; negative offsets count from the end', () => {
    expect(plain('substr', lit('hello world'), lit(1), lit(4))).toBe('ello');
    expect(plain('substr', lit('hello'), lit(2), lit(-1))).toBe('llo');
    expect(plain('substr', lit('hello'), lit(-3), lit(2))).toBe('ll');
    expect(plain('substr', lit('a😀b'), lit(1), lit(1))).toBe('😀');
    expect(plain('substr', lit('abc'), lit(10), lit(2))).toBe('');
  });
  it('trims', () => {
    expect(plain('trimspace', lit(' \n\tacr \u00a0'))).toBe('acr');
    expect(plain('trim', lit('?!hello?!'), lit('!?'))).toBe('hello');
    expect(plain('trimprefix', lit('helloworld'), lit('hello'))).toBe('world');
    expect(plain('trimprefix', lit('hello'), lit('x'))).toBe('hello');
    expect(plain('trimsuffix', lit('helloworld'), lit('world'))).toBe('hello');
    expect(plain('trimsuffix', lit('hello'), lit(''))).toBe('hello');
  });
  it('startswith and endswith', () => {
    expect(plain('startswith', lit('acrprod'), lit('acr'))).toBe(true);
    expect(plain('endswith', lit('acrprod'), lit('dev'))).toBe(false);
  });
  it('strcontains', () => {
    expect(plain('strcontains', lit('/subscriptions/x/resourceGroups/rg'), lit('/resourceGroups/'))).toBe(true);
    expect(plain('strcontains', lit('hello world'), lit('wod'))).toBe(false);
    expect(plain('strcontains', lit('abc'), lit(''))).toBe(true);
  });
});

describe('format', () => {
  it('supports %s %d %v %t %f %%', () => {
    expect(plain('format', lit('%s-%d-%v-%t'), lit('a'), lit(42), lit('x'), lit(true))).toBe('a-42-x-true');
    expect(plain('format', lit('%.2f%%'), lit(12.345))).toBe('12.35%');
    expect(plain('format', lit('%f'), lit(1))).toBe('1.000000');
  });
  it('quotes %q as JSON', () => {
    expect(plain('format', lit('%q'), lit('a"b\n<'))).toBe('"a\\"b\\n\\u003c"');
  });
  it('handles width, flags and explicit argument indexes', () => {
    const args = [lit('ab'), lit('cd'), lit(-42), lit(7)];
    expect(plain('format', lit('%5s|%-5s|%05d|%+d'), ...args)).toBe('   ab|cd   |-0042|+7');
    expect(plain('format', lit('%[2]s %[1]s'), lit('World'), lit('Hello'))).toBe('Hello World');
    expect(plain('format', lit('%.3s'), lit('abcdef'))).toBe('abc');
  });
  it('prints %v of numbers like Go %g and collections as JSON', () => {
    expect(plain('format', lit('%v %v %v'), lit(1.5), lit(1000000), list('a'))).toBe('1.5 1e+06 ["a"]');
  });
  it('is unknown for unsupported verbs, missing or surplus arguments, and non-integers for %d', () => {
    expect(why('format', lit('%x'), lit(255))).toBe('format() does not support the verb %x');
    expect(why('format', lit('%s %s'), lit('a'))).toMatch(/^format\(\) needs argument 2/);
    expect(why('format', lit('%s'), lit('a'), lit('b'))).toMatch(/^format\(\) has 2 arguments/);
    expect(why('format', lit('%d'), lit(1.5))).toMatch(/whole number/);
    expect(why('format', lit('100%'))).toMatch(/invalid verb/);
    expect(why('format', lit('%s'), lit(null))).toMatch(/null/);
  });
});

describe('collection functions', () => {
  it('coalesce skips null and empty strings and hands back the winner', () => {
    const winner = fromVar('Premium');
    const v = call('coalesce', lit(null), lit(''), winner, lit('Basic'));
    expect(toPlain(v)).toBe('Premium');
    expect(v.origin).toBe(winner.origin);
    expect(why('coalesce', lit(null), lit(''))).toMatch(/^coalesce\(\) /);
  });
  it('coalesce is unknown when an unknown comes before the first usable argument', () => {
    expect(why('coalesce', lit(''), unk('var.x has no value'), lit('a'))).toBe('coalesce(): var.x has no value');
    expect(plain('coalesce', lit('a'), unk('later'))).toBe('a');
  });
  it('lookup returns the element itself, or the default', () => {
    const m = obj({ sku: 'Premium' });
    expect(plain('lookup', m, lit('sku'))).toBe('Premium');
    expect(plain('lookup', m, lit('tier'), lit('Basic'))).toBe('Basic');
    expect(why('lookup', m, lit('tier'))).toMatch(/^lookup\(\) .*"tier"/);
    const hidden = unk('computed at apply');
    const withUnknown = lit(new Map([['id', hidden]]));
    expect(call('lookup', withUnknown, lit('id'))).toBe(hidden);
  });
  it('merge lets later maps win, skips null, and keeps element values', () => {
    const first = obj({ a: 1, b: 2 });
    const later = obj({ b: 3 });
    const v = call('merge', first, lit(null), later);
    expect(toPlain(v)).toEqual({ a: 1, b: 3 });
    const m = v.known && v.value instanceof Map ? v.value : undefined;
    expect(m?.get('b')).toBe(later.known && later.value instanceof Map ? later.value.get('b') : undefined);
    expect(plain('merge')).toEqual({});
  });
  it('concat keeps elements, even unknown ones', () => {
    const v = call('concat', list('a'), lit([unk('later')]));
    expect(v.known && Array.isArray(v.value) && v.value.length).toBe(2);
  });
  it('contains compares by value and is unknown only when the answer depends on an unknown', () => {
    expect(plain('contains', list('a', 'b'), lit('b'))).toBe(true);
    expect(plain('contains', list('a'), lit('c'))).toBe(false);
    expect(plain('contains', lit([unk('x'), lit('b')]), lit('b'))).toBe(true);
    expect(why('contains', lit([unk('x is later')]), lit('b'))).toBe('contains(): x is later');
  });
  it('length counts code points, elements and keys, even of unknown elements', () => {
    expect(plain('length', lit('a😀'))).toBe(2);
    expect(plain('length', lit([unk('x'), lit(1)]))).toBe(2);
    expect(plain('length', obj({ a: 1 }))).toBe(1);
    expect(why('length', lit(5))).toBe('length() expects a string, list or map, got a number');
  });
  it('keys are sorted by bytes and values follow the key order', () => {
    const m = obj({ b: 2, a: 1, B: 3 });
    expect(plain('keys', m)).toEqual(['B', 'a', 'b']);
    expect(plain('values', m)).toEqual([3, 1, 2]);
  });
  it('element wraps around and rejects negative indexes', () => {
    expect(plain('element', list('a', 'b', 'c'), lit(4))).toBe('b');
    expect(why('element', list('a'), lit(-1))).toMatch(/negative/);
    expect(why('element', list(), lit(0))).toMatch(/empty/);
  });
  it('flatten, distinct and compact', () => {
    expect(plain('flatten', lit([list('a', 'b'), lit([list('c')]), lit('d')]))).toEqual(['a', 'b', 'c', 'd']);
    expect(plain('distinct', list('a', 'b', 'a'))).toEqual(['a', 'b']);
    expect(plain('compact', list('a', '', null, 'b'))).toEqual(['a', 'b']);
    expect(why('flatten', lit([unk('maybe a list')]))).toBe('flatten(): maybe a list');
  });
  it('toset dedupes and orders strings lexicographically', () => {
    expect(plain('toset', list('b', 'a', 'b'))).toEqual(['a', 'b']);
    expect(plain('toset', list(10, 2))).toEqual([2, 10]);
    expect(plain('tolist', list('b', 'a'))).toEqual(['b', 'a']);
    expect(plain('tomap', obj({ a: 1 }))).toEqual({ a: 1 });
  });
  it('range counts like Terraform', () => {
    expect(plain('range', lit(3))).toEqual([0, 1, 2]);
    expect(plain('range', lit(1), lit(4))).toEqual([1, 2, 3]);
    expect(plain('range', lit(3), lit(0))).toEqual([3, 2, 1]);
    expect(plain('range', lit(0), lit(10), lit(4))).toEqual([0, 4, 8]);
    expect(why('range', lit(0), lit(1), lit(0))).toMatch(/zero/);
    expect(why('range', lit(2000))).toMatch(/1024/);
  });
});

describe('conversions and numbers', () => {
  it('tostring, tobool and tonumber accept what Terraform converts', () => {
    expect(plain('tostring', lit(5))).toBe('5');
    expect(plain('tostring', lit(null))).toBeNull();
    expect(plain('tobool', lit('true'))).toBe(true);
    expect(plain('tonumber', lit('12.5'))).toBe(12.5);
    expect(why('tonumber', lit('x'))).toBe('tonumber() cannot convert "x" to a number');
    expect(why('tobool', lit('yes'))).toMatch(/^tobool\(\) expects a bool/);
    expect(why('tostring', list('a'))).toBe('tostring() expects a string, got a list');
  });
  it('max, min, abs, ceil, floor', () => {
    expect(plain('max', lit(3), lit('7'), lit(5))).toBe(7);
    expect(plain('min', lit(3), lit(-1))).toBe(-1);
    expect(plain('abs', lit(-2.5))).toBe(2.5);
    expect(plain('ceil', lit(1.2))).toBe(2);
    expect(plain('floor', lit(-1.2))).toBe(-2);
  });
});

describe('stringify', () => {
  it('formats like Terraform', () => {
    expect(stringify(lit(5))).toBe('5');
    expect(stringify(lit(1.5))).toBe('1.5');
    expect(stringify(lit(1e21))).toBe('1000000000000000000000');
    expect(stringify(lit(1e-7))).toBe('0.0000001');
    expect(stringify(lit(false))).toBe('false');
    expect(stringify(lit(null))).toBeUndefined();
    expect(stringify(list('a'))).toBeUndefined();
    expect(stringify(unk('x'))).toBeUndefined();
  });
});

describe('json', () => {
  it('jsonencode sorts keys, escapes HTML characters and remembers what it encoded', () => {
    const doc = lit(new Map<string, Value>([['b', lit('<a&b>')], ['a', list(1, true, null)]]));
    const v = call('jsonencode', doc);
    expect(toPlain(v)).toBe('{"a":[1,true,null],"b":"\\u003ca\\u0026b\\u003e"}');
    expect(v.known && v.encodedFrom).toBe(doc);
  });
  it('jsonencode is unknown when any part is unknown', () => {
    expect(why('jsonencode', lit([lit('a'), unk('id is computed')]))).toBe('jsonencode(): id is computed');
  });
  it('jsondecode builds a value tree and keeps a __proto__ key as a key', () => {
    const v = call('jsondecode', lit('{"__proto__":{"x":1},"list":[1,"a"]}'));
    expect(v.known && v.value instanceof Map && [...v.value.keys()]).toEqual(['__proto__', 'list']);
    expect(toPlain(v)).toEqual(JSON.parse('{"__proto__":{"x":1},"list":[1,"a"]}'));
    expect(why('jsondecode', lit('{'))).toMatch(/^jsondecode\(\) cannot parse the JSON/);
  });
});

describe('unknowns, refs and origins', () => {
  it('propagate an unknown argument with the function named and refs kept', () => {
    const v = call('lower', unk('azurerm_container_registry.acr.name is computed', ['azurerm_container_registry.acr']));
    expect(v).toMatchObject({
      known: false,
      why: 'lower(): azurerm_container_registry.acr.name is computed',
      refs: ['azurerm_container_registry.acr'],
    });
  });
  it('nest reasons through calls', () => {
    const inner = call('lower', unk('var.x is not set'));
    expect(why('upper', inner)).toBe('upper(): lower(): var.x is not set');
  });
  it('keep the union of refs on known results', () => {
    const a = known([lit('a')], literalOrigin(span(2)), ['r.a']);
    const b = known([lit('b')], literalOrigin(span(2)), ['r.b', 'r.a']);
    const v = call('join', lit('-'), a, b);
    expect(v.refs).toEqual(['r.a', 'r.b']);
  });
  it('report wrong arity, wrong types and unsupported functions', () => {
    expect(why('lower', lit('a'), lit('b'))).toBe('lower() expects 1 argument, got 2');
    expect(why('lookup', obj({}))).toBe('lookup() expects 2 to 3 arguments, got 1');
    expect(why('lower', list('a'))).toBe('lower() expects a string, got a list');
    expect(why('cidrsubnet', lit('10.0.0.0/16'))).toMatch(/"cidrsubnet".*not supported/);
    expect(why('constructor')).toMatch(/"constructor".*not supported/);
  });
  it('a single variable-derived input keeps its provenance and gains the call span', () => {
    const input = fromVar('PREMIUM');
    const v = call('lower', input);
    expect(v.origin).toEqual({
      span: span(7, 'variables.tf'),
      provenance: { kind: 'variable-default', variable: 'sku' },
      via: [CALL, span(8)],
    });
  });
  it('literal inputs, or several sourced inputs, make a literal at the call', () => {
    expect(call('lower', lit('A')).origin).toEqual({ span: CALL, provenance: { kind: 'literal' }, via: [] });
    expect(deriveOrigin(CALL, [fromVar('a'), fromVar('b')])).toEqual(literalOrigin(CALL));
    expect(call('format', lit('%s-%s'), fromVar('a'), lit('b')).origin.provenance.kind).toBe('variable-default');
  });
  it('elements passed through keep their own origin', () => {
    const element = fromVar('x');
    const v = call('concat', lit([element]), list('y'));
    expect(v.known && Array.isArray(v.value) && v.value[0]).toBe(element);
    expect(call('element', lit([element]), lit(0))).toBe(element);
  });
  it('sensitive() and nonsensitive() hand their argument back as it is, known or not (Terraform only marks or unmarks it)', () => {
    const element = fromVar('x');
    expect(call('sensitive', element)).toEqual(element);
    expect(call('nonsensitive', element)).toEqual(element);
    expect(call('nonsensitive', lit(true))).toMatchObject({ known: true, value: true });
    expect(call('sensitive', lit(null))).toMatchObject({ known: true, value: null });
    const missing = unknown('var.admin has no value', literalOrigin(CALL));
    expect(call('nonsensitive', missing)).toMatchObject({ known: false, why: 'var.admin has no value' });
    expect(call('sensitive')).toMatchObject({ known: false });
  });

  it('lists what it supports, as the README does', () => {
    expect(SUPPORTED_FUNCTIONS).toContain('jsonencode');
    expect(SUPPORTED_FUNCTIONS).not.toContain('try');
    // The README's list also names try() and can(), which the evaluator handles before any function is called.
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const listed = [...(/- \*\*Functions\*\*:([\s\S]*?)Any other function/.exec(readme)?.[1] ?? '').matchAll(/`([a-z]+)`/g)].map((m) => m[1]);
    expect(listed.filter((name) => name !== 'try' && name !== 'can').sort()).toEqual(SUPPORTED_FUNCTIONS);
  });
});
