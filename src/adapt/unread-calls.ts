/**
 * Which registries the module calls tf-acr-lint does not read are given: through an argument that
 * refers to the registry (its id, its name, the resource itself, an output of the module that holds
 * it), or that holds its id written literally. Such a call may create children of the registry (a
 * private endpoint) that the model cannot show, so rules that conclude from their absence must say
 * they cannot tell. A value read from the registry that does not name it (its resource group,
 * location or tags when known, its login server or identity block) does not give it: a private
 * endpoint names its target. An unknown value computed from the registry (an attribute inside a
 * block, `identity[0].principal_id`, looks the same) may hold its id, so it gives it.
 */
import type { UnreadCallArgument, UnreadModuleCall } from '../model/graph.js';
import { stringOf, type Value } from '../model/value.js';
import { summarize, type SummaryCache } from '../model/value-summary.js';
import type { Registry, UnreadCallGiven } from './acr-model.js';

/** Finds registries within a root module: by the addresses a value refers to, or by a literal ARM id. */
export interface RegistryLookup {
  /** Every registry among `refs` (a call may be given several, and may act on each). */
  referred(root: string, refs: readonly string[]): Registry[];
  /** The registry a literal ARM registry id names, if it is in the root module. */
  byLiteralId(root: string, id: string): Registry | undefined;
}

/** One registry a part of a value gives, and what of it (see `UnreadCallGiven.receives`); ranked, lower first. */
interface GivenPart {
  registry: Registry;
  receives: string;
  rank: number;
}

/** Computed attributes of a registry that name it: a read of another one (`login_server`, `identity`) is not the registry. */
const NAMING_ATTRIBUTES = new Set(['id', 'name']);

const NONE: readonly GivenPart[] = [];

/**
 * Links the calls of one adapt run to the registries they are given. What each list or map gives is
 * gathered once (see value-summary.ts), so a large local given to thousands of call instances costs
 * one walk, and each instance only the few registries it gives.
 */
export class UnreadCallLinks {
  private readonly caches = new Map<string, SummaryCache<GivenPart>>();
  private readonly interned = new Map<string, GivenPart>();

  constructor(private readonly lookup: RegistryLookup) {}

  /** Each registry `call` is given, with the argument that gives it: one entry per registry and argument. */
  registriesGivenTo(call: UnreadModuleCall): { registry: Registry; given: UnreadCallGiven }[] {
    const out: { registry: Registry; given: UnreadCallGiven }[] = [];
    for (const argument of call.arguments) {
      const best = new Map<Registry, GivenPart>();
      for (const part of this.partsGiven(call.root, argument)) {
        const seen = best.get(part.registry);
        if (!seen || part.rank < seen.rank) best.set(part.registry, part);
      }
      for (const { registry, receives } of best.values()) out.push({ registry, given: { call, argument, receives } });
    }
    return out;
  }

  private partsGiven(root: string, argument: UnreadCallArgument): GivenPart[] {
    let cache = this.caches.get(root);
    if (!cache) this.caches.set(root, (cache = new WeakMap()));
    return summarize(argument.value, cache, (part) => this.given(root, part));
  }

  /** The registries one value (not its parts) gives. */
  private given(root: string, part: Value): readonly GivenPart[] {
    const out: GivenPart[] = [];
    if (!part.known && part.resourceAttribute) {
      // Read as it is: the registry only when it is its id or name.
      const { address, name } = part.resourceAttribute;
      const [registry] = this.lookup.referred(root, [address]);
      if (registry && NAMING_ATTRIBUTES.has(name)) out.push(this.intern(registry, `${address}.${name}`, 0));
      return out;
    }
    for (const registry of part.refs ? this.lookup.referred(root, part.refs) : []) {
      const address = registry.resource.address;
      const name = stringOf(registry.resource.attributes.get('name'));
      if (!part.known) {
        // Computed from the registry and something unknown: what it holds cannot be told.
        out.push(this.intern(registry, `a value derived from ${address}`, 3));
      } else if (part.value === registry.resource.attributes) {
        out.push(this.intern(registry, address, 2));
      } else if (typeof part.value === 'string' && name !== undefined && part.value.toLowerCase().includes(name.toLowerCase())) {
        // An unknown name makes every string built from it unknown: a known string then holds another attribute (its resource group, its location).
        out.push(part.value === name ? this.intern(registry, `${address}.name`, 1) : this.intern(registry, `a value derived from ${address}`, 3));
      }
    }
    if (part.known && typeof part.value === 'string' && /\/registries\//i.test(part.value)) {
      const registry = this.lookup.byLiteralId(root, part.value);
      if (registry) out.push(this.intern(registry, 'its id, written literally', 4));
    }
    return out.length === 0 ? NONE : out;
  }

  /** One object per registry and text, so that a part given by many values is gathered once. */
  private intern(registry: Registry, receives: string, rank: number): GivenPart {
    const key = `${registry.resource.root}\u0000${registry.resource.address}\u0000${receives}`;
    let part = this.interned.get(key);
    if (!part) this.interned.set(key, (part = { registry, receives, rank }));
    return part;
  }
}
