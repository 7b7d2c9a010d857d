/**
 * Turns the generic resource graph into the typed ACR view the rules read: registries with their
 * cache rules, credential sets and private endpoints, from either the azurerm resources or
 * `azapi_resource` with ARM types, plus the Key Vault resources credential sets depend on.
 * Children are linked to their registry through the references of the attribute that holds the
 * registry id, or through a known id. Module calls that are not read are linked to the registries
 * they are given (see `unread-calls.ts`).
 */
import { keyInRoot } from '../model/address.js';
import type { Graph, Resource } from '../model/graph.js';
import type { Value } from '../model/value.js';
import type { AcrModel, CacheRule, CredentialSet, Registry } from './acr-model.js';
import { isAdapted } from './adapted-types.js';
import { toCacheRule, toCredentialSet, toPrivateEndpoints } from './children.js';
import { UnreadCallLinks, type RegistryLookup } from './unread-calls.js';
import { toAccessPolicy, toKeyVault, toKeyVaultSecret, toRoleAssignment } from './key-vault.js';
import { ARM_REGISTRY, applyRegistryUpdate, toRegistry } from './registry.js';
import { armType } from './values.js';

/** Builds the ACR model from a graph. */
export function adapt(graph: Graph): AcrModel {
  // Managed resources, and the data sources the Key Vault side reads (see adapted-types.ts).
  const adapted = graph.resources.filter(isAdapted);
  const registries = adapted.map(toRegistry).filter((r): r is Registry => r !== undefined);
  const links = new RegistryLinks(registries);
  const orphanCacheRules: CacheRule[] = [];
  const orphanCredentialSets: CredentialSet[] = [];
  for (const resource of adapted) {
    const cacheRule = toCacheRule(resource);
    if (cacheRule) {
      const registry = links.find(resource, cacheRule.link);
      if (registry) registry.cacheRules.push(cacheRule.child);
      else orphanCacheRules.push(cacheRule.child);
    }
    const credentialSet = toCredentialSet(resource);
    if (credentialSet) (links.find(resource, credentialSet.link)?.credentialSets ?? orphanCredentialSets).push(credentialSet.child);
    for (const endpoint of toPrivateEndpoints(resource)) links.find(resource, endpoint.link)?.privateEndpoints.push(endpoint.child);
    if (resource.type === 'azapi_update_resource' && armType(resource) === ARM_REGISTRY) {
      // azapi names the resource to patch by `resource_id`, or by `name` under `parent_id` (for a registry, its resource group).
      const registry = links.find(resource, resource.attributes.get('resource_id')) ?? links.findNamed(resource, resource.attributes.get('name'));
      if (registry) applyRegistryUpdate(registry, resource);
    }
  }
  const unread = new UnreadCallLinks(links);
  for (const call of graph.unreadCalls ?? []) for (const { registry, given } of unread.registriesGivenTo(call)) registry.unreadCalls.push(given);
  return {
    registries,
    orphanCacheRules,
    orphanCredentialSets,
    keyVaults: collect(adapted, toKeyVault),
    keyVaultSecrets: collect(adapted, toKeyVaultSecret),
    roleAssignments: collect(adapted, toRoleAssignment),
    accessPolicies: collect(adapted, toAccessPolicy),
    unreadKeyVaults: adapted.filter((r) => armType(r) === 'microsoft.keyvault/vaults' && r.type === 'azapi_resource'),
  };
}

function collect<T>(resources: Resource[], read: (r: Resource) => T | undefined): T[] {
  return resources.map(read).filter((x): x is T => x !== undefined);
}

/** An ARM registry id, its name captured: `/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerRegistry/registries/<name>`. */
const REGISTRY_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerRegistry\/registries\/([^/]+)$/i;

/** Finds the registry a link value names, within the linking resource's root module. */
class RegistryLinks implements RegistryLookup {
  private readonly byAddress = new Map<string, Registry>();
  private readonly byId = new Map<string, Registry>();
  /** By known name; `undefined` for a name two registries of the root share (no one registry). */
  private readonly byName = new Map<string, Registry | undefined>();

  constructor(registries: Registry[]) {
    for (const r of registries) {
      this.byAddress.set(keyInRoot(r.resource.root, r.resource.address), r);
      // Existing registries in a plan or state have known ids; children may name the id literally.
      const id = r.resource.attributes.get('id');
      if (id?.known && typeof id.value === 'string') this.byId.set(keyInRoot(r.resource.root, id.value.toLowerCase()), r);
      const name = r.resource.attributes.get('name');
      if (name?.known && typeof name.value === 'string') {
        const key = keyInRoot(r.resource.root, name.value.toLowerCase());
        this.byName.set(key, this.byName.has(key) ? undefined : r);
      }
    }
  }

  /**
   * The registry whose address the link value refers to, or whose known id it equals (ARM ids
   * compare case-insensitively), or, for a literal registry id, the registry of the root module
   * with the name the id ends in: registry names are globally unique (facts-added.md), so the id
   * can name no other. A reference to several registries at once links to none rather than guessing.
   */
  find(from: Resource, link: Value | undefined): Registry | undefined {
    const found = this.linked(from, link, this.byId);
    if (found || !link?.known || typeof link.value !== 'string') return found;
    return this.namedById(from.root, link.value);
  }

  /** Every registry among `refs`, in the root module `root`. */
  referred(root: string, refs: readonly string[]): Registry[] {
    return [...new Set(refs.map((ref) => this.byAddress.get(keyInRoot(root, ref))).filter((r): r is Registry => r !== undefined))];
  }

  /** The registry of the root module `root` that a literal ARM registry id names: its known id, or the name it ends in. */
  byLiteralId(root: string, id: string): Registry | undefined {
    return this.byId.get(keyInRoot(root, id.toLowerCase())) ?? this.namedById(root, id);
  }

  /** The registry of the root module `root` with the name a literal ARM registry id ends in (names are globally unique). */
  private namedById(root: string, id: string): Registry | undefined {
    const name = REGISTRY_ID.exec(id)?.[1];
    return name === undefined ? undefined : this.byName.get(keyInRoot(root, name.toLowerCase()));
  }

  /** The registry a name value refers to, or whose known name it equals (registry names are case-insensitive). */
  findNamed(from: Resource, name: Value | undefined): Registry | undefined {
    return this.linked(from, name, this.byName);
  }

  private linked(from: Resource, link: Value | undefined, byLiteral: ReadonlyMap<string, Registry | undefined>): Registry | undefined {
    const matches = new Set((link?.refs ?? []).map((ref) => this.byAddress.get(keyInRoot(from.root, ref))).filter((r): r is Registry => r !== undefined));
    if (matches.size > 1) return undefined;
    if (matches.size === 1) return [...matches][0];
    return link?.known && typeof link.value === 'string' ? byLiteral.get(keyInRoot(from.root, link.value.toLowerCase())) : undefined;
  }
}
