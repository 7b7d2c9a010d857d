/**
 * Planned JSON data (`change.after` with `after_unknown`, or state values) as `Value`s with plan
 * provenance, each built once with the references its configuration expression gives it.
 */
import { known, unknown, type Origin, type Provenance, type Value, type ValueMap } from '../../model/value.js';
import { MAX_NESTING } from '../hcl/native-syntax.js';
import type { ConfigExpression, ConfigExpressions } from './document.js';
import { isExpression } from './references.js';

/**
 * What the configuration writes for a planned value or one of its parts, read once per
 * configuration and shared by every instance of its resource: the expression that writes it (its
 * references are the value's), the constant it is, the fields of an object or nested block, or the
 * nested blocks written.
 */
export interface Written {
  /** The expression that writes the value, for its references. */
  readonly expression?: ConfigExpression;
  /** For an expression that is a constant: the constant. */
  readonly constant?: { readonly value: unknown };
  /** The attributes or block fields the configuration writes, by name, in order. */
  readonly names?: readonly string[];
  /** What writes each of them: only attributes and block fields written as an expression, or an attribute's nested blocks. */
  readonly fields?: ReadonlyMap<string, Written>;
  /** Nested blocks as written; undefined for one that is not an object. */
  readonly blocks?: readonly (Written | undefined)[];
}

/** What the configuration says of a resource's planned values: what writes them, and what an expression refers to. */
export interface Links {
  readonly written: Written;
  /** The references of an expression, as the resource's module instance resolves them. */
  readonly refsOf: (expression: ConfigExpression) => readonly string[];
}

/** What a resource's expressions write, by expressions object: the instances of a resource share one. */
const writtenByExpressions = new WeakMap<ConfigExpressions, Written>();

/**
 * The links of a resource's attributes: an attribute written as an expression refers to what
 * `resolve` finds for it; a nested block (one object of expressions, or a list of them) gives each
 * field of its list elements the references of that field's expression.
 */
export function attributeLinks(expressions: ConfigExpressions, resolve: (expression: ConfigExpression) => readonly string[]): Links {
  let written = writtenByExpressions.get(expressions);
  if (!written) writtenByExpressions.set(expressions, (written = writtenObject(expressions, (e) => (Array.isArray(e) ? e : [e]).map(writtenBlock))));
  return { written, refsOf: resolve };
}

/** What an object of expressions writes; `other` reads an entry that is no expression (nested blocks, at the top level only). */
function writtenObject(exprs: object, other?: (entry: unknown) => readonly (Written | undefined)[]): Written {
  const names = Object.keys(exprs);
  const fields = new Map<string, Written>();
  for (const name of names) {
    const entry = (exprs as Record<string, unknown>)[name];
    if (isExpression(entry)) fields.set(name, Object.hasOwn(entry, 'constant_value') ? { expression: entry, constant: { value: entry.constant_value } } : { expression: entry });
    else if (other) fields.set(name, { blocks: other(entry) });
  }
  return { names, fields };
}

function writtenBlock(block: unknown): Written | undefined {
  return block !== null && typeof block === 'object' ? writtenObject(block) : undefined;
}

/** How a resource's planned attributes are read. */
export interface PlannedAttributesOptions {
  /** The references of the attributes. */
  links?: Links;
  /** Attributes whose value has another provenance than the plan (a known module's defaults). */
  provenance?: ReadonlyMap<string, Provenance>;
}

/** A resource's planned attributes, and what is true of the attributes it does not list. */
export interface PlannedObject {
  attributes: Map<string, Value>;
  /**
   * Set when the planned object is wholly unknown (`after_unknown: true`) or could not be read:
   * why every attribute not listed is unknown (see `Resource.unknownAttributes`).
   */
  unknownAttributes?: string;
  /** Set when the planned object is neither an object nor `null`: what is wrong with it, for a diagnostic. */
  malformed?: string;
}

/**
 * The attributes of a planned object (`after` with `after_unknown`, or state values), each a
 * `Value` with plan provenance: every key of `after`, then every key `after_unknown` flags that
 * `after` leaves out. The parts `after_unknown` flags are unknown. A `null` `after` is an object
 * without attributes. A wholly unknown object has only the attributes its configuration writes
 * (see `whollyUnknown`), and says that the others are unknown; so does an `after` that is not an
 * object, which is malformed.
 */
export function plannedObject(after: unknown, afterUnknown: unknown, address: string, options: PlannedAttributesOptions = {}): PlannedObject {
  const { links, provenance } = options;
  const planned: Planned = { address, origin: { provenance: { kind: 'plan', address }, via: [] }, afterApply: `${address}: known only after apply`, shared: {}, refsOf: links?.refsOf ?? noRefs };
  if (afterUnknown === true) return { attributes: whollyUnknown(planned, links?.written), unknownAttributes: planned.afterApply };
  const malformed = malformedObject(after, afterUnknown, address);
  if (malformed !== undefined) return { attributes: new Map(), unknownAttributes: `${malformed}; tf-acr-lint cannot read its attributes`, malformed };
  const value = planValue(after ?? {}, afterUnknown, planned, links?.written, 0);
  const attributes = value.known && value.value instanceof Map ? value.value : new Map<string, Value>();
  if (provenance) {
    for (const [name, other] of provenance) {
      const v = attributes.get(name);
      if (v) attributes.set(name, { ...v, origin: { ...v.origin, provenance: other } });
    }
  }
  return { attributes };
}

/**
 * What is wrong with a planned object that is neither an object nor `null` (and not wholly unknown,
 * which makes `after` irrelevant), for a diagnostic; undefined when nothing is.
 */
export function malformedObject(after: unknown, afterUnknown: unknown, address: string): string | undefined {
  if (afterUnknown === true || after === null || after === undefined || isObject(after)) return undefined;
  return `${address}: the planned object is ${Array.isArray(after) ? 'a list' : `a ${typeof after}`}, not an object`;
}

/**
 * The attributes of a wholly unknown object: those its configuration writes. Terraform plans an
 * argument the configuration sets as it is written, so a constant is known; an expression with
 * references is unknown, with them; a nested block is the blocks written, each field so.
 */
function whollyUnknown(planned: Planned, written: Written | undefined): Map<string, Value> {
  const attributes = new Map<string, Value>();
  for (const name of written?.names ?? []) attributes.set(name, configuredValue(planned, written?.fields?.get(name), 1));
  return attributes;
}

/** What the configuration writes for one attribute or block field: its constant, its blocks, or an unknown with its references. */
function configuredValue(planned: Planned, written: Written | undefined, depth: number): Value {
  if (written?.constant) return planValue(written.constant.value, undefined, planned, undefined, depth);
  if (written?.blocks === undefined || depth > MAX_NESTING) return planValue(undefined, true, planned, written?.expression ? { expression: written.expression } : undefined, depth);
  const blocks: Value[] = [];
  for (const block of written.blocks) {
    const fields: ValueMap = new Map();
    for (const name of block?.names ?? []) fields.set(name, configuredValue(planned, block?.fields?.get(name), depth + 2));
    blocks.push(known(fields, planned.origin));
  }
  return known(blocks, planned.origin);
}

/** What the parts of one resource's planned values share. */
interface Planned {
  /** The resource's address. */
  address: string;
  origin: Origin;
  /** Why a part `after_unknown` flags is unknown. */
  afterApply: string;
  /**
   * The values without references that recur in a resource, made once and shared (values are
   * never changed in place): a part known only after apply, and `null`, `true`, `false`.
   */
  shared: { afterApply?: Value; null?: Value; true?: Value; false?: Value };
  /** The references of an expression that writes a part. */
  refsOf: (expression: ConfigExpression) => readonly string[];
}

/** The references of expressions read without a configuration to resolve them in: none. */
const noRefs = (): readonly string[] => [];

/** The `after_unknown` of an object it does not describe: nothing in it is unknown. */
const NO_MASKS: Readonly<Record<string, unknown>> = Object.freeze({});

function isObject(data: unknown): data is Readonly<Record<string, unknown>> {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

/**
 * Converts planned JSON data, marking the parts `after_unknown` flags as known only after apply.
 * Data nested deeper than `MAX_NESTING` (below the resource's object) is unknown, saying why, so
 * that one deep attribute does not cost the whole document.
 */
function planValue(data: unknown, mask: unknown, planned: Planned, written: Written | undefined, depth: number): Value {
  const { origin, shared } = planned;
  const refs = written?.expression ? planned.refsOf(written.expression) : undefined;
  // Nested blocks the plan knows only after apply are the blocks the configuration writes, each field as written.
  if (mask === true && written?.blocks !== undefined) return configuredValue(planned, written, depth);
  if (mask === true) return refs?.length ? unknown(planned.afterApply, origin, refs) : (shared.afterApply ??= unknown(planned.afterApply, origin));
  if (depth > MAX_NESTING) return unknown(`${planned.address}: nested deeper than ${MAX_NESTING} levels; tf-acr-lint reads no deeper`, origin, refs);
  if (Array.isArray(data)) {
    const masks = Array.isArray(mask) ? mask : [];
    return known(
      data.map((e, i) => planValue(e, masks[i], planned, written?.blocks?.[i], depth + 1)),
      origin,
      refs,
    );
  }
  if (data !== null && typeof data === 'object') {
    const masks = isObject(mask) ? mask : NO_MASKS;
    const map: ValueMap = new Map();
    for (const k of Object.keys(data)) map.set(k, planValue((data as Record<string, unknown>)[k], Object.hasOwn(masks, k) ? masks[k] : undefined, planned, written?.fields?.get(k), depth + 1));
    if (masks !== NO_MASKS) for (const k of Object.keys(masks)) if (!map.has(k) && masks[k] === true) map.set(k, planValue(undefined, true, planned, written?.fields?.get(k), depth + 1));
    return known(map, origin, refs);
  }
  if (!refs?.length && (data === undefined || data === null || typeof data === 'boolean')) {
    const key = data === undefined || data === null ? 'null' : data ? 'true' : 'false';
    return (shared[key] ??= known(data ?? null, origin));
  }
  return known(data as string | number | boolean, origin, refs);
}

/**
 * Adds to `into` every string of `data` that `mask` marks sensitive: `after_sensitive` and a
 * state's `sensitive_values` mirror the value's shape, `true` marking a sensitive part.
 */
export function collectSensitive(data: unknown, mask: unknown, into: Set<string>, depth = 0): void {
  if (mask === true) {
    collectStrings(data, into, depth);
    return;
  }
  if (depth > MAX_NESTING || mask === null || typeof mask !== 'object') return;
  if (Array.isArray(mask)) {
    if (Array.isArray(data)) mask.forEach((m, i) => collectSensitive(data[i], m, into, depth + 1));
    return;
  }
  if (!isObject(data)) return;
  for (const k of Object.keys(mask)) if (Object.hasOwn(data, k)) collectSensitive(data[k], (mask as Record<string, unknown>)[k], into, depth + 1);
}

/**
 * Adds to `into` the strings a raw state's `sensitive_attributes` points at: each a path of
 * `{ "type": "get_attr" | "index", "value": … }` steps into the instance's attributes (a path that
 * leads nowhere adds nothing).
 */
export function collectSensitivePaths(attributes: unknown, paths: unknown, into: Set<string>): void {
  if (!Array.isArray(paths)) return;
  for (const steps of paths) {
    if (!Array.isArray(steps)) continue;
    let at: unknown = attributes;
    for (const step of steps as unknown[]) {
      // Terraform 1.10 and later write an index as a typed value: `{ "value": 0, "type": "number" }`.
      const raw = isObject(step) ? step['value'] : undefined;
      const key = isObject(raw) ? raw['value'] : raw;
      at = Array.isArray(at) && typeof key === 'number' ? at[key] : isObject(at) && typeof key === 'string' && Object.hasOwn(at, key) ? at[key] : undefined;
    }
    collectStrings(at, into, 0);
  }
}

/** Adds every string in JSON `data` to `into`, down to MAX_NESTING. */
function collectStrings(data: unknown, into: Set<string>, depth: number): void {
  if (typeof data === 'string') into.add(data);
  else if (depth > MAX_NESTING) return;
  else if (Array.isArray(data)) for (const e of data) collectStrings(e, into, depth + 1);
  else if (isObject(data)) for (const k of Object.keys(data)) collectStrings(data[k], into, depth + 1);
}
