import type { PrivateEndpoint, Registry, RegistrySetting } from '../src/adapt/acr-model.js';
import { originClause } from '../src/engine/describe.js';
import type { Level } from '../src/engine/finding.js';
import type { Rule, RuleContext } from '../src/engine/rule.js';
import { attr, isFalse, isTrue, listOf, mapOf, stringOf, type Value } from '../src/model/value.js';

/**
 * ACR010: a Premium-only feature on a registry whose sku is known to be Basic or Standard.
 * Facts: azure-facts §2.1 (the azurerm provider refuses each of these settings on a non-Premium sku,
 * at plan time through CustomizeDiff or at create time), §2.5 and §4.1 (private endpoints and network
 * rules are Premium only), §4.8 (retention policy is Premium only). For the azapi spelling the
 * provider does not check; the Azure docs name network rules, private endpoints, retention, disabled
 * export (data-loss-prevention.md), dedicated data endpoints and customer-managed keys as Premium
 * features. Quarantine, zone redundancy and disabled public network access have no such Azure statement
 * (zone redundancy is now on for every tier, azure-facts §4.1; the public-access and private-link pages
 * name IP rules and private endpoints as Premium, not the public-access switch), so for azapi those
 * three are notes.
 */
export const acrPremiumFeatureOnLowerSku: Rule = {
  meta: {
    id: 'ACR010',
    name: 'acr-premium-feature-on-lower-sku',
    defaultLevel: 'error',
    securitySeverity: 4.0,
    tags: ['reliability', 'azure', 'acr'],
    shortDescription: 'A Premium-only registry feature is configured on a Basic or Standard registry',
    fullDescription:
      'Network rules, disabling public network access, retention policies, quarantine, disabling the export policy, dedicated data endpoints, zone redundancy, geo-replication, customer-managed keys and private endpoints need the Premium tier. On Basic or Standard, the azurerm provider rejects the configuration at plan or create time. With azapi, Azure documents most of these as Premium features; quarantine, zone redundancy and disabled public network access are reported as notes there.',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry(ctx, registry);
  },
};

/** Whether a feature is on: true, false, or undefined when its value is unknown. */
type Active = (v: Value, registry: Registry) => boolean | undefined;

interface Feature {
  setting: RegistrySetting;
  /** What the feature is, for messages. */
  label: string;
  active: Active;
  /** How to turn it off, written with the setting's path. */
  fix: (path: string, registry: Registry) => string;
  /** Level for the azapi spelling when no Azure source says the service rejects it. */
  azapiLevel?: Level;
  /** The module input value that turns it off, when the value is a module's default (AVM). */
  moduleOff: string;
  /** The AVM module input a precondition of the module checks against the sku (azure-facts §1.6), when there is one. */
  avmPrecondition?: string;
}

const knownNonNull: Active = (v) => (v.known ? v.value !== null : undefined);
const flag =
  (whenOn: boolean): Active =>
  (v) =>
    v.known ? (whenOn ? isTrue(v) : isFalse(v)) : undefined;

const FEATURES: readonly Feature[] = [
  {
    setting: 'networkRuleSet',
    moduleOff: 'null',
    avmPrecondition: 'network_rule_set',
    label: 'network rules',
    active: knownNonNull,
    fix: (path, r) => (r.spelling === 'azurerm' ? `remove the ${path} block (write \`${path} = []\` to clear rules Azure already holds)` : `remove ${path}`),
  },
  {
    setting: 'publicNetworkAccessEnabled',
    moduleOff: 'true',
    label: 'disabled public network access',
    active: flag(false),
    fix: (path, r) => `set ${path} = ${r.spelling === 'azapi' ? '"Enabled"' : 'true'} (or remove it)`,
    // The provider refuses it at create time (azure-facts §2.1); no Azure page read says ARM does.
    azapiLevel: 'note',
  },
  {
    setting: 'retentionDays',
    moduleOff: 'null',
    label: 'a retention policy for untagged manifests',
    active: (v) => (v.known ? typeof v.value === 'number' && v.value > 0 : undefined),
    // `retention_policy` is the azurerm v3 block `{ days, enabled }`, which `enabled = false` turns off.
    fix: (path, r) => (r.spelling === 'azapi' ? `remove ${path} or set its status to "disabled"` : path === 'retention_policy' ? `set enabled = false in the ${path} block, or remove it` : `remove ${path}`),
  },
  {
    setting: 'quarantinePolicyEnabled',
    moduleOff: 'false',
    label: 'the quarantine policy',
    active: flag(true),
    fix: (path, r) => (r.spelling === 'azapi' ? `remove ${path} or set it to "disabled"` : `remove ${path} or set it to false`),
    azapiLevel: 'note',
  },
  {
    setting: 'exportPolicyEnabled',
    moduleOff: 'true',
    label: 'a disabled export policy',
    active: flag(false),
    fix: (path, r) => (r.spelling === 'azapi' ? `remove ${path} or set it to "enabled"` : `remove ${path} or set it to true`),
  },
  {
    setting: 'dataEndpointEnabled',
    moduleOff: 'false',
    label: 'dedicated data endpoints',
    active: flag(true),
    fix: (path) => `remove ${path} or set it to false`,
  },
  {
    setting: 'zoneRedundancyEnabled',
    moduleOff: 'false',
    avmPrecondition: 'zone_redundancy_enabled',
    label: 'zone redundancy',
    active: flag(true),
    fix: (path, r) => (r.spelling === 'azapi' ? `remove ${path} or set it to "Disabled"` : `remove ${path} or set it to false`),
    azapiLevel: 'note',
  },
  {
    setting: 'georeplications',
    moduleOff: '[]',
    label: 'geo-replication',
    active: (v) => (v.known ? (listOf(v)?.length ?? mapOf(v)?.size ?? 0) > 0 : undefined),
    fix: (path) => `remove the ${path} blocks`,
  },
  {
    setting: 'customerManagedKey',
    moduleOff: 'null',
    avmPrecondition: 'customer_managed_key',
    label: 'a customer-managed encryption key',
    active: customerManagedKey,
    fix: (path) => `remove ${path}`,
  },
];

/**
 * A known encryption setting is a customer-managed key unless it says it is off: azurerm v3 state
 * shows `encryption { enabled = false, key_vault_key_id = "" }` for every registry without one.
 */
function customerManagedKey(v: Value): boolean | undefined {
  if (!v.known) return undefined;
  if (v.value === null) return false;
  if (isFalse(attr(v, 'enabled'))) return false;
  const key = attr(v, 'key_vault_key_id');
  return !(key?.known && (key.value === '' || key.value === null));
}

/** The tiers without the Premium features (azure-facts §2.1: `sku` is Basic, Standard or Premium). */
const LOWER_TIERS = ['Basic', 'Standard'] as const;

function checkRegistry(ctx: RuleContext, registry: Registry): void {
  const sku = registry.settings.sku;
  if (!sku.known) return reportUnknownSku(ctx, registry);
  const tier = LOWER_TIERS.find((t) => t.toLowerCase() === stringOf(sku)?.toLowerCase());
  if (!tier) return;
  const skuContext = [{ origin: sku.origin, message: `the sku is set to ${tier} here` }];
  const address = registry.resource.address;

  for (const feature of FEATURES) {
    const value = registry.settings[feature.setting];
    const path = registry.paths[feature.setting];
    const on = feature.active(value, registry);
    if (on === false) continue;
    if (on === undefined) {
      // A plan shows Computed attributes (network_rule_set, encryption) as unknown for every new
      // registry: that is not something the configuration asked for, so stay silent.
      if (value.origin.provenance.kind === 'plan' || value.known) continue;
      ctx.report({
        subject: registry.resource,
        attribute: path,
        value,
        context: skuContext,
        level: 'note',
        message:
          `Cannot tell whether ${address} asks for ${feature.label}, a Premium-only feature, on its ${tier} sku: ${path} is unknown (${value.why}). ` +
          `If it does, ${rejection(registry)} Either upgrade the sku to Premium or make sure ${path} leaves the feature off.`,
      });
      continue;
    }
    const level = registry.spelling === 'azapi' ? feature.azapiLevel : undefined;
    const p = value.origin.provenance;
    const off = p.kind === 'module-default' ? `set ${p.input} = ${feature.moduleOff} in ${p.call}` : feature.fix(path, registry);
    ctx.report({
      subject: registry.resource,
      attribute: path,
      value,
      context: skuContext,
      ...(level ? { level } : {}),
      message:
        `${address} is ${tier}${originClause(sku.origin)}, but ${path}${originClause(value.origin)} asks for ${feature.label}, a Premium-only feature. ` +
        `${level === 'note' ? unconfirmed(feature) : capitalize(rejection(registry, feature))} Fix: set ${registry.paths.sku} = "Premium", or ${off}.`,
    });
  }

  for (const endpoint of registry.privateEndpoints) reportEndpoint(ctx, registry, endpoint, tier, skuContext);
}

/** A private endpoint to a Basic/Standard registry: the finding lands on the endpoint's connection. */
function reportEndpoint(ctx: RuleContext, registry: Registry, endpoint: PrivateEndpoint, tier: string, skuContext: { origin: Value['origin']; message: string }[]): void {
  const maybe = endpoint.resource.unknownInstances !== undefined;
  ctx.report({
    subject: endpoint.resource,
    attribute: endpoint.path,
    value: endpoint.registryId,
    context: skuContext,
    ...(maybe ? { level: 'note' as const } : {}),
    message:
      `Private endpoint ${endpoint.resource.address} connects to ${registry.resource.address}, whose sku is ${tier}${originClause(registry.settings.sku.origin)}; ` +
      `Azure offers private endpoints for a container registry on the Premium tier only.` +
      (maybe ? ` (Whether this endpoint exists is unknown: ${endpoint.resource.unknownInstances}.)` : '') +
      ` Fix: set ${registry.paths.sku} = "Premium" on the registry, or remove the private endpoint.`,
  });
}

/** Unknown sku: one note, and only when a Premium-only feature is definitely set. */
function reportUnknownSku(ctx: RuleContext, registry: Registry): void {
  const sku = registry.settings.sku;
  if (sku.known) return;
  const set = FEATURES.filter((f) => f.active(registry.settings[f.setting], registry) === true).map((f) => `${f.label} (${registry.paths[f.setting]})`);
  if (registry.privateEndpoints.length > 0) set.push(`private endpoints (${registry.privateEndpoints.map((e) => e.resource.address).join(', ')})`);
  if (set.length === 0) return;
  ctx.report({
    subject: registry.resource,
    attribute: registry.paths.sku,
    value: sku,
    level: 'note',
    message:
      `Cannot check that ${registry.resource.address} is Premium: ${registry.paths.sku} is unknown (${sku.why}), and the registry uses Premium-only features: ${set.join(', ')}. ` +
      `If the sku turns out to be Basic or Standard, ${rejection(registry)} Make sure ${registry.paths.sku} is "Premium".`,
  });
}

/**
 * Who refuses the feature on a lower sku: for a registry of the AVM module with a precondition on it,
 * the module itself at plan time (since 0.5.0 it even sends `zone_redundancy_enabled = false` to azurerm
 * on a lower sku, so the provider never sees it); otherwise the provider, or for azapi Azure.
 */
function rejection(registry: Registry, feature?: Feature): string {
  if (registry.knownModule && feature?.avmPrecondition) {
    return `${registry.knownModule.name} refuses it in a precondition (${feature.avmPrecondition} needs sku "Premium"), so terraform plan stops.`;
  }
  return registry.spelling === 'azapi'
    ? 'the azapi provider does not check this, and Azure documents it as a feature of the Premium tier only.'
    : 'the azurerm provider rejects it on a non-Premium sku (at plan or create time).';
}

function unconfirmed(feature: Feature): string {
  return feature.setting === 'zoneRedundancyEnabled'
    ? 'The azurerm provider allows it only on Premium; for the ARM property Azure now says zone redundancy is on by default for every tier, and does not say whether it rejects the property on lower tiers (unconfirmed).'
    : 'The azurerm provider allows it only on Premium; no Azure source says whether ARM rejects the property on lower tiers (unconfirmed).';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

