/**
 * Maps plan resources back to the `.tf` blocks they came from, when the configuration's sources are
 * at hand: the HCL front-end evaluates them, and each plan address (module path and instance key
 * included) finds its HCL resource. The plan's values stay authoritative; the HCL side lends them
 * places: the block, the attribute, the module call, and where a value was written when HCL
 * computed the same value. A plan resource keeps its document's root (the plan file) whether or not
 * it maps: links never join two documents mapped to the same sources, nor split one document's
 * mapped resources from its unmapped ones.
 */
import { baseAddress } from '../../model/address.js';
import type { Resource } from '../../model/graph.js';
import type { Value } from '../../model/value.js';
import { deepEqual } from '../hcl/evaluate.js';

/** Gives each plan resource the spans of its HCL counterpart; resources without one are left as they are. */
export function mapToSources(planResources: Resource[], hclResources: Resource[]): Resource[] {
  const exact = new Map(hclResources.map((r) => [r.address, r]));
  const byBase = new Map<string, Resource>();
  for (const r of hclResources) if (!byBase.has(baseAddress(r.address))) byBase.set(baseAddress(r.address), r);
  return planResources.map((p) => {
    // Instances of one block share its spans, so an instance HCL could not expand (unknown keys) still maps.
    const h = exact.get(p.address) ?? byBase.get(baseAddress(p.address));
    return h ? withSources(p, h) : p;
  });
}

function withSources(p: Resource, h: Resource): Resource {
  const attributes = new Map<string, Value>();
  for (const [name, value] of p.attributes) attributes.set(name, lend(value, h.attributes.get(name)));
  return {
    ...p,
    attributes,
    ...(h.span ? { span: h.span } : {}),
    ...(h.headerSpan ? { headerSpan: h.headerSpan } : {}),
    ...(h.callSpans ? { callSpans: h.callSpans } : {}),
  };
}

/**
 * The plan value with the HCL value's trail: always its hops (the attribute in the block, the
 * module argument...), and where it was written with its provenance when HCL computed the same
 * scalar (otherwise the plan knows something the sources alone do not, like a tfvars file
 * passed to `terraform plan`).
 */
function lend(planValue: Value, hclValue: Value | undefined): Value {
  if (!hclValue) return planValue;
  const scalar = planValue.known && !Array.isArray(planValue.value) && !(planValue.value instanceof Map);
  const same = scalar && deepEqual(planValue, hclValue);
  const origin = {
    ...(same && hclValue.origin.span ? { span: hclValue.origin.span } : {}),
    provenance: same ? hclValue.origin.provenance : planValue.origin.provenance,
    via: hclValue.origin.via,
  };
  if (!planValue.known || !hclValue.known) return { ...planValue, origin };
  const p = planValue.value;
  const h = hclValue.value;
  if (Array.isArray(p)) return { ...planValue, origin, value: p.map((e, i) => lend(e, Array.isArray(h) ? h[i] : undefined)) };
  if (p instanceof Map) {
    const hm = h instanceof Map ? h : Array.isArray(h) && h[0]?.known && h[0].value instanceof Map ? h[0].value : undefined;
    return { ...planValue, origin, value: new Map([...p].map(([k, e]) => [k, lend(e, hm?.get(k))])) };
  }
  return { ...planValue, origin };
}
