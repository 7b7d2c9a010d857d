/**
 * The machinery every built-in function shares: the call being evaluated (`Call`) and how a call
 * gives up (`Bail`), argument conversions, the text forms of values (`stringify`, numbers, JSON)
 * and Terraform's key and set ordering.
 */
import { formatCount } from '../../../model/format-count.js';
import type { Span } from '../../../model/span.js';
import { numberFromString } from '../../../model/number-text.js';
import {
  describeData,
  evaluationError,
  known,
  literalOrigin,
  mergeRefLists,
  unknown,
  withRefs,
  type Data,
  type KnownValue,
  type Origin,
  type UnknownValue,
  type Value,
  type ValueList,
  type ValueMap,
} from '../../../model/value.js';

/**
 * Why a call has no known result. Thrown by the argument conversions and the function
 * implementations, and turned into an unknown value by `callFunction`; `inner` marks the reason of
 * an unknown argument, passed along as it is.
 */
export class Bail {
  constructor(
    readonly why: string,
    /** The reason is an argument's own unknown, passed along. */
    readonly inner = false,
    /** Terraform would fail: a wrong argument here, or an inner evaluation error passed along. */
    readonly error = !inner,
  ) {}
}

/**
 * A call tf-acr-lint does not evaluate (a bound it keeps, a form it lacks), where Terraform would
 * compute a value: unknown, and no error, so that `try()` and `can()` do not take it for one and
 * pick their fallback.
 */
export function notEvaluated(why: string): Bail {
  return new Bail(why, false, false);
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
function unionRefs(values: readonly Value[]): readonly string[] {
  return mergeRefLists(values.map((v) => v.refs)) ?? [];
}

/** One call being evaluated, with the helpers that build its results. */
export class Call {
  readonly refs: readonly string[];

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

export { numberFromString };

/**
 * Data converted to a bool as Terraform converts it: a bool as it is, and the strings `"true"` /
 * `"1"` and `"false"` / `"0"` (go-cty, `cty/convert/conversion_primitive.go`); undefined for
 * anything else (`"True"` and `"yes"` too). HCL converts this way wherever it needs a bool: a
 * condition, `!`, `&&`, `||`, a `for` filter, a `%{ if }` directive (hclsyntax `expression.go`,
 * `expression_ops.go`).
 */
export function boolFromData(d: Data): boolean | undefined {
  if (typeof d === 'boolean') return d;
  return d === 'true' || d === '1' ? true : d === 'false' || d === '0' ? false : undefined;
}

/** The argument, which must be known (its elements may still be unknown). */
export function need(v: Value): KnownValue {
  if (!v.known) throw new Bail(v.why, true, v.error === true);
  return v;
}

/** The failure of an argument that is not `what` (e.g. "a string"). */
export function expected(what: string, v: KnownValue): Bail {
  return new Bail(`expects ${what}, got ${describeData(v.value)}`);
}

/** The argument as a string; numbers and bools convert. */
export function str(v: Value): string {
  const k = need(v);
  const s = stringify(k);
  if (s === undefined) throw expected('a string', k);
  return s;
}

/** The argument as a number; numeric strings convert. */
export function num(v: Value): number {
  const k = need(v);
  if (typeof k.value === 'number') return k.value;
  if (typeof k.value !== 'string') throw expected('a number', k);
  const n = numberFromString(k.value);
  if (n === undefined) throw new Bail(`cannot convert ${JSON.stringify(k.value)} to a number`);
  return n;
}

/** The argument as a whole number. */
export function int(v: Value): number {
  const n = num(v);
  if (!Number.isInteger(n)) throw new Bail(`expects a whole number, got ${formatNumber(n)}`);
  return n;
}

/** The argument as a bool; the strings `"true"`, `"false"`, `"1"` and `"0"` convert (see boolFromData). */
export function bool(v: Value): boolean {
  const k = need(v);
  const b = boolFromData(k.value);
  if (b === undefined) throw expected('a bool', k);
  return b;
}

/** The argument as a list (its elements, which may be unknown). */
export function list(v: Value): ValueList {
  const k = need(v);
  if (!Array.isArray(k.value)) throw expected('a list', k);
  return k.value;
}

/** The argument as a map (its entries, whose values may be unknown). */
export function map(v: Value): ValueMap {
  const k = need(v);
  if (!(k.value instanceof Map)) throw expected('a map', k);
  return k.value;
}

/** The first unknown value in `v` or below it. */
export function firstUnknown(v: Value): UnknownValue | undefined {
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
export function formatNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', lead = '', frac = '', exp = '0'] = m;
  const e = Number(exp);
  const digits = lead + frac;
  return e >= 0 ? sign + digits.padEnd(e + 1, '0') : `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
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

/** A map's entries ordered by key, as Terraform iterates maps. */
export function sortedEntries(m: ValueMap): [string, Value][] {
  return [...m].sort(([a], [b]) => compareKeys(a, b));
}

/** A JSON string the way Go's encoder writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function encodeString(s: string): string {
  const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, escape);
}

/**
 * Longest string a template or function builds (64 Mi characters). A few doubling locals
 * (`"${local.s}${local.s}"`) reach V8's own limit, which would fail the whole module, and
 * `format("%400000000s", …)` built 400 MB for the next call to copy; past it the value is unknown.
 */
export const MAX_STRING_LENGTH = 64 * 1024 * 1024;

/**
 * Longest string whose characters a function takes apart one by one (`length`, `substr`, `trim`,
 * `split`, `format`'s widths): each becomes a JavaScript string of its own, so a 64 Mi string
 * took gigabytes. Longer strings make the call unknown, as for `replace()`'s regular expressions.
 */
export const MAX_CHARACTERS = 1024 * 1024;

/** `s`, when it is short enough to take apart (MAX_CHARACTERS); bails otherwise. */
export function partable(s: string): string {
  if (s.length > MAX_CHARACTERS) throw notEvaluated(`is not evaluated: the string has ${formatCount(s.length)} characters, more than the ${formatCount(MAX_CHARACTERS)} tf-acr-lint takes apart`);
  return s;
}

/** The characters (code points) of `s`; bails past MAX_CHARACTERS. */
export function codePoints(s: string): string[] {
  return Array.from(partable(s));
}

/** Terraform's `jsonencode`: keys sorted, no whitespace. Bails on any unknown part, and past MAX_STRING_LENGTH characters. */
export function encodeJson(v: Value): string {
  const budget = { left: MAX_STRING_LENGTH };
  return encodeWithin(v, budget);
}

function encodeWithin(v: Value, budget: { left: number }): string {
  const text = encodePart(v, budget);
  // Leaves only: a list's text holds its parts' again. The punctuation between parts is bounded by their number.
  if (!(Array.isArray(v.known ? v.value : undefined) || (v.known && v.value instanceof Map))) budget.left -= text.length;
  if (budget.left < 0) throw notEvaluated(`is not evaluated: the JSON would be longer than ${formatCount(MAX_STRING_LENGTH)} characters`);
  return text;
}

function encodePart(v: Value, budget: { left: number }): string {
  const d = need(v).value;
  if (typeof d === 'string') return encodeString(d);
  if (typeof d === 'number') {
    if (!Number.isFinite(d)) throw new Bail(`cannot encode ${d} as JSON`);
    return formatNumber(d);
  }
  if (Array.isArray(d)) return `[${d.map((e) => encodeWithin(e, budget)).join(',')}]`;
  if (d instanceof Map) return `{${sortedEntries(d).map(([k, e]) => `${encodeString(k)}:${encodeWithin(e, budget)}`).join(',')}}`;
  return String(d);
}

/**
 * The lists that are Terraform sets (made by `toset` or converted to a `set(...)` type), by the
 * array itself, which every value holding the set shares; a list made from a set (`tolist`,
 * `concat`, a conversion to `list(...)`) is a new array, and no set.
 */
const SETS = new WeakSet<ValueList>();

/** Marks `items` as a set, and returns it. */
export function asSet(items: Value[]): Value[] {
  SETS.add(items);
  return items;
}

/**
 * Whether `items` is a set: iterating it, each element is its own key, not an index (go-cty
 * `cty/element_iterator.go`, setElementIterator; "if the for_each expression produces a set
 * value then key is identical to value", Terraform's dynamic blocks documentation).
 */
export function isSet(items: ValueList): boolean {
  return SETS.has(items);
}

/** A set's elements: each value once, in Terraform's set order; undefined when a part is unknown. */
export function setElements(items: ValueList): Value[] | undefined {
  try {
    return asSet(dedupe(items).sort(setOrder));
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

/** Each value once (equal when their JSON encodings are), first occurrence kept; bails on an unknown part. */
export function dedupe(items: ValueList): Value[] {
  const seen = new Map<string, Value>();
  for (const item of items) {
    const key = encodeJson(item);
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

/** Set order: numbers by value, then strings by bytes, then the rest as first seen (as Terraform orders sets). */
export function setOrder(a: Value, b: Value): number {
  const x = need(a).value;
  const y = need(b).value;
  const rank = (d: Data) => (typeof d === 'number' ? 0 : typeof d === 'string' ? 1 : 2);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'string' && typeof y === 'string') return compareKeys(x, y);
  return rank(x) - rank(y);
}
