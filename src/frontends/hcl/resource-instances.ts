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
  const value = unknown(computedWhy(instance.address, name, instance.mode === 'data'), literalOrigin(span), [instance.address]);
  return instance.mode === 'data' ? value : { ...value, resourceAttribute: { address: instance.address, type: instance.type, name } };
}

/** Why `subject.name` is unknown: a data source is read from Azure when Terraform plans, a resource's computed attribute after apply. */
export function computedWhy(subject: string, name: string, dataSource: boolean): string {
  return `${subject}.${name} ${dataSource ? 'is read from Azure only when Terraform plans' : 'is known only after apply'}`;
}
