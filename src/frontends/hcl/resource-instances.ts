/**
 * What a reference to a resource instance sees: the arguments its configuration sets, evaluated.
 * Every other attribute is computed by the provider and known only after apply; evaluation needs to
 * tell such an instance from any other map, so that `x.id`, `x["id"]` and `lookup(x, "id", …)` read
 * an attribute known after apply rather than a missing key.
 */
import type { Resource } from '../../model/graph.js';
import { known, literalOrigin, unknown, type Value, type ValueMap } from '../../model/value.js';
import type { Span } from '../../model/span.js';

/** The resource instances whose evaluated arguments a map is. */
const instances = new WeakMap<ValueMap, Pick<Resource, 'address' | 'type' | 'mode'>>();

/** The value of a resource instance: its evaluated arguments, with its address as the ref. */
export function instanceValue(resource: Resource): Value {
  instances.set(resource.attributes, resource);
  return known(resource.attributes, literalOrigin(resource.headerSpan), [resource.address]);
}

/**
 * An attribute the configuration of the instance whose arguments are `data` does not set: known
 * only after apply (read when Terraform plans, for a data source), and, for a managed resource,
 * marked as that attribute of that resource. Undefined when `data` is no resource instance.
 */
export function computedAttribute(data: ValueMap, name: string, span: Span): Value | undefined {
  const instance = instances.get(data);
  if (!instance) return undefined;
  if (instance.mode === 'data') return unknown(`${instance.address}.${name} is read from Azure only when Terraform plans`, literalOrigin(span), [instance.address]);
  return { ...unknown(`${instance.address}.${name} is known only after apply`, literalOrigin(span), [instance.address]), resourceAttribute: { address: instance.address, type: instance.type, name } };
}
