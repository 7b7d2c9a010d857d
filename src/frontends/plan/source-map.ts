/**
 * Maps plan resources back to the `.tf` blocks they came from, when the configuration's sources are
 * at hand: the HCL front-end evaluates them, and each plan address (module path and instance key
 * included) finds its HCL resource. The plan's values stay authoritative; the HCL side lends them
 * places: the block, the attribute, the module call, and where a value was written when HCL
 * computed the same value for the same instance. A plan resource keeps its document's root (the plan file) whether or not
 * it maps: links never join two documents mapped to the same sources, nor split one document's
 * mapped resources from its unmapped ones.
 */
import { baseAddress } from '../../model/address.js';
import type { Resource } from '../../model/graph.js';
import { spanContains, type Span } from '../../model/span.js';
import type { ResourceAttribute, UnknownValue, Value } from '../../model/value.js';
import { deepEqual } from '../hcl/evaluate.js';

/**
 * Gives each plan resource the spans of its HCL counterpart; resources without one are left as they
 * are. An instance HCL did not expand (its keys unknown there, or other keys than the plan's) maps to
 * the first instance of its block, which lends only what every instance of the block shares.
 */
export function mapToSources(planResources: Resource[], hclResources: Resource[]): Resource[] {
  const exact = new Map(hclResources.map((r) => [r.address, r]));
  const byBase = new Map<string, Resource>();
  for (const r of hclResources) if (!byBase.has(baseAddress(r.address))) byBase.set(baseAddress(r.address), r);
  return planResources.map((p) => {
    const same = exact.get(p.address);
    if (same) return withSources(p, same, (planValue, hclValue) => lend(planValue, hclValue, same));
    const block = byBase.get(baseAddress(p.address));
    return block ? withSources(p, block, (planValue, hclValue) => lendAttributeHop(planValue, hclValue, block)) : p;
  });
}

/** `p` with `h`'s block spans, and its attributes as `lendTo` lends them `h`'s. */
function withSources(p: Resource, h: Resource, lendTo: (planValue: Value, hclValue: Value | undefined) => Value): Resource {
  const attributes = new Map<string, Value>();
  for (const [name, value] of p.attributes) attributes.set(name, lendTo(value, h.attributes.get(name)));
  return {
    ...p,
    attributes,
    ...(h.span ? { span: h.span } : {}),
    ...(h.headerSpan ? { headerSpan: h.headerSpan } : {}),
    ...(h.callSpans ? { callSpans: h.callSpans } : {}),
  };
}

/**
 * The plan value with the one hop of another instance's value that holds for every instance of the
 * block: the attribute written in the block (its trail's first place, inside the block). Where that
 * instance's value came from, and what it passed through beyond the block, are its own.
 */
function lendAttributeHop(planValue: Value, hclValue: Value | undefined, block: Resource): Value {
  const via = hclValue ? hopInBlock(hclValue, block) : [];
  return via.length === 0 ? planValue : { ...planValue, origin: { ...planValue.origin, via } };
}

/** The first hop of an HCL value's trail when it is inside `block` (the attribute written there), else none. */
function hopInBlock(hclValue: Value, block: Resource): Span[] {
  const hop = hclValue.origin.via[0];
  return hop && block.span && spanContains(block.span, hop) ? [hop] : [];
}

/**
 * The plan value with the HCL value's trail: its hops (the attribute in the block, the module
 * argument...) unless HCL computed another value, which may have come another way (the other
 * branch of a conditional), and then only the attribute in `block`; and where it was written
 * with its provenance when HCL computed the same scalar (otherwise the plan knows something the
 * sources alone do not, like a tfvars file passed to `terraform plan`).
 */
function lend(planValue: Value, hclValue: Value | undefined, block: Resource): Value {
  if (!hclValue) return planValue;
  const scalar = planValue.known && !Array.isArray(planValue.value) && !(planValue.value instanceof Map);
  const same = scalar && deepEqual(planValue, hclValue);
  const differs = planValue.known && hclValue.known && !deepEqual(planValue, hclValue);
  const origin = {
    ...(same && hclValue.origin.span ? { span: hclValue.origin.span } : {}),
    provenance: same ? hclValue.origin.provenance : planValue.origin.provenance,
    via: differs ? hopInBlock(hclValue, block) : hclValue.origin.via,
  };
  if (!planValue.known) {
    const attribute = sameResourceAttribute(planValue, hclValue);
    // What the value is comes from the sources then, and so does where it was written.
    return attribute ? { ...planValue, origin: hclValue.origin, resourceAttribute: attribute } : { ...planValue, origin };
  }
  if (!hclValue.known) return { ...planValue, origin };
  const p = planValue.value;
  const h = hclValue.value;
  if (Array.isArray(p)) return { ...planValue, origin, value: p.map((e, i) => lend(e, Array.isArray(h) ? h[i] : undefined, block)) };
  if (p instanceof Map) {
    const hm = h instanceof Map ? h : Array.isArray(h) && h[0]?.known && h[0].value instanceof Map ? h[0].value : undefined;
    return { ...planValue, origin, value: new Map([...p].map(([k, e]) => [k, lend(e, hm?.get(k), block)])) };
  }
  return { ...planValue, origin };
}

/**
 * A value the plan knows only after apply is, in the sources, a resource's attribute read as it is
 * (`azurerm_key_vault_secret.x.id`, see `UnknownValue.resourceAttribute`): the plan says which
 * resources the expression refers to, not whether it reads the attribute as it is or computes from
 * it. The same instance's expression in the sources tells, where the plan's references name that
 * resource too; otherwise the sources were not what the plan was made from.
 */
function sameResourceAttribute(planValue: UnknownValue, hclValue: Value): ResourceAttribute | undefined {
  const attribute = hclValue.known ? undefined : hclValue.resourceAttribute;
  if (attribute === undefined) return undefined;
  const resource = baseAddress(attribute.address);
  return planValue.refs?.some((ref) => baseAddress(ref) === resource) ? attribute : undefined;
}
