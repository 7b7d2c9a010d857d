import type { Resource } from '../model/graph.js';
import type { Value } from '../model/value.js';

/** How a registry or child resource was written. */
export type Spelling = 'azurerm' | 'azapi';

/** An Artifact Cache rule attached to a registry. */
export interface CacheRule {
  resource: Resource;
  spelling: Spelling;
  name: Value;
  sourceRepository: Value;
  targetRepository: Value;
  /** Absent (known null) when the rule has no credential set. */
  credentialSetId: Value;
  /** The argument that names the registry (`container_registry_id`, azapi `parent_id`); absent when not written. */
  registryId?: Value;
  /** Attribute path of each field on `resource`, for reporting. */
  paths: { sourceRepository: string; targetRepository: string; credentialSetId: string; registryId: string };
}

/** A credential set (Key Vault secrets the cache uses to log in upstream). */
export interface CredentialSet {
  resource: Resource;
  spelling: Spelling;
  loginServer: Value;
}

/** A private endpoint whose connection targets a registry. */
export interface PrivateEndpoint {
  resource: Resource;
  subresourceNames: Value;
}

/**
 * The typed view of one registry, whichever way it was written. Every setting is a `Value` with
 * its origin; settings the configuration omits carry the provider/ARM default with that provenance.
 */
export interface Registry {
  resource: Resource;
  spelling: Spelling;
  sku: Value;
  publicNetworkAccessEnabled: Value;
  /** `Allow` / `Deny`; the default `Allow` when no rule set is written. */
  networkRuleDefaultAction: Value;
  /** `AzureServices` / `None`. */
  networkRuleBypass: Value;
  /** Attribute path on `resource` of each setting, for reporting. */
  paths: { publicNetworkAccess: string; networkRuleDefaultAction: string; networkRuleBypass: string };
  cacheRules: CacheRule[];
  credentialSets: CredentialSet[];
  privateEndpoints: PrivateEndpoint[];
}

/** Everything the rules read. */
export interface AcrModel {
  registries: Registry[];
  /** Cache rules whose registry is not in the configuration (or could not be resolved). */
  orphanCacheRules: CacheRule[];
}
