/**
 * Planned JSON data (`change.after` with `after_unknown`, or state values) as `Value`s with plan
 * provenance, each built once with the references its configuration expression gives it.
 */
import { known, unknown, type Origin, type Value, type ValueMap } from '../../model/value.js';
import type { ConfigExpression, ConfigExpressions } from './document.js';
import { isExpression } from './references.js';

/**
 * The references of a planned value and of its parts, from the configuration expressions that
 * wrote them: an attribute's expression, or a nested block's expressions field by field.
 */
export interface Links {
  /** The value's own references. */
  refs?: string[];
  /** The links of an object's attribute. */
  key?(name: string): Links | undefined;
  /** The links of a list's element. */
  item?(index: number): Links | undefined;
}

/**
 * The links of a resource's attributes: an attribute written as an expression refers to what
 * `resolve` finds for it; a nested block (one object of expressions, or a list of them) gives each
 * field of its list elements the references of that field's expression.
 */
export function attributeLinks(expressions: ConfigExpressions, resolve: (expression: ConfigExpression) => string[]): Links {
  const field = (exprs: unknown, name: string): Links | undefined => {
    if (exprs === null || typeof exprs !== 'object' || !Object.hasOwn(exprs, name)) return undefined;
    const expression = (exprs as Record<string, unknown>)[name];
    return isExpression(expression) ? { refs: resolve(expression) } : undefined;
  };
  return {
    key(name) {
      if (!Object.hasOwn(expressions, name)) return undefined;
      const expression = expressions[name];
      if (isExpression(expression)) return { refs: resolve(expression) };
      const blocks: unknown[] = Array.isArray(expression) ? expression : [expression];
      return { item: (index) => (blocks[index] ? { key: (name) => field(blocks[index], name) } : undefined) };
    },
  };
}

/** The attributes of a planned object, each a `Value` with plan provenance; `after_unknown` parts are unknown. */
export function planAttributes(after: unknown, afterUnknown: unknown, address: string, links?: Links): Map<string, Value> {
  const planned: Planned = { origin: { provenance: { kind: 'plan', address }, via: [] }, afterApply: `${address}: known only after apply` };
  const value = planValue(after ?? {}, afterUnknown, planned, links?.key ? { key: links.key } : undefined);
  return value.known && value.value instanceof Map ? value.value : new Map();
}

/** What the parts of one resource's planned values share. */
interface Planned {
  origin: Origin;
  /** Why a part `after_unknown` flags is unknown. */
  afterApply: string;
}

/** The `after_unknown` of an object it does not describe: nothing in it is unknown. */
const NO_MASKS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Converts planned JSON data, marking the parts `after_unknown` flags as known only after apply. */
function planValue(data: unknown, mask: unknown, planned: Planned, links: Links | undefined): Value {
  const { origin } = planned;
  if (mask === true) return unknown(planned.afterApply, origin, links?.refs);
  if (Array.isArray(data)) {
    const masks = Array.isArray(mask) ? mask : [];
    return known(
      data.map((e, i) => planValue(e, masks[i], planned, links?.item?.(i))),
      origin,
      links?.refs,
    );
  }
  if (data !== null && typeof data === 'object') {
    const masks = mask !== null && typeof mask === 'object' && !Array.isArray(mask) ? (mask as Record<string, unknown>) : NO_MASKS;
    const map: ValueMap = new Map();
    for (const k of Object.keys(data)) map.set(k, planValue((data as Record<string, unknown>)[k], masks[k], planned, links?.key?.(k)));
    if (masks !== NO_MASKS) for (const k of Object.keys(masks)) if (!map.has(k) && masks[k] === true) map.set(k, planValue(undefined, true, planned, links?.key?.(k)));
    return known(map, origin, links?.refs);
  }
  return known((data ?? null) as string | number | boolean | null, origin, links?.refs);
}
