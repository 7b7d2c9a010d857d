/**
 * The typed ACR view the rules read. The adapter builds it from any spelling (azurerm resources,
 * `azapi_resource` with ARM types, the AVM module's resources); every setting is a `Value` with its
 * origin, and a setting the configuration omits carries the documented default with that provenance.
 */
import { keyInRoot } from '../model/address.js';
import type { KnownModuleInfo, Resource, UnreadCallArgument, UnreadModuleCall } from '../model/graph.js';
import { addPosition, itemsAt } from '../model/positions.js';
import type { Value } from '../model/value.js';
import { onceFor } from './once-for.js';

/** How a registry or child resource was written. */
export type Spelling = 'azurerm' | 'azapi';

/** The registry settings the rules read. */
export const REGISTRY_SETTINGS = [
  'sku',
  'publicNetworkAccessEnabled',
  /** `AzureServices` / `None`. */
  'networkRuleBypass',
  /** The network rule set object, or known `null` when none is configured. */
  'networkRuleSet',
  /** `Allow` / `Deny`; `Allow` when no rule set is configured. */
  'networkRuleDefaultAction',
  'adminEnabled',
  'anonymousPullEnabled',
  'exportPolicyEnabled',
  'quarantinePolicyEnabled',
  'dataEndpointEnabled',
  'zoneRedundancyEnabled',
  /** Days of the retention policy, or known `null` when there is none. */
  'retentionDays',
  /** The geo-replication list (empty when none). */
  'georeplications',
  /** The customer-managed key configuration, or known `null` when encryption uses Microsoft-managed keys. */
  'customerManagedKey',
] as const;

/** One registry setting. */
export type RegistrySetting = (typeof REGISTRY_SETTINGS)[number];

/**
 * One registry, whichever way it was written. `paths` give each setting's attribute path on
 * `resource` (or on an `azapi_update_resource` that overrides it), for messages and fingerprints.
 */
export interface Registry {
  resource: Resource;
  spelling: Spelling;
  settings: Record<RegistrySetting, Value>;
  paths: Record<RegistrySetting, string>;
  /** Set when the registry comes from a known module (its model in HCL, or its call in a plan). */
  knownModule?: KnownModuleInfo;
  cacheRules: CacheRule[];
  credentialSets: CredentialSet[];
  privateEndpoints: PrivateEndpoint[];
  /**
   * The calls of modules tf-acr-lint does not read that are given this registry, one per argument
   * that receives it: they may create what the model cannot show (a private endpoint to it).
   */
  unreadCalls: UnreadCallGiven[];
}

/** A module call tf-acr-lint does not read, and one argument of it that receives a registry. */
export interface UnreadCallGiven {
  call: UnreadModuleCall;
  argument: UnreadCallArgument;
  /**
   * What of the registry the argument receives, for messages: `azurerm_container_registry.acr.id`
   * (an attribute, read as it is), `its id, written literally`, or `a value derived from azurerm_container_registry.acr`.
   */
  receives: string;
}

/** An Artifact Cache rule attached to a registry. */
export interface CacheRule {
  resource: Resource;
  spelling: Spelling;
  name: Value;
  sourceRepository: Value;
  targetRepository: Value;
  /** Known `null` when the rule has no credential set. */
  credentialSetId: Value;
  /** The argument that names the registry (`container_registry_id`, azapi `parent_id`); absent when not written. */
  registryId?: Value;
  /**
   * The upstream identity (ACR-to-ACR caching): an azapi `identity` block, or `identity` in the body;
   * known `null` when there is none (always, for the azurerm spelling).
   */
  identity: Value;
  /** Set when the AVM registry module created the rule from an entry of its `cache_rules` input. */
  avm?: AvmEntry;
  /** Attribute path of each field on `resource`, for reporting. */
  paths: { name: string; sourceRepository: string; targetRepository: string; credentialSetId: string; registryId: string };
}

/** Which entry of a map input of the AVM registry module (`cache_rules`, `credential_sets`) created a child. */
export interface AvmEntry {
  /** The module call's address (`module.registry`). */
  call: string;
  /** The entry's instance key as written in the address, quoted (`"nginx"`). */
  key: string;
}

/** One username or password Key Vault secret id of a credential set. */
export interface CredentialSecret {
  value: Value;
  /** Attribute path on the resource; indexed when there are several credentials (`authentication_credentials[1].password_secret_id`). */
  path: string;
  kind: 'username' | 'password';
}

/** A credential set: the Key Vault secrets the cache logs in upstream with. */
export interface CredentialSet {
  resource: Resource;
  spelling: Spelling;
  loginServer: Value;
  /** The Key Vault secret ids (a username and a password per credential; azurerm allows one), usernames first. */
  secrets: CredentialSecret[];
  /**
   * The principal id of the set's system-assigned identity: known when a plan or state has it,
   * otherwise unknown with a reference to the credential set (Azure assigns it on create).
   */
  principalId: Value;
  /** Set when the AVM registry module created the set from an entry of its `credential_sets` input. */
  avm?: AvmEntry;
  paths: { loginServer: string };
}

/** A private endpoint whose connection targets a registry: an `azurerm_private_endpoint`, or an `azapi_resource` of the ARM type. */
export interface PrivateEndpoint {
  resource: Resource;
  /** The id the connection targets (`private_connection_resource_id`, ARM `privateLinkServiceId`): the value that links the endpoint to its registry. */
  registryId: Value;
  /** The attribute path of `registryId` in the resource. */
  path: string;
}

/** An `azurerm_key_vault`. */
export interface KeyVault {
  resource: Resource;
  name: Value;
  /** Inline `access_policy` blocks (a list, empty when none). */
  accessPolicies: Value;
  /**
   * The permission model: `true` for Azure RBAC (access policies are ignored), `false` for access
   * policies (the Key Vault data-plane roles do not apply); known `null` when not written.
   */
  rbacAuthorization: Value;
  /** Attribute paths on `resource`: `rbacAuthorization` is `rbac_authorization_enabled` or the deprecated `enable_rbac_authorization`. */
  paths: { rbacAuthorization: string };
}

/**
 * An `azurerm_key_vault_secret`: a resource, or a data source (`resource.mode` is `data`) that reads
 * a secret of a vault this configuration may not hold.
 */
export interface KeyVaultSecret {
  resource: Resource;
  /** The vault the secret is in. */
  keyVaultId: Value;
  /** The secret's name. */
  name: Value;
}

/** An `azurerm_role_assignment`. */
export interface RoleAssignment {
  resource: Resource;
  principalId: Value;
  scope: Value;
  /** `role_definition_name`, or known `null`. */
  roleName: Value;
  /** `role_definition_id`, or known `null`. */
  roleId: Value;
}

/** An `azurerm_key_vault_access_policy`. */
export interface KeyVaultAccessPolicy {
  resource: Resource;
  keyVaultId: Value;
  objectId: Value;
  secretPermissions: Value;
}

/** Everything the rules read. */
export interface AcrModel {
  registries: Registry[];
  /** Cache rules whose registry is not in the configuration (or could not be resolved). */
  orphanCacheRules: CacheRule[];
  /** Credential sets whose registry is not in the configuration (a platform team's registry, a data source). */
  orphanCredentialSets: CredentialSet[];
  keyVaults: KeyVault[];
  /** Secrets, managed ones and data sources. */
  keyVaultSecrets: KeyVaultSecret[];
  roleAssignments: RoleAssignment[];
  accessPolicies: KeyVaultAccessPolicy[];
  /**
   * Key Vaults this configuration declares in a form tf-acr-lint does not read (`azapi_resource` of
   * type `Microsoft.KeyVault/vaults`): their access is not known, but they are not outside it.
   */
  unreadKeyVaults: Resource[];
}

/** Every credential set, whether or not its registry is in the configuration. */
export function allCredentialSets(model: AcrModel): CredentialSet[] {
  return [...model.registries.flatMap((r) => r.credentialSets), ...model.orphanCredentialSets];
}

/** True when `value`, an argument of `from`, was derived from `to` by reference (addresses are unique per root module). */
export function refersTo(value: Value | undefined, from: Resource, to: Resource): boolean {
  return from.root === to.root && (value?.refs ?? []).includes(to.address);
}

/**
 * The items whose resource `value`, an argument of `from`, refers to (as `refersTo` tells), in
 * their order in `items`. They are looked up by address, not tested one by one: a credential set
 * per secret, or a role assignment per vault, would otherwise cost every pair.
 */
export function referredAmong<T extends { resource: Resource }>(value: Value | undefined, from: Resource, items: readonly T[]): T[] {
  const refs = value?.refs;
  if (!refs?.length) return [];
  const index = positionsByAddress(items);
  return itemsAt(items, refs.flatMap((ref) => index.get(keyInRoot(from.root, ref)) ?? []));
}

/** Positions in each list of items by root module and address, made once per list (the model's lists are not changed once built). */
const addressIndexes = new WeakMap<readonly { resource: Resource }[], Map<string, number[]>>();

function positionsByAddress(items: readonly { resource: Resource }[]): Map<string, number[]> {
  return onceFor(addressIndexes, items, () => {
    const index = new Map<string, number[]>();
    for (const [position, item] of items.entries()) addPosition(index, keyInRoot(item.resource.root, item.resource.address), position);
    return index;
  });
}
