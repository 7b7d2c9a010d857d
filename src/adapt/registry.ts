/**
 * Registries from their two spellings: `azurerm_container_registry` and `azapi_resource` of type
 * `Microsoft.ContainerRegistry/registries`. Each spelling is a table from setting to where it is
 * written and what applies when it is not, so a rule reads one view whichever was used.
 */
import type { Resource } from '../model/graph.js';
import { known, unknown, type Value } from '../model/value.js';
import { REGISTRY_SETTINGS, type Registry, type RegistrySetting } from './acr-model.js';
import { ARM_REGISTRY_DEFAULTS, AZURERM_REGISTRY_DEFAULTS, defaultValue, unlisted, type DefaultSetting } from './defaults.js';
import { armType, asBool, asNumber, azapiBody, enabledFlag, firstBlock, readPath, written } from './values.js';

/** The ARM type of a registry, lower-cased. */
export const ARM_REGISTRY = 'microsoft.containerregistry/registries';

/** How one setting is read from one spelling. */
interface SettingSource {
  /** Attribute path, for messages and for reading (`body.properties.x` is read from the azapi body). */
  path: string;
  /** The path as this resource writes it, where an older spelling may stand for `path` (azurerm v3 blocks). */
  writtenPath?: (resource: Resource) => string | undefined;
  /** Reads the written value; undefined when not written. */
  read: (resource: Resource) => Value | undefined;
  /** What applies when it is not written. */
  absent: DefaultSetting | { unknown: string };
}

/** How each setting is read in one spelling. */
type SettingTable = Record<RegistrySetting, SettingSource>;

const attribute = (name: string, convert: (v: Value | undefined) => Value | undefined = (v) => v) => (r: Resource) => convert(written(r.attributes.get(name)));
const block = (name: string) => (r: Resource) => written(firstBlock(r.attributes.get(name)));
const body = (path: string[], convert: (v: Value | undefined) => Value | undefined = (v) => v) => (r: Resource) => convert(written(readPath(azapiBody(r), path)));
const D = AZURERM_REGISTRY_DEFAULTS;
const A = ARM_REGISTRY_DEFAULTS;

const AZURERM: SettingTable = {
  sku: { path: 'sku', read: attribute('sku'), absent: { unknown: 'sku is not set' } },
  publicNetworkAccessEnabled: { path: 'public_network_access_enabled', read: attribute('public_network_access_enabled', asBool), absent: D.public_network_access_enabled },
  networkRuleBypass: { path: 'network_rule_bypass_option', read: attribute('network_rule_bypass_option'), absent: D.network_rule_bypass_option },
  networkRuleSet: { path: 'network_rule_set', read: block('network_rule_set'), absent: D.network_rule_set },
  networkRuleDefaultAction: { path: 'network_rule_set.default_action', read: (r) => written(readPath(r.attributes.get('network_rule_set'), ['default_action'])), absent: D.default_action },
  adminEnabled: { path: 'admin_enabled', read: attribute('admin_enabled', asBool), absent: D.admin_enabled },
  anonymousPullEnabled: { path: 'anonymous_pull_enabled', read: attribute('anonymous_pull_enabled', asBool), absent: D.anonymous_pull_enabled },
  exportPolicyEnabled: { path: 'export_policy_enabled', read: attribute('export_policy_enabled', asBool), absent: D.export_policy_enabled },
  quarantinePolicyEnabled: { path: 'quarantine_policy_enabled', read: attribute('quarantine_policy_enabled', asBool), absent: D.quarantine_policy_enabled },
  dataEndpointEnabled: { path: 'data_endpoint_enabled', read: attribute('data_endpoint_enabled', asBool), absent: D.data_endpoint_enabled },
  zoneRedundancyEnabled: { path: 'zone_redundancy_enabled', read: attribute('zone_redundancy_enabled', asBool), absent: D.zone_redundancy_enabled },
  retentionDays: { path: 'retention_policy_in_days', writtenPath: azurermRetentionPath, read: azurermRetention, absent: D.retention_policy_in_days },
  georeplications: { path: 'georeplications', read: attribute('georeplications'), absent: D.georeplications },
  customerManagedKey: { path: 'encryption', read: block('encryption'), absent: D.encryption },
};

const AZAPI: SettingTable = {
  sku: { path: 'body.sku.name', read: body(['sku', 'name']), absent: { unknown: 'body.sku.name is not set' } },
  publicNetworkAccessEnabled: { path: 'body.properties.publicNetworkAccess', read: body(['properties', 'publicNetworkAccess'], enabledFlag), absent: A.publicNetworkAccess },
  networkRuleBypass: { path: 'body.properties.networkRuleBypassOptions', read: body(['properties', 'networkRuleBypassOptions']), absent: A.networkRuleBypassOptions },
  networkRuleSet: { path: 'body.properties.networkRuleSet', read: body(['properties', 'networkRuleSet']), absent: A.networkRuleSet },
  networkRuleDefaultAction: { path: 'body.properties.networkRuleSet.defaultAction', read: body(['properties', 'networkRuleSet', 'defaultAction']), absent: A.defaultAction },
  adminEnabled: { path: 'body.properties.adminUserEnabled', read: body(['properties', 'adminUserEnabled'], asBool), absent: A.notSet },
  anonymousPullEnabled: { path: 'body.properties.anonymousPullEnabled', read: body(['properties', 'anonymousPullEnabled'], asBool), absent: A.anonymousPullEnabled },
  exportPolicyEnabled: { path: 'body.properties.policies.exportPolicy.status', read: body(['properties', 'policies', 'exportPolicy', 'status'], enabledFlag), absent: A.exportPolicy },
  quarantinePolicyEnabled: { path: 'body.properties.policies.quarantinePolicy.status', read: body(['properties', 'policies', 'quarantinePolicy', 'status'], enabledFlag), absent: A.notSet },
  dataEndpointEnabled: { path: 'body.properties.dataEndpointEnabled', read: body(['properties', 'dataEndpointEnabled'], asBool), absent: A.notSet },
  zoneRedundancyEnabled: { path: 'body.properties.zoneRedundancy', read: body(['properties', 'zoneRedundancy'], enabledFlag), absent: A.zoneRedundancy },
  retentionDays: { path: 'body.properties.policies.retentionPolicy', read: azapiRetention, absent: A.retentionPolicy },
  // Replications are child resources (`registries/replications`) in ARM, not a registry property.
  georeplications: { path: 'body.properties', read: () => undefined, absent: A.notSet },
  customerManagedKey: { path: 'body.properties.encryption', read: azapiEncryption, absent: A.encryption },
};

/** `retention_policy_in_days` (azurerm v4+), or the v3 `retention_policy { days, enabled }` block. */
function azurermRetention(r: Resource): Value | undefined {
  const days = written(r.attributes.get('retention_policy_in_days'));
  if (days) return asNumber(days);
  const v3 = written(firstBlock(r.attributes.get('retention_policy')));
  if (!v3) return undefined;
  if (!v3.known) return v3;
  const enabled = asBool(readPath(v3, ['enabled']));
  if (!enabled?.known) return enabled;
  return enabled.value === true ? (asNumber(readPath(v3, ['days'])) ?? known(7, enabled.origin)) : known(null, enabled.origin);
}

/** `retention_policy` when only the v3 block is written, so messages name what the configuration says. */
function azurermRetentionPath(r: Resource): string | undefined {
  return !written(r.attributes.get('retention_policy_in_days')) && written(firstBlock(r.attributes.get('retention_policy'))) ? 'retention_policy' : undefined;
}

/** `policies.retentionPolicy = { status, days }`: days when enabled (ARM default days 7). */
function azapiRetention(r: Resource): Value | undefined {
  const policy = written(readPath(azapiBody(r), ['properties', 'policies', 'retentionPolicy']));
  if (!policy?.known) return policy;
  const status = enabledFlag(readPath(policy, ['status']));
  if (!status) return undefined;
  if (!status.known) return status;
  return status.value === true ? (readPath(policy, ['days']) ?? known(7, status.origin)) : known(null, status.origin);
}

/** `encryption.status = "enabled"` means a customer-managed key. */
function azapiEncryption(r: Resource): Value | undefined {
  const encryption = written(readPath(azapiBody(r), ['properties', 'encryption']));
  if (!encryption?.known) return encryption;
  const status = enabledFlag(readPath(encryption, ['status']));
  if (!status) return undefined;
  if (!status.known) return status;
  return status.value ? encryption : known(null, status.origin);
}

/** The typed view of a registry resource; undefined for anything else. */
export function toRegistry(resource: Resource): Registry | undefined {
  const spelling = resource.type === 'azurerm_container_registry' ? 'azurerm' : armType(resource) === ARM_REGISTRY && resource.type === 'azapi_resource' ? 'azapi' : undefined;
  if (!spelling) return undefined;
  const table = spelling === 'azurerm' ? AZURERM : AZAPI;
  const settings = {} as Record<RegistrySetting, Value>;
  const paths = {} as Record<RegistrySetting, string>;
  for (const name of REGISTRY_SETTINGS) {
    const source = table[name];
    paths[name] = source.writtenPath?.(resource) ?? source.path;
    settings[name] = source.read(resource) ?? unlisted(resource) ?? absentValue(source.absent);
  }
  return {
    resource,
    spelling,
    settings,
    paths,
    ...(resource.knownModule ? { knownModule: resource.knownModule } : {}),
    cacheRules: [],
    credentialSets: [],
    privateEndpoints: [],
    unreadCalls: [],
  };
}

function absentValue(absent: DefaultSetting | { unknown: string }): Value {
  return 'unknown' in absent ? unknown(absent.unknown, { provenance: { kind: 'literal' }, via: [] }) : defaultValue(absent);
}

/**
 * An `azapi_update_resource` on a registry overrides the settings its body names (azure-facts
 * §3.4: bypass settings can be changed out of band this way); findings then point at the update.
 */
export function applyRegistryUpdate(registry: Registry, update: Resource): void {
  const override = (name: RegistrySetting): void => {
    const source = AZAPI[name];
    const value = source.read(update);
    if (!value) return;
    registry.settings[name] = value;
    registry.paths[name] = `${source.path} of ${update.address}`;
  };
  for (const name of REGISTRY_SETTINGS) if (name !== 'sku' && name !== 'georeplications') override(name);
}
