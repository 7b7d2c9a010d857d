import { appendAll } from './append.js';
import type { Span } from './span.js';

/** Where a value came from. */
export type Provenance =
  | { kind: 'literal' }
  | { kind: 'provider-default'; source: string }
  /** `module`: the call address when the variable belongs to a called module (`module.registry`). */
  | { kind: 'variable-default'; variable: string; module?: string }
  /** A variable with no default that nothing gave a value: the value is unknown, and the variable block is where it is declared. */
  | { kind: 'variable-unset'; variable: string; module?: string }
  | { kind: 'tfvars'; variable: string }
  | { kind: 'cli-var'; variable: string }
  /** `call`: the module call's address; `source`: the module (`Azure/avm-res-containerregistry-registry/azurerm`). */
  | { kind: 'module-argument' | 'module-default'; call: string; input: string; version?: string; source?: string }
  | { kind: 'plan'; address: string };

/**
 * The trail of a value: `span` is where it was written (a literal, a tfvars line, a variable
 * default); `via` lists the places it passed through on the way, from the use site outwards
 * (the resource attribute first, then references such as `var.x` or `local.y`).
 */
export interface Origin {
  span?: Span;
  provenance: Provenance;
  via: Span[];
}

/** A list of values; each element keeps its own origin. */
export type ValueList = Value[];
/** An object or map; keys map to values that keep their own origin. A `Map`, so `__proto__` is just a key. */
export type ValueMap = Map<string, Value>;
/** The data a known value holds. Collections hold `Value`s, so nested attributes keep their spans. */
export type Data = null | boolean | number | string | ValueList | ValueMap;

interface ValueBase {
  origin: Origin;
  /** Addresses of resources this value was derived from (`azurerm_container_registry.acr`). */
  refs?: readonly string[];
  /** For strings produced by `jsonencode(...)`: the value that was encoded, with its origins (even when the string is unknown). */
  encodedFrom?: Value;
}

/** A value whose content is known before apply. */
export interface KnownValue extends ValueBase {
  known: true;
  value: Data;
}

/** A value that cannot be known statically; `why` says which input is missing. */
export interface UnknownValue extends ValueBase {
  known: false;
  why: string;
  /**
   * Terraform would fail here (a missing attribute, a wrong type), as opposed to a value that is
   * merely not known yet. `try()` and `can()` catch these and only these.
   */
  error?: true;
  /**
   * Set where the value is an attribute of a managed resource known only after apply, read as it is
   * (`azurerm_key_vault_secret.x.id`), and kept while the value only passes through variables,
   * locals, module outputs and arguments; a value computed from it (see `stillUnknown`) drops it.
   */
  resourceAttribute?: ResourceAttribute;
}

/** An attribute of a resource instance: `{ address: 'azurerm_key_vault_secret.x', type: 'azurerm_key_vault_secret', name: 'id' }`. */
export interface ResourceAttribute {
  readonly address: string;
  readonly type: string;
  readonly name: string;
}

/** A value as the front-ends produce it and the rules read it. */
export type Value = KnownValue | UnknownValue;

/**
 * How the reason of a value a condition chose begins, when the condition is unknown
 * (`it depends on a condition, and <the condition's reason>`): the evaluator writes it, and messages
 * that explain one reason once (engine/describe.ts) look behind it.
 */
export const CONDITION_REASON = 'it depends on a condition, and ';

/** A known value. */
export function known(value: Data, origin: Origin, refs?: readonly string[]): KnownValue {
  return refs && refs.length > 0 ? { known: true, value, origin, refs } : { known: true, value, origin };
}

/** An unknown value with the reason it is unknown. */
export function unknown(why: string, origin: Origin, refs?: readonly string[]): UnknownValue {
  return refs && refs.length > 0 ? { known: false, why, origin, refs } : { known: false, why, origin };
}

/** An expression Terraform would reject; unknown here, and marked so `try()` / `can()` can catch it. */
export function evaluationError(why: string, origin: Origin, refs?: readonly string[]): UnknownValue {
  return { ...unknown(why, origin, refs), error: true };
}

/**
 * An unknown value computed from `v` (keeping why, and whether it is an error), seen with more refs.
 * It is no longer the resource attribute `v` may be.
 */
export function stillUnknown(v: UnknownValue, refs?: readonly string[]): UnknownValue {
  if (v.resourceAttribute !== undefined) {
    const { resourceAttribute: _computedFrom, ...rest } = v;
    return refs && refs.length > 0 ? { ...rest, refs } : rest;
  }
  return refs && refs.length > 0 ? { ...v, refs } : v;
}

/** An origin for text written literally at `span`. */
export function literalOrigin(span: Span | undefined): Origin {
  return span ? { span, provenance: { kind: 'literal' }, via: [] } : { provenance: { kind: 'literal' }, via: [] };
}

/** The same value seen from one more place (a reference, an attribute); the hop goes first. */
export function passedThrough(value: Value, hop: Span): Value {
  return { ...value, origin: { ...value.origin, via: [hop, ...value.origin.via] } };
}

/**
 * The refs of all `lists`, each once, in first-seen order; undefined when there are none. The usual
 * case, one address named once or several times over (`azurerm_x.y.id` and `azurerm_x.y`), returns
 * the first such list itself: refs are shared, never changed in place.
 */
export function mergeRefs(...lists: (readonly string[] | undefined)[]): readonly string[] | undefined {
  return mergeRefLists(lists);
}

/** `mergeRefs` of a list of lists, however many: spreading a long one into arguments would overflow the stack. */
export function mergeRefLists(lists: readonly (readonly string[] | undefined)[]): readonly string[] | undefined {
  // Without allocating in the usual case: every reference site of every planned value comes here.
  let first: readonly string[] | undefined;
  let oneAddress = false;
  for (const list of lists) {
    if (list === undefined || list.length === 0) continue;
    if (first === undefined) {
      first = list;
      oneAddress = list.length === 1;
    } else if (oneAddress && !(list.length === 1 && list[0] === first[0])) {
      oneAddress = false;
    }
  }
  if (first === undefined) return undefined;
  if (oneAddress) return first;
  const all = new Set<string>();
  for (const list of lists) if (list) for (const ref of list) all.add(ref);
  return [...all];
}

/** `v` with `refs` added to its own; `v` itself when that adds nothing. */
export function withRefs(v: Value, refs: readonly string[] | undefined): Value {
  if (!refs?.length && !v.refs?.length) return v;
  const merged = mergeRefs(v.refs, refs);
  return !merged || merged.length === (v.refs?.length ?? 0) ? v : { ...v, refs: merged };
}

/** `a string`, `a list`, `a map`... for messages. */
export function describeData(d: Data): string {
  if (d === null) return 'null';
  if (Array.isArray(d)) return 'a list';
  if (d instanceof Map) return 'a map';
  return typeof d === 'boolean' ? 'a bool' : `a ${typeof d}`;
}

/** True only when `v` is known and is the boolean `true`. */
export function isTrue(v: Value | undefined): boolean {
  return v !== undefined && v.known && v.value === true;
}

/** True only when `v` is known and is the boolean `false`. */
export function isFalse(v: Value | undefined): boolean {
  return v !== undefined && v.known && v.value === false;
}

/** True only when `v` is a known string equal to `s`; `caseInsensitive` for Azure enum values. */
export function equals(v: Value | undefined, s: string, caseInsensitive = false): boolean {
  if (v === undefined || !v.known || typeof v.value !== 'string') return false;
  return caseInsensitive ? v.value.toLowerCase() === s.toLowerCase() : v.value === s;
}

/** The string in `v` when known, else undefined. */
export function stringOf(v: Value | undefined): string | undefined {
  return v !== undefined && v.known && typeof v.value === 'string' ? v.value : undefined;
}

/** The element list of a known list value (blocks are lists of objects). */
export function listOf(v: Value | undefined): ValueList | undefined {
  return v !== undefined && v.known && Array.isArray(v.value) ? v.value : undefined;
}

/** The entries of a known object/map value. */
export function mapOf(v: Value | undefined): ValueMap | undefined {
  return v !== undefined && v.known && v.value instanceof Map ? v.value : undefined;
}

/** Reads `key` of an object value; undefined when absent or `v` is not a known object. */
export function attr(v: Value | undefined, key: string): Value | undefined {
  return mapOf(v)?.get(key);
}

/**
 * Converts a value to plain JSON-compatible data, or undefined when any part is unknown.
 * Used for messages, hashing and the JSON reporter; never for decisions about unknowns.
 */
export function toPlain(v: Value): unknown {
  if (!v.known) return undefined;
  const d = v.value;
  if (Array.isArray(d)) {
    const out: unknown[] = [];
    for (const e of d) {
      const p = toPlain(e);
      if (p === undefined) return undefined;
      out.push(p);
    }
    return out;
  }
  if (d instanceof Map) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, e] of d) {
      const p = toPlain(e);
      if (p === undefined) return undefined;
      out[k] = p;
    }
    return out;
  }
  return d;
}

/** Builds a value tree from plain JSON data, every node with the same origin. */
export function fromPlain(data: unknown, origin: Origin): Value {
  if (Array.isArray(data)) return known(data.map((e) => fromPlain(e, origin)), origin);
  if (data !== null && typeof data === 'object') {
    const m: ValueMap = new Map();
    for (const [k, e] of Object.entries(data)) m.set(k, fromPlain(e, origin));
    return known(m, origin);
  }
  if (data === undefined) return known(null, origin);
  return known(data as Data, origin);
}

/**
 * Adds every known string in `v` to `into`, each part once however often it is shared; and the keys
 * of its maps to `keysInto` when given (`keys()` and a `for` expression make values of them).
 */
export function collectStrings(v: Value, into: Set<string>, keysInto?: Set<string>): void {
  const seen = new Set<Value>();
  const stack: Value[] = [v];
  for (let part = stack.pop(); part !== undefined; part = stack.pop()) {
    if (seen.has(part) || !part.known) continue;
    seen.add(part);
    const d = part.value;
    if (typeof d === 'string') into.add(d);
    else if (Array.isArray(d)) appendAll(stack, d);
    else if (d instanceof Map) {
      appendAll(stack, d.values());
      if (keysInto) for (const key of d.keys()) keysInto.add(key);
    }
  }
}
