/**
 * Defaults that apply when the configuration leaves a setting out, each with where it was read.
 * A default becomes a `Value` with `provider-default` provenance, so a finding can say
 * "not set, so the provider default X applies".
 */
import { known, type Value } from '../model/value.js';

/** A default value and the source that documents it. */
export interface DefaultSetting {
  value: string | boolean | null;
  source: string;
}

/** `azurerm_container_registry` (hashicorp/terraform-provider-azurerm `internal/services/containers/container_registry_resource.go`). */
export const AZURERM_REGISTRY_DEFAULTS = {
  network_rule_bypass_option: {
    value: 'AzureServices',
    source: 'azurerm provider default for network_rule_bypass_option (AzureServices since v2.86.0, unchanged through v5.2.0)',
  },
  public_network_access_enabled: {
    value: true,
    source: 'azurerm provider default for public_network_access_enabled (true)',
  },
  default_action: {
    value: 'Allow',
    source: 'azurerm provider default for network_rule_set.default_action (Allow); no network_rule_set means no network rules',
  },
} satisfies Record<string, DefaultSetting>;

/** `Microsoft.ContainerRegistry/registries` properties (azure-rest-api-specs `Registry.models.tsp`). */
export const ARM_REGISTRY_DEFAULTS = {
  networkRuleBypassOptions: {
    value: 'AzureServices',
    source: 'ARM default for properties.networkRuleBypassOptions (AzureServices)',
  },
  publicNetworkAccess: {
    value: 'Enabled',
    source: 'ARM default for properties.publicNetworkAccess (Enabled)',
  },
  defaultAction: {
    value: 'Allow',
    source: 'ARM default for properties.networkRuleSet.defaultAction (Allow); no networkRuleSet means no network rules',
  },
} satisfies Record<string, DefaultSetting>;

/** Optional arguments of the cache-rule resources that are simply absent when not written. */
export const ABSENT: DefaultSetting = { value: null, source: 'not set in the configuration' };

/** The value a setting takes when the configuration leaves it out. */
export function defaultValue(setting: DefaultSetting): Value {
  return known(setting.value, { provenance: { kind: 'provider-default', source: setting.source }, via: [] });
}
