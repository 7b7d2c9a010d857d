/**
 * The Terraform built-in functions tf-acr-lint can evaluate statically. Each call takes evaluated
 * arguments and gives back a `Value`: known when Terraform would compute it before apply, unknown
 * (with the reason) when an input is unknown or Terraform would reject the call.
 */
import type { Span } from '../../model/span.js';
import {
  describeData,
  evaluationError,
  fromPlain,
  known,
  literalOrigin,
  mergeRefs,
  unknown,
  withRefs,
  type Data,
  type KnownValue,
  type Origin,
  type UnknownValue,
  type Value,
  type ValueList,
  type ValueMap,
} from '../../model/value.js';

/**
 * Why a call has no known result. Thrown by the helpers below and turned into an unknown value by
 * `callFunction`; `inner` marks the reason of an unknown argument, passed along as it is.
 */
class Bail {
  constructor(
    readonly why: string,
    /** The reason is an argument's own unknown, passed along. */
    readonly inner = false,
    /** Terraform would fail: a wrong argument here, or an inner evaluation error passed along. */
    readonly error = !inner,
  ) {}
}

/**
 * The origin of a value a call computes: when exactly one input came from somewhere other than a
 * literal (a variable, a module argument...), the result keeps that trail with the call span in
 * front; otherwise the result counts as a literal written at the call.
 */
export function deriveOrigin(span: Span, inputs: readonly Value[]): Origin {
  const sourced = inputs.filter((v) => v.origin.provenance.kind !== 'literal');
  const [only] = sourced;
  if (only === undefined || sourced.length > 1) return literalOrigin(span);
  return { ...only.origin, via: [span, ...only.origin.via] };
}

/** The refs of all `values`, each once, in first-seen order. */
function unionRefs(values: readonly Value[]): string[] {
  return mergeRefs(...values.map((v) => v.refs)) ?? [];
}

/** One call being evaluated, with the helpers that build its results. */
class Call {
  readonly refs: string[];

  constructor(
    readonly name: string,
    readonly args: readonly Value[],
    readonly span: Span,
  ) {
    this.refs = unionRefs(args);
  }

  /** Argument `i`; arity is checked before an implementation runs. */
  arg(i: number): Value {
    const v = this.args[i];
    if (v === undefined) throw new Bail(`is missing argument ${i + 1}`);
    return v;
  }

  /** A value the call computed from `inputs` (all arguments unless given). */
  result(data: Data, inputs: readonly Value[] = this.args): KnownValue {
    return known(data, deriveOrigin(this.span, inputs), this.refs);
  }

  /** An existing value handed back as it is, also carrying the refs of the call's arguments. */
  pass(v: Value): Value {
    return withRefs(v, this.refs);
  }

  /** The unknown result of this call; `error` when Terraform would fail evaluating it. */
  unknown(why: string, error = false): UnknownValue {
    const origin = deriveOrigin(this.span, this.args);
    return error ? evaluationError(why, origin, this.refs) : unknown(why, origin, this.refs);
  }
}

// ---------------------------------------------------------------------------------------------
// Argument conversions. Each throws a Bail when the argument is unknown or has the wrong type;
// scalars convert the way Terraform's automatic type conversion does.

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The argument, which must be known (its elements may still be unknown). */
function need(v: Value): KnownValue {
  if (!v.known) throw new Bail(v.why, true, v.error === true);
  return v;
}

function expected(what: string, v: KnownValue): Bail {
  return new Bail(`expects ${what}, got ${describeData(v.value)}`);
}

function str(v: Value): string {
  const k = need(v);
  const s = stringify(k);
  if (s === undefined) throw expected('a string', k);
  return s;
}

function num(v: Value): number {
  const k = need(v);
  if (typeof k.value === 'number') return k.value;
  if (typeof k.value !== 'string') throw expected('a number', k);
  if (!NUMERIC.test(k.value)) throw new Bail(`cannot convert ${JSON.stringify(k.value)} to a number`);
  return Number(k.value);
}

function int(v: Value): number {
  const n = num(v);
  if (!Number.isInteger(n)) throw new Bail(`expects a whole number, got ${formatNumber(n)}`);
  return n;
}

function bool(v: Value): boolean {
  const k = need(v);
  if (typeof k.value === 'boolean') return k.value;
  if (k.value === 'true' || k.value === 'false') return k.value === 'true';
  throw expected('a bool', k);
}

function list(v: Value): ValueList {
  const k = need(v);
  if (!Array.isArray(k.value)) throw expected('a list', k);
  return k.value;
}

function map(v: Value): ValueMap {
  const k = need(v);
  if (!(k.value instanceof Map)) throw expected('a map', k);
  return k.value;
}

/** The first unknown value in `v` or below it. */
function firstUnknown(v: Value): UnknownValue | undefined {
  if (!v.known) return v;
  const d = v.value;
  const children = Array.isArray(d) ? d : d instanceof Map ? [...d.values()] : [];
  for (const child of children) {
    const u = firstUnknown(child);
    if (u) return u;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Text forms of values.

/**
 * A number as Terraform prints it (`big.Float.Text('f', -1)`): shortest digits, never an exponent.
 */
function formatNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', lead = '', frac = '', exp = '0'] = m;
  const e = Number(exp);
  const digits = lead + frac;
  return e >= 0 ? sign + digits.padEnd(e + 1, '0') : `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
}

/** A number as Go's `%g` with shortest precision prints it (`format("%v", n)`). */
function formatShortestG(n: number): string {
  const [mantissa = '', exp = '0'] = n.toExponential().split('e');
  const e = Number(exp);
  if (e >= -4 && e < 6) return formatNumber(n);
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/**
 * Converts a value to a string the way Terraform's `tostring` and template interpolation do:
 * strings as they are, numbers without exponent or trailing `.0`, bools as `true`/`false`.
 * Undefined for null, collections and unknown values.
 */
export function stringify(v: Value): string | undefined {
  if (!v.known) return undefined;
  const d = v.value;
  if (typeof d === 'string') return d;
  if (typeof d === 'boolean') return String(d);
  if (typeof d === 'number' && Number.isFinite(d)) return formatNumber(d);
  return undefined;
}

/** Compares strings by their UTF-8 bytes, the order Terraform gives map keys and string sets. */
function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function sortedEntries(m: ValueMap): [string, Value][] {
  return [...m].sort(([a], [b]) => compareKeys(a, b));
}

/** A JSON string the way Go's encoder writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
function encodeString(s: string): string {
  const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, escape);
}

/** Terraform's `jsonencode`: keys sorted, no whitespace. Bails on any unknown part. */
function encodeJson(v: Value): string {
  const d = need(v).value;
  if (typeof d === 'string') return encodeString(d);
  if (typeof d === 'number') {
    if (!Number.isFinite(d)) throw new Bail(`cannot encode ${d} as JSON`);
    return formatNumber(d);
  }
  if (Array.isArray(d)) return `[${d.map(encodeJson).join(',')}]`;
  if (d instanceof Map) return `{${sortedEntries(d).map(([k, e]) => `${encodeString(k)}:${encodeJson(e)}`).join(',')}}`;
  return String(d);
}

/** A set's elements: each value once, in Terraform's set order; undefined when a part is unknown. */
export function setElements(items: ValueList): Value[] | undefined {
  try {
    return dedupe(items).sort(setOrder);
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

function dedupe(items: ValueList): Value[] {
  const seen = new Map<string, Value>();
  for (const item of items) {
    const key = encodeJson(item);
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------
// format()

interface Verb {
  raw: string;
  flags: string;
  width?: number;
  prec?: number;
  mode: string;
}

/** `%%`, or `%` flags `[argument]` width `.precision` letter; a bare `%` matches the empty branch. */
const VERB = /%(?:%|([-+ #0]*)(?:\[([1-9]\d*)\])?([1-9]\d*)?(?:\.(\d*))?([a-zA-Z])|)/g;

/** Terraform's `format`: each verb takes the next argument, or the one `[n]` names. */
function formatString(template: string, values: readonly Value[]): string {
  let next = 0;
  let highest = 0;
  const out = template.replace(
    VERB,
    (raw: string, flags?: string, index?: string, width?: string, prec?: string, mode?: string) => {
      if (raw === '%%') return '%';
      if (mode === undefined) throw new Bail(`has an invalid verb in the format string ${JSON.stringify(template)}`);
      next = index === undefined ? next + 1 : Number(index);
      highest = Math.max(highest, next);
      const value = values[next - 1];
      if (value === undefined) throw new Bail(`needs argument ${next} for ${raw} but has ${values.length}`);
      const verb: Verb = { raw, flags: flags ?? '', mode };
      if (width !== undefined) verb.width = Number(width);
      if (prec !== undefined) verb.prec = Number(prec);
      return formatVerb(verb, value);
    },
  );
  if (highest < values.length) throw new Bail(`has ${values.length} arguments but the format string uses ${highest}`);
  return out;
}

function formatVerb(verb: Verb, value: Value): string {
  if (verb.mode !== 'v' && need(value).value === null) throw new Bail(`cannot format null with ${verb.raw}`);
  switch (verb.mode) {
    case 'v':
      return pad(verb, formatDefault(value, verb.flags.includes('#')));
    case 's':
      return pad(verb, truncate(str(value), verb.prec));
    case 'q':
      return pad(verb, encodeString(truncate(str(value), verb.prec)));
    case 't':
      return String(bool(value));
    case 'd': {
      const n = int(value);
      return padNumber(verb, (n < 0 ? '-' : '') + formatNumber(Math.abs(n)).padStart(verb.prec ?? 0, '0'));
    }
    case 'f':
      return padNumber(verb, fixed(num(value), verb.prec ?? 6));
    default:
      throw new Bail(`does not support the verb ${verb.raw}`);
  }
}

/** `%v`: strings as they are, numbers like `%g`, everything else (or everything with `#`) as JSON. */
function formatDefault(value: Value, sharp: boolean): string {
  const d = need(value).value;
  if (!sharp && typeof d === 'string') return d;
  if (!sharp && typeof d === 'number' && Number.isFinite(d)) return formatShortestG(d);
  return encodeJson(value);
}

function truncate(s: string, prec: number | undefined): string {
  return prec === undefined ? s : Array.from(s).slice(0, prec).join('');
}

/** `n` with `prec` decimals and no exponent. */
function fixed(n: number, prec: number): string {
  if (Math.abs(n) < 1e21) return n.toFixed(prec);
  return formatNumber(n) + (prec > 0 ? `.${'0'.repeat(prec)}` : '');
}

/** Pads to the verb's width (in characters): left unless `-`, with `0`s when that flag is set. */
function pad(verb: Verb, s: string, fill = verb.flags.includes('0') ? '0' : ' '): string {
  const missing = (verb.width ?? 0) - Array.from(s).length;
  if (missing <= 0) return s;
  return verb.flags.includes('-') ? s + fill.repeat(missing) : fill.repeat(missing) + s;
}

/** Signs and pads a formatted number like Go: `+`/space flags, zeros go after the sign. */
function padNumber(verb: Verb, text: string): string {
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const sign = negative ? '-' : verb.flags.includes('+') ? '+' : verb.flags.includes(' ') ? ' ' : '';
  if (verb.flags.includes('0') && !verb.flags.includes('-')) {
    return sign + digits.padStart((verb.width ?? 0) - sign.length, '0');
  }
  return pad(verb, sign + digits, ' ');
}

// ---------------------------------------------------------------------------------------------
// replace()

/**
 * Compiles an RE2 pattern as a JS RegExp in `u` mode: `(?P<name>` and leading `(?ims)` flags are
 * translated and escaped punctuation becomes `\xHH`. RE2 syntax JS would read differently (POSIX
 * classes, `\pL`, `\z`, `\Q`, inline flag groups) fails to compile in `u` mode, so the result is
 * unknown rather than wrong.
 */
function compileRe2(pattern: string): RegExp {
  const lead = /^\(\?([ims]+)\)/.exec(pattern);
  const body = (lead ? pattern.slice(lead[0].length) : pattern).replace(
    /\\([!-/:-@[-`{-~])|\(\?P</g,
    (_whole: string, punct?: string) =>
      punct === undefined ? '(?<' : `\\x${punct.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  try {
    return new RegExp(body, `gu${lead?.[1] ?? ''}`);
  } catch (e) {
    throw new Bail(`cannot compile the regular expression /${pattern}/: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Go's `Regexp.Expand`: `$1`, `${1}`, `$name`, `${name}`, `$$`; missing groups expand to "". */
function expandTemplate(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(?:\{(\w+)\}|(\w+)|\$?)/g, (_whole: string, braced?: string, bare?: string) => {
    const name = braced ?? bare;
    if (name === undefined) return '$';
    return (/^\d+$/.test(name) ? m[Number(name)] : m.groups?.[name]) ?? '';
  });
}

/** Go's `ReplaceAllString`: like JS, but an empty match right after a match is skipped. */
function replaceRegex(s: string, re: RegExp, template: string): string {
  let out = '';
  let last = 0;
  let prevEnd = -1;
  for (const m of s.matchAll(re)) {
    if (m[0] === '' && m.index === prevEnd) continue;
    out += s.slice(last, m.index) + expandTemplate(template, m);
    last = prevEnd = m.index + m[0].length;
  }
  return out + s.slice(last);
}

/** Go's `strings.ReplaceAll`: an empty search string matches before every character and at the end. */
function replaceLiteral(s: string, search: string, replacement: string): string {
  if (search !== '') return s.split(search).join(replacement);
  return replacement + Array.from(s, (ch) => ch + replacement).join('');
}

// ---------------------------------------------------------------------------------------------
// The functions.

/** Characters Go's `unicode.IsSpace` accepts (what `trimspace` strips). */
const SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const EDGE_SPACE = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');

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
  const parts = sep === '' ? Array.from(s) : s.split(sep);
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
  const chars = Array.from(str(c.arg(0)));
  const offset = int(c.arg(1));
  const length = int(c.arg(2));
  const start = offset < 0 ? Math.max(0, chars.length + offset) : offset;
  return c.result(chars.slice(start, length < 0 ? undefined : start + length).join(''));
}

function trim(c: Call): Value {
  const chars = Array.from(str(c.arg(0)));
  const cut = new Set(Array.from(str(c.arg(1))));
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
  const hit = m.get(key) ?? c.args[2];
  if (hit === undefined) throw new Bail(`found no key ${JSON.stringify(key)} and no default was given`);
  return c.pass(hit);
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
  if (typeof d === 'string') return c.result(Array.from(d).length);
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
  const text = str(c.arg(0));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Bail(`cannot parse the JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return c.pass(fromPlain(data, deriveOrigin(c.span, c.args)));
}

/** Set order: numbers by value, then strings by bytes, then the rest as first seen (as Terraform orders sets). */
function setOrder(a: Value, b: Value): number {
  const x = need(a).value;
  const y = need(b).value;
  const rank = (d: Data) => (typeof d === 'number' ? 0 : typeof d === 'string' ? 1 : 2);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'string' && typeof y === 'string') return compareKeys(x, y);
  return rank(x) - rank(y);
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
/** A function taking numbers. */
const onNumbers = (f: (...n: number[]) => number) => (c: Call) => c.result(f(...c.args.map(num)));

interface Spec {
  min: number;
  max: number;
  impl: (c: Call) => Value;
}

const spec = (min: number, max: number, impl: (c: Call) => Value): Spec => ({ min, max, impl });

const FUNCTIONS = new Map<string, Spec>([
  ['lower', spec(1, 1, onString((s) => s.toLowerCase()))],
  ['upper', spec(1, 1, onString((s) => s.toUpperCase()))],
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
  ['coalesce', spec(1, Infinity, coalesce)],
  ['lookup', spec(2, 3, lookup)],
  ['merge', spec(0, Infinity, merge)],
  ['concat', spec(1, Infinity, (c) => c.result(c.args.flatMap(list)))],
  ['contains', spec(2, 2, contains)],
  ['length', spec(1, 1, length)],
  ['keys', spec(1, 1, keys)],
  ['values', spec(1, 1, values)],
  ['tostring', spec(1, 1, conversion(str))],
  ['tobool', spec(1, 1, conversion(bool))],
  ['tonumber', spec(1, 1, conversion(num))],
  ['tolist', spec(1, 1, conversion((v) => [...list(v)]))],
  ['toset', spec(1, 1, conversion((v) => dedupe(list(v)).sort(setOrder)))],
  ['tomap', spec(1, 1, conversion((v) => new Map(map(v))))],
  ['jsonencode', spec(1, 1, jsonencode)],
  ['jsondecode', spec(1, 1, jsondecode)],
  ['element', spec(2, 2, element)],
  ['flatten', spec(1, 1, (c) => c.result(flattenInto(list(c.arg(0)), [])))],
  ['distinct', spec(1, 1, (c) => c.result(dedupe(list(c.arg(0)))))],
  ['compact', spec(1, 1, compact)],
  ['range', spec(1, 3, range)],
  ['max', spec(1, Infinity, onNumbers(Math.max))],
  ['min', spec(1, Infinity, onNumbers(Math.min))],
  ['abs', spec(1, 1, onNumbers(Math.abs))],
  ['ceil', spec(1, 1, onNumbers(Math.ceil))],
  ['floor', spec(1, 1, onNumbers(Math.floor))],
]);

/** Names of the functions `callFunction` implements, sorted (for messages and docs). */
export const SUPPORTED_FUNCTIONS: readonly string[] = Object.freeze([...FUNCTIONS.keys()].sort());

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
    return fn.impl(call);
  } catch (e) {
    if (e instanceof Bail) return call.unknown(e.inner ? `${name}(): ${e.why}` : `${name}() ${e.why}`, e.error);
    return call.unknown(`${name}() failed: ${e instanceof Error ? e.message : String(e)}`, true);
  }
}
