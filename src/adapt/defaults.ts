/**
 * Defaults that apply when the configuration leaves a setting out, each with where it was read
 * (azure-facts.md §2.1 for azurerm, §3.1 for ARM). A default becomes a `Value` with
 * `provider-default` provenance, so a finding can say "not set, so X applies".
 */
import type { Resource } from '../model/graph.js';
import { fromPlain, unknown, type Value } from '../model/value.js';

/** A default value and the source that documents it. */
export interface DefaultSetting {
  /** Plain JSON data; `null` means "none" (no rule set, no retention, no customer-managed key). */
  value: unknown;
  source: string;
}

const AZURERM = 'azurerm azurerm_container_registry';

/** `azurerm_container_registry` (hashicorp/terraform-provider-azurerm `internal/services/containers/container_registry_resource.go`). */
export const AZURERM_REGISTRY_DEFAULTS = {
  network_rule_bypass_option: { value: 'AzureServices', source: `${AZURERM} default for network_rule_bypass_option (AzureServices since v2.86.0, unchanged through v5.2.0)` },
  public_network_access_enabled: { value: true, source: `${AZURERM} default for public_network_access_enabled (true)` },
  network_rule_set: {
    value: null,
    source: `${AZURERM}: no network_rule_set block (Optional+Computed: Azure keeps whatever rules the registry has; a new registry has none)`,
  },
  default_action: { value: 'Allow', source: `${AZURERM} default for network_rule_set.default_action (Allow)` },
  admin_enabled: { value: false, source: `${AZURERM} default for admin_enabled (false)` },
  anonymous_pull_enabled: { value: false, source: `${AZURERM}: anonymous_pull_enabled not set (off)` },
  export_policy_enabled: { value: true, source: `${AZURERM} default for export_policy_enabled (true)` },
  quarantine_policy_enabled: { value: false, source: `${AZURERM}: quarantine_policy_enabled not set (off)` },
  data_endpoint_enabled: { value: false, source: `${AZURERM}: data_endpoint_enabled not set (off)` },
  zone_redundancy_enabled: { value: false, source: `${AZURERM} default for zone_redundancy_enabled (false)` },
  retention_policy_in_days: { value: null, source: `${AZURERM}: retention_policy_in_days not set (no retention policy)` },
  georeplications: { value: [], source: `${AZURERM}: no georeplications` },
  encryption: { value: null, source: `${AZURERM}: no encryption block (Microsoft-managed keys)` },
} satisfies Record<string, DefaultSetting>;

const ARM = 'ARM Microsoft.ContainerRegistry/registries';

/** `Microsoft.ContainerRegistry/registries` properties (azure-rest-api-specs `Registry.models.tsp`). */
export const ARM_REGISTRY_DEFAULTS = {
  networkRuleBypassOptions: { value: 'AzureServices', source: `${ARM} default for properties.networkRuleBypassOptions (AzureServices)` },
  publicNetworkAccess: { value: true, source: `${ARM} default for properties.publicNetworkAccess (Enabled)` },
  networkRuleSet: { value: null, source: `${ARM}: no properties.networkRuleSet` },
  defaultAction: { value: 'Allow', source: `${ARM} default for properties.networkRuleSet.defaultAction (Allow)` },
  anonymousPullEnabled: { value: false, source: `${ARM} default for properties.anonymousPullEnabled (false)` },
  exportPolicy: { value: true, source: `${ARM} default for properties.policies.exportPolicy.status (enabled)` },
  zoneRedundancy: { value: false, source: `${ARM} default for properties.zoneRedundancy (Disabled)` },
  retentionPolicy: { value: null, source: `${ARM} default for properties.policies.retentionPolicy.status (disabled)` },
  encryption: { value: null, source: `${ARM}: no properties.encryption (Microsoft-managed keys)` },
  /** A property the body does not set and whose ARM default the facts do not record: not set, nothing assumed. */
  notSet: { value: null, source: `${ARM}: not set in the body` },
} satisfies Record<string, DefaultSetting>;

/** Optional arguments of child resources that are simply absent when not written. */
export const ABSENT: DefaultSetting = { value: null, source: 'not set in the configuration' };

/**
 * What an attribute `resource` does not list is when its attributes are unknown as a whole (see
 * `Resource.unknownAttributes`): unknown, saying why. Undefined otherwise: then it is absent, and a
 * default may apply.
 */
export function unlisted(resource: Resource): Value | undefined {
  const why = resource.unknownAttributes;
  return why === undefined ? undefined : unknown(why, { provenance: { kind: 'plan', address: resource.address }, via: [] });
}

/** `v`, or what an attribute of `resource` not listed is: unknown with its attributes, else the known null of an unwritten optional argument. */
export function orAbsent(v: Value | undefined, resource: Resource): Value {
  return v ?? unlisted(resource) ?? defaultValue(ABSENT);
}

/** The value a setting takes when the configuration leaves it out. */
export function defaultValue(setting: DefaultSetting): Value {
  return fromPlain(setting.value, { provenance: { kind: 'provider-default', source: setting.source }, via: [] });
}
