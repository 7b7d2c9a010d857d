/**
 * Which registries the module calls tf-acr-lint does not read are given: through an argument that
 * refers to the registry (its id, its name, an output of the module that holds it), or that holds
 * its id written literally. Such a call may create children of the registry (a private endpoint)
 * that the model cannot show, so rules that conclude from their absence must say they cannot tell.
 */
import type { UnreadCallArgument, UnreadModuleCall } from '../model/graph.js';
import type { Value } from '../model/value.js';
import { summarize, type SummaryCache } from '../model/value-summary.js';
import type { Registry, UnreadCallGiven } from './acr-model.js';

/** Finds registries within a root module: by the addresses a value refers to, or by a literal ARM id. */
export interface RegistryLookup {
  /** Every registry among `refs` (a call may be given several, and may act on each). */
  referred(root: string, refs: readonly string[]): Registry[];
  /** The registry a literal ARM registry id names, if it is in the root module. */
  byLiteralId(root: string, id: string): Registry | undefined;
}

/** Each registry `call` is given, with the argument that gives it: one entry per registry and argument. */
export function registriesGivenTo(call: UnreadModuleCall, lookup: RegistryLookup): { registry: Registry; given: UnreadCallGiven }[] {
  const out: { registry: Registry; given: UnreadCallGiven }[] = [];
  for (const argument of call.arguments) {
    const byRef = lookup.referred(call.root, argument.refs);
    const byId = literalIds(argument.value)
      .map((s) => lookup.byLiteralId(call.root, s))
      .filter((r): r is Registry => r !== undefined && !byRef.includes(r));
    for (const registry of new Set([...byRef, ...byId])) {
      out.push({ registry, given: { call, argument, receives: byRef.includes(registry) ? received(argument, registry) : 'its id, written literally' } });
    }
  }
  return out;
}

/**
 * What of `registry` the argument holds: an attribute read as it is (`….id`, known only after
 * apply), an attribute whose known value a part derived from the registry holds (`….name`), or,
 * when the value was computed from the registry, only that.
 */
function received(argument: UnreadCallArgument, registry: Registry): string {
  const address = registry.resource.address;
  const read = summarize(argument.value, attributesRead, (p) => (!p.known && p.resourceAttribute ? [`${p.resourceAttribute.address}.${p.resourceAttribute.name}`] : NONE));
  const attribute = read.find((a) => a.startsWith(`${address}.`) && !a.slice(address.length + 1).includes('.'));
  if (attribute) return attribute;
  const derived = new Set(
    summarize(argument.value, derivedStrings, (p) => (p.known && typeof p.value === 'string' ? (p.refs ?? NONE).map((ref) => `${ref}\u0000${p.value as string}`) : NONE))
      .filter((item) => item.startsWith(`${address}\u0000`))
      .map((item) => item.slice(address.length + 1)),
  );
  for (const [name, value] of registry.resource.attributes) if (value.known && typeof value.value === 'string' && derived.has(value.value)) return `${address}.${name}`;
  return `a value derived from ${address}`;
}

const NONE: readonly string[] = [];
/** `address.attribute` of every resource attribute read as it is, in each list or map (see value-summary.ts). */
const attributesRead: SummaryCache<string> = new WeakMap();
/** `ref NUL string` of every known string derived from a resource, in each list or map. */
const derivedStrings: SummaryCache<string> = new WeakMap();
/** The strings that may be ARM registry ids, in each list or map. */
const idStrings: SummaryCache<string> = new WeakMap();

/** The known strings in `v` and its parts that may be registry ids. */
function literalIds(v: Value): string[] {
  return summarize(v, idStrings, (p) => (p.known && typeof p.value === 'string' && /\/registries\//i.test(p.value) ? [p.value] : NONE));
}
