/**
 * The Terraform built-in functions tf-acr-lint can evaluate statically. Each call takes evaluated
 * arguments and gives back a `Value`: known when Terraform would compute it before apply, unknown
 * (with the reason) when an input is unknown or Terraform would reject the call.
 */
import type { Span } from '../../../model/span.js';
import {
  fromPlain,
  type Data,
  type UnknownValue,
  type Value,
  type ValueList,
  type ValueMap,
} from '../../../model/value.js';
import {
  asSet,
  Bail,
  bool,
  Call,
  codePoints,
  dedupe,
  deriveOrigin,
  encodeJson,
  expected,
  MAX_STRING_LENGTH,
  partable,
  firstUnknown,
  formatNumber,
  int,
  list,
  map,
  need,
  notEvaluated,
  num,
  setOrder,
  sortedEntries,
  str,
} from './call.js';
import { computedAttribute } from '../resource-instances.js';
import { formatString } from './format.js';
import { compileRe2, replaceLiteral, replaceRegex } from './regex.js';
import { appendAll } from '../../../model/append.js';
import { formatCount } from '../../../model/format-count.js';

export { boolFromData, deriveOrigin, isSet, numberFromString, setElements, stringify } from './call.js';

/** Characters Go's `unicode.IsSpace` accepts (what `trimspace` strips). */
const SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const EDGE_SPACE = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');

/**
 * `upper` / `lower` as Terraform computes them: Go's `strings.ToUpper` / `ToLower` (go-cty
 * `function/stdlib/string.go`), which map each character on its own by Unicode's simple case
 * mapping. JavaScript's own mapping looks at the neighbours (a final "Σ" lowers to "ς", Go's to
 * "σ"), so characters are mapped one by one; where JavaScript makes several characters of one
 * ("ß" → "SS", "İ" → "i̇"), Go keeps one, which JavaScript cannot tell, so the call is unknown.
 */
function caseMapping(name: string, mapOne: (ch: string) => string): (c: Call) => Value {
  return (c) => {
    const s = str(c.arg(0));
    if (/^[\x00-\x7f]*$/.test(s)) return c.result(mapOne(s));
    let out = '';
    for (const ch of codePoints(s)) {
      const mapped = mapOne(ch);
      if (codePoints(mapped).length > 1) throw notEvaluated(`is not evaluated: ${JSON.stringify(ch)} has no one-character ${name} form JavaScript can tell, where Terraform (Go) keeps one character`);
      out += mapped;
    }
    return c.result(out);
  };
}

function format(c: Call): Value {
  return c.result(formatString(str(c.arg(0)), c.args.slice(1)));
}

function join(c: Call): Value {
  const sep = str(c.arg(0));
  const parts = c.args.slice(1).flatMap((l) =>
    list(l).map((e) => {
      if (need(e).value === null) throw new Bail('cannot join a null element');
      return str(e);
    }),
  );
  return c.result(parts.join(sep));
}

function split(c: Call): Value {
  const sep = str(c.arg(0));
  const s = str(c.arg(1));
  const parts = sep === '' ? codePoints(s) : partable(s).split(sep);
  return c.result(parts.map((p) => c.result(p)));
}

function replace(c: Call): Value {
  const s = str(c.arg(0));
  const search = str(c.arg(1));
  const replacement = str(c.arg(2));
  const isRegex = search.length > 1 && search.startsWith('/') && search.endsWith('/');
  return c.result(
    isRegex
      ? replaceRegex(s, compileRe2(search.slice(1, -1)), replacement)
      : replaceLiteral(s, search, replacement),
  );
}

function substr(c: Call): Value {
  const chars = codePoints(str(c.arg(0)));
  const offset = int(c.arg(1));
  const length = int(c.arg(2));
  const start = offset < 0 ? Math.max(0, chars.length + offset) : offset;
  return c.result(chars.slice(start, length < 0 ? undefined : start + length).join(''));
}

function trim(c: Call): Value {
  const chars = codePoints(str(c.arg(0)));
  const cut = new Set(codePoints(str(c.arg(1))));
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start] ?? '')) start++;
  while (end > start && cut.has(chars[end - 1] ?? '')) end--;
  return c.result(chars.slice(start, end).join(''));
}

function trimprefix(c: Call): Value {
  const s = str(c.arg(0));
  const prefix = str(c.arg(1));
  return c.result(s.startsWith(prefix) ? s.slice(prefix.length) : s);
}

function trimsuffix(c: Call): Value {
  const s = str(c.arg(0));
  const suffix = str(c.arg(1));
  return c.result(suffix !== '' && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s);
}

/** The first argument that is neither null nor "": an unknown before it hides the answer. */
function coalesce(c: Call): Value {
  for (const a of c.args) {
    const d = need(a).value;
    if (d !== null && d !== '') return c.pass(a);
  }
  throw new Bail('found no argument that is neither null nor an empty string');
}

function lookup(c: Call): Value {
  const m = map(c.arg(0));
  const key = str(c.arg(1));
  // A resource instance has every attribute, those known only after apply too.
  const hit = m.get(key) ?? computedAttribute(m, key, c.span) ?? c.args[2];
  if (hit === undefined) throw new Bail(`found no key ${JSON.stringify(key)} and no default was given`);
  return c.pass(hit);
}

/** `one(list)`: null for an empty list or set, its element for one; Terraform refuses more. */
function one(c: Call): Value {
  const items = list(c.arg(0));
  if (items.length > 1) throw new Bail(`needs a list or set of at most one element, not ${items.length}`);
  return items.length === 0 ? c.result(null) : c.pass(items[0]!);
}

/** Maps merged left to right (later keys win); null arguments are skipped as Terraform does. */
function merge(c: Call): Value {
  const out: ValueMap = new Map();
  for (const a of c.args) {
    if (need(a).value === null) continue;
    for (const [k, v] of map(a)) out.set(k, v);
  }
  return c.result(out);
}

/** True when an element equals the value; unknown when none does but some element is unknown. */
function contains(c: Call): Value {
  const items = list(c.arg(0));
  const wanted = encodeJson(c.arg(1));
  let hidden: UnknownValue | undefined;
  for (const item of items) {
    const u = firstUnknown(item);
    if (u) hidden ??= u;
    else if (encodeJson(item) === wanted) return c.result(true);
  }
  if (hidden) throw new Bail(hidden.why, true, hidden.error === true);
  return c.result(false);
}

function length(c: Call): Value {
  const k = need(c.arg(0));
  const d = k.value;
  if (typeof d === 'string') return c.result(codePoints(d).length);
  if (Array.isArray(d)) return c.result(d.length);
  if (d instanceof Map) return c.result(d.size);
  throw expected('a string, list or map', k);
}

function keys(c: Call): Value {
  return c.result(sortedEntries(map(c.arg(0))).map(([k]) => c.result(k)));
}

function values(c: Call): Value {
  return c.result(sortedEntries(map(c.arg(0))).map(([, v]) => v));
}

/** A conversion function: null stays null, anything else goes through `convert`. */
function conversion(convert: (v: Value) => Data): (c: Call) => Value {
  return (c) => c.result(need(c.arg(0)).value === null ? null : convert(c.arg(0)));
}

/**
 * The encoded string keeps the value it encodes (with every part's origin), also when a part is
 * unknown and so the string is: an azapi v1 `body = jsonencode({...})` with one computed id still
 * shows its literal settings.
 */
function jsonencode(c: Call): Value {
  const v = c.arg(0);
  try {
    return { ...c.result(encodeJson(v)), encodedFrom: v };
  } catch (e) {
    if (e instanceof Bail && e.inner) return { ...c.unknown(`jsonencode(): ${e.why}`, e.error), encodedFrom: v };
    throw e;
  }
}

function jsondecode(c: Call): Value {
  // Bounded before parsing: what it returns is counted only once it is built.
  const text = partable(str(c.arg(0)));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Bail(`cannot parse the JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return c.pass(fromPlain(data, deriveOrigin(c.span, c.args)));
}

function element(c: Call): Value {
  const items = list(c.arg(0));
  const index = int(c.arg(1));
  if (items.length === 0) throw new Bail('cannot pick from an empty list');
  if (index < 0) throw new Bail('cannot use a negative index');
  return c.pass(items[index % items.length] as Value);
}

/** Nested lists spliced in, recursively; an unknown element might be a list, so it bails. */
function flattenInto(items: ValueList, out: Value[]): Value[] {
  for (const item of items) {
    const d = need(item).value;
    if (Array.isArray(d)) flattenInto(d, out);
    else out.push(item);
  }
  return out;
}

/** Elements that are neither null nor "". */
function compact(c: Call): Value {
  return c.result(list(c.arg(0)).filter((e) => need(e).value !== null && str(e) !== ''));
}

/** `concat(a, b, …)`: the lists' elements, in order (a loop: `flatMap` took a quarter of a second per million elements). */
function concat(c: Call): Value {
  const out: Value[] = [];
  for (const arg of c.args) appendAll(out, list(arg));
  return c.result(out);
}

/** Terraform caps `range` at 1024 numbers. */
const RANGE_LIMIT = 1024;

function range(c: Call): Value {
  const [first = 0, second, third] = c.args.map(num);
  const [start, limit] = second === undefined ? [0, first] : [first, second];
  const step = third ?? (limit < start ? -1 : 1);
  if (step === 0) throw new Bail('cannot use a step of zero');
  if ((step > 0 && limit < start) || (step < 0 && limit > start)) {
    const [from, to, by] = [start, limit, step].map(formatNumber);
    throw new Bail(`cannot count from ${from} to ${to} in steps of ${by}`);
  }
  const out: Value[] = [];
  for (let n = start; step > 0 ? n < limit : n > limit; n += step) {
    if (out.length === RANGE_LIMIT) throw new Bail(`would generate more than ${RANGE_LIMIT} numbers`);
    out.push(c.result(n));
  }
  return c.result(out);
}

/** A function taking one string. */
const onString = (f: (s: string) => Data) => (c: Call) => c.result(f(str(c.arg(0))));
/** A function taking two strings. */
const onStrings = (f: (a: string, b: string) => Data) => (c: Call) => c.result(f(str(c.arg(0)), str(c.arg(1))));
/** A function taking one number. */
const onNumber = (f: (n: number) => number) => (c: Call) => c.result(f(num(c.arg(0))));
/** A function folding any number of numbers (not spread into arguments: a `...` expansion can pass hundreds of thousands). */
const foldNumbers = (f: (a: number, b: number) => number) => (c: Call) => c.result(c.args.map((a) => num(a)).reduce((a, b) => f(a, b)));

interface Spec {
  min: number;
  max: number;
  impl: (c: Call) => Value;
}

const spec = (min: number, max: number, impl: (c: Call) => Value): Spec => ({ min, max, impl });

const FUNCTIONS = new Map<string, Spec>([
  ['lower', spec(1, 1, caseMapping('lowercase', (s) => s.toLowerCase()))],
  ['upper', spec(1, 1, caseMapping('uppercase', (s) => s.toUpperCase()))],
  ['format', spec(1, Infinity, format)],
  ['join', spec(2, Infinity, join)],
  ['split', spec(2, 2, split)],
  ['replace', spec(3, 3, replace)],
  ['substr', spec(3, 3, substr)],
  ['trimspace', spec(1, 1, onString((s) => s.replace(EDGE_SPACE, '')))],
  ['trim', spec(2, 2, trim)],
  ['trimprefix', spec(2, 2, trimprefix)],
  ['trimsuffix', spec(2, 2, trimsuffix)],
  ['startswith', spec(2, 2, onStrings((s, prefix) => s.startsWith(prefix)))],
  ['endswith', spec(2, 2, onStrings((s, suffix) => s.endsWith(suffix)))],
  // Terraform 1.5 and OpenTofu 1.6 (hashicorp/terraform#33069); the AVM registry module uses it.
  ['strcontains', spec(2, 2, onStrings((s, substr) => s.includes(substr)))],
  ['coalesce', spec(1, Infinity, coalesce)],
  ['lookup', spec(2, 3, lookup)],
  ['merge', spec(0, Infinity, merge)],
  ['concat', spec(1, Infinity, concat)],
  ['contains', spec(2, 2, contains)],
  ['length', spec(1, 1, length)],
  ['keys', spec(1, 1, keys)],
  ['values', spec(1, 1, values)],
  ['tostring', spec(1, 1, conversion(str))],
  ['tobool', spec(1, 1, conversion(bool))],
  ['tonumber', spec(1, 1, conversion(num))],
  ['tolist', spec(1, 1, conversion((v) => [...list(v)]))],
  ['toset', spec(1, 1, conversion((v) => asSet(dedupe(list(v)).sort(setOrder))))],
  ['tomap', spec(1, 1, conversion((v) => new Map(map(v))))],
  ['jsonencode', spec(1, 1, jsonencode)],
  ['jsondecode', spec(1, 1, jsondecode)],
  ['element', spec(2, 2, element)],
  ['one', spec(1, 1, one)],
  ['flatten', spec(1, 1, (c) => c.result(flattenInto(list(c.arg(0)), [])))],
  ['distinct', spec(1, 1, (c) => c.result(dedupe(list(c.arg(0)))))],
  ['compact', spec(1, 1, compact)],
  ['range', spec(1, 3, range)],
  ['max', spec(1, Infinity, foldNumbers(Math.max))],
  ['min', spec(1, Infinity, foldNumbers(Math.min))],
  ['abs', spec(1, 1, onNumber(Math.abs))],
  ['ceil', spec(1, 1, onNumber(Math.ceil))],
  ['floor', spec(1, 1, onNumber(Math.floor))],
  // The value as it is (hashicorp/terraform and opentofu/opentofu internal/lang/funcs/sensitive.go):
  // `sensitive` only adds Terraform's sensitive mark, which `evaluate` turns into redaction (see its
  // call site); `nonsensitive` only removes it, and since Terraform 1.7 (hashicorp/terraform#33856)
  // and OpenTofu 1.7 (opentofu/opentofu#369) no longer fails on a value that is not sensitive.
  ['sensitive', spec(1, 1, (c) => c.pass(c.arg(0)))],
  ['nonsensitive', spec(1, 1, (c) => c.pass(c.arg(0)))],
]);

/** Names of the functions `callFunction` implements, sorted: the tests hold the README's list of functions to it. */
export const SUPPORTED_FUNCTIONS: readonly string[] = Object.freeze([...FUNCTIONS.keys()].sort());

/**
 * Most parts (values, elements and attributes, at every depth, and each 64 characters of a string)
 * the arguments of a function may have together. Values share their parts, so a few locals can make one that
 * is exponentially large once expanded (`a1 = { l = local.a0, r = local.a0 }`, `a2 = { l =
 * local.a1, r = local.a1 }`…), which `jsonencode` or `toset` would expand in full; a list of a
 * hundred references to one 32 Mi string is 3 GB of JSON.
 */
export const MAX_ARGUMENT_PARTS = 1_000_000;

/** Characters of a string that count as one part. */
const CHARACTERS_PER_PART = 64;

/** Parts counted so far, by list or map (which every reference to a value shares): shared parts are counted once per collection, not once per use. */
const partCounts = new WeakMap<ValueList | ValueMap, number>();

/** How many parts `v` has once expanded, counted up to just past MAX_ARGUMENT_PARTS. */
export function partsOf(v: Value): number {
  if (v.known && typeof v.value === 'string') return 1 + Math.floor(v.value.length / CHARACTERS_PER_PART);
  if (!v.known || !(Array.isArray(v.value) || v.value instanceof Map)) return 1;
  const data = v.value;
  const counted = partCounts.get(data);
  if (counted !== undefined) return counted;
  let parts = 1;
  for (const child of Array.isArray(data) ? data : data.values()) {
    parts += partsOf(child);
    if (parts > MAX_ARGUMENT_PARTS) break;
  }
  partCounts.set(data, parts);
  return parts;
}

function arityError(s: Spec, given: number): Bail {
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  const wanted =
    s.max === Infinity ? `at least ${plural(s.min)}` : s.min === s.max ? plural(s.min) : `${s.min} to ${plural(s.max)}`;
  return new Bail(`expects ${wanted}, got ${given}`);
}

/**
 * Calls the Terraform function `name` on evaluated arguments; `span` is the call expression.
 * Never throws: unknown inputs, wrong arity or types, and unsupported functions give an unknown
 * value whose `why` names the function. Computed values get `deriveOrigin(span, args)`; values
 * handed back unchanged (list elements, map values, a coalesce winner) keep their own origin.
 * Either way the result carries the refs of all arguments.
 */
export function callFunction(name: string, args: Value[], span: Span): Value {
  const call = new Call(name, args, span);
  const fn = FUNCTIONS.get(name);
  if (fn === undefined) return call.unknown(`function "${name}" is not supported by tf-acr-lint`);
  try {
    if (args.length < fn.min || args.length > fn.max) throw arityError(fn, args.length);
    // The arguments together: `concat(local.big, local.big, …)` a thousand times over is a billion parts from small ones.
    if (args.reduce((n, a) => n + partsOf(a), 0) > MAX_ARGUMENT_PARTS) {
      throw notEvaluated(`is not evaluated: its arguments have more than ${formatCount(MAX_ARGUMENT_PARTS)} parts (elements at every depth, or 64 characters of a string), which tf-acr-lint does not expand`);
    }
    const result = fn.impl(call);
    if (result.known && typeof result.value === 'string' && result.value.length > MAX_STRING_LENGTH) {
      throw notEvaluated(`is not evaluated: it would build a string of more than ${formatCount(MAX_STRING_LENGTH)} characters`);
    }
    return result;
  } catch (e) {
    if (e instanceof Bail) return call.unknown(e.inner ? `${name}(): ${e.why}` : `${name}() ${e.why}`, e.error);
    return call.unknown(`${name}() failed: ${e instanceof Error ? e.message : String(e)}`, true);
  }
}
