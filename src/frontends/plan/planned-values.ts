/**
 * Planned JSON data (`change.after` with `after_unknown`, or state values) as `Value`s with plan
 * provenance, each built once with the references its configuration expression gives it.
 */
import { known, unknown, type Origin, type Provenance, type Value, type ValueMap } from '../../model/value.js';
import { MAX_NESTING } from '../hcl/native-syntax.js';
import type { ConfigExpression, ConfigExpressions } from './document.js';
import { isExpression } from './references.js';

/**
 * What the configuration says of a planned value and of its parts: the references of the
 * expressions that wrote them (an attribute's expression, or a nested block's expressions field by
 * field), and what it wrote, for an object whose planned value is wholly unknown.
 */
export interface Links {
  /** The value's own references. */
  refs?: readonly string[];
  /** The links of an object's attribute. */
  key?(name: string): Links | undefined;
  /** The links of a list's element. */
  item?(index: number): Links | undefined;
  /** The attributes or block fields the configuration writes, by name. */
  names?: readonly string[];
  /** For an expression that is a constant: the constant. */
  constant?: { value: unknown };
  /** For a nested block: how many the configuration writes. */
  blocks?: number;
}

/**
 * The links of a resource's attributes: an attribute written as an expression refers to what
 * `resolve` finds for it; a nested block (one object of expressions, or a list of them) gives each
 * field of its list elements the references of that field's expression.
 */
export function attributeLinks(expressions: ConfigExpressions, resolve: (expression: ConfigExpression) => readonly string[]): Links {
  const expressionLinks = (expression: ConfigExpression): Links => ({
    refs: resolve(expression),
    ...(Object.hasOwn(expression, 'constant_value') ? { constant: { value: expression.constant_value } } : {}),
  });
  const field = (exprs: unknown, name: string): Links | undefined => {
    if (exprs === null || typeof exprs !== 'object' || !Object.hasOwn(exprs, name)) return undefined;
    const expression = (exprs as Record<string, unknown>)[name];
    return isExpression(expression) ? expressionLinks(expression) : undefined;
  };
  const blockLinks = (block: unknown): Links | undefined =>
    block !== null && typeof block === 'object' ? { names: Object.keys(block), key: (name) => field(block, name) } : undefined;
  return {
    names: Object.keys(expressions),
    key(name) {
      if (!Object.hasOwn(expressions, name)) return undefined;
      const expression = expressions[name];
      if (isExpression(expression)) return expressionLinks(expression);
      const blocks = (Array.isArray(expression) ? expression : [expression]).map(blockLinks);
      return { blocks: blocks.length, item: (index) => blocks[index] };
    },
  };
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
  const planned: Planned = { address, origin: { provenance: { kind: 'plan', address }, via: [] }, afterApply: `${address}: known only after apply`, shared: {} };
  if (afterUnknown === true) return { attributes: whollyUnknown(planned, options.links), unknownAttributes: planned.afterApply };
  if (after !== null && after !== undefined && !isObject(after)) {
    const malformed = `${address}: the planned object is ${Array.isArray(after) ? 'a list' : `a ${typeof after}`}, not an object`;
    return { attributes: new Map(), unknownAttributes: `${malformed}; tf-acr-lint cannot read its attributes`, malformed };
  }
  const { links, provenance } = options;
  const value = planValue(after ?? {}, afterUnknown, planned, links?.key ? { key: links.key } : undefined, 0);
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
 * The attributes of a wholly unknown object: those its configuration writes. Terraform plans an
 * argument the configuration sets as it is written, so a constant is known; an expression with
 * references is unknown, with them; a nested block is the blocks written, each field so.
 */
function whollyUnknown(planned: Planned, links: Links | undefined): Map<string, Value> {
  const attributes = new Map<string, Value>();
  for (const name of links?.names ?? []) attributes.set(name, configuredValue(planned, links?.key?.(name), 1));
  return attributes;
}

/** What the configuration writes for one attribute or block field: its constant, its blocks, or an unknown with its references. */
function configuredValue(planned: Planned, links: Links | undefined, depth: number): Value {
  if (links?.constant) return planValue(links.constant.value, undefined, planned, undefined, depth);
  if (links?.blocks === undefined || depth > MAX_NESTING) return planValue(undefined, true, planned, links?.refs ? { refs: links.refs } : undefined, depth);
  const blocks: Value[] = [];
  for (let i = 0; i < links.blocks; i++) {
    const block = links.item?.(i);
    const fields: ValueMap = new Map();
    for (const name of block?.names ?? []) fields.set(name, configuredValue(planned, block?.key?.(name), depth + 2));
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
}

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
function planValue(data: unknown, mask: unknown, planned: Planned, links: Links | undefined, depth: number): Value {
  const { origin, shared } = planned;
  const refs = links?.refs;
  // Nested blocks the plan knows only after apply are the blocks the configuration writes, each field as written.
  if (mask === true && links?.blocks !== undefined) return configuredValue(planned, links, depth);
  if (mask === true) return refs?.length ? unknown(planned.afterApply, origin, refs) : (shared.afterApply ??= unknown(planned.afterApply, origin));
  if (depth > MAX_NESTING) return unknown(`${planned.address}: nested deeper than ${MAX_NESTING} levels; tf-acr-lint reads no deeper`, origin, refs);
  if (Array.isArray(data)) {
    const masks = Array.isArray(mask) ? mask : [];
    return known(
      data.map((e, i) => planValue(e, masks[i], planned, links?.item?.(i), depth + 1)),
      origin,
      refs,
    );
  }
  if (data !== null && typeof data === 'object') {
    const masks = isObject(mask) ? mask : NO_MASKS;
    const map: ValueMap = new Map();
    for (const k of Object.keys(data)) map.set(k, planValue((data as Record<string, unknown>)[k], Object.hasOwn(masks, k) ? masks[k] : undefined, planned, links?.key?.(k), depth + 1));
    if (masks !== NO_MASKS) for (const k of Object.keys(masks)) if (!map.has(k) && masks[k] === true) map.set(k, planValue(undefined, true, planned, links?.key?.(k), depth + 1));
    return known(map, origin, refs);
  }
  if (!refs?.length && (data === undefined || data === null || typeof data === 'boolean')) {
    const key = data === undefined || data === null ? 'null' : data ? 'true' : 'false';
    return (shared[key] ??= known(data ?? null, origin));
  }
  return known(data as string | number | boolean, origin, refs);
}
