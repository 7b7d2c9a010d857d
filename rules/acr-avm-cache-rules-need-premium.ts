import type { Registry } from '../src/adapt/acr-model.js';
import { originClause } from '../src/engine/describe.js';
import type { Rule, RuleContext } from '../src/engine/rule.js';
import { stringOf } from '../src/model/value.js';

/**
 * ACR015: the AVM registry module (≥ 0.8.0) refuses cache rules and credential sets below Premium.
 * Facts: azure-facts §1.6 (precondition `length(cache_rules)>0 || length(credential_sets)>0` requires
 * sku Premium, error "The Premium SKU is required when cache_rules or credential_sets are defined.";
 * AVM issue #230), §4.1 (Artifact Cache is available in Basic, Standard and Premium), §1.4 (the
 * module creates them as `module.cache_rule[…]` / `module.credential_set[…]` azapi children).
 */
export const acrAvmCacheRulesNeedPremium: Rule = {
  meta: {
    id: 'ACR015',
    name: 'acr-avm-cache-rules-need-premium',
    defaultLevel: 'error',
    securitySeverity: 1.0,
    tags: ['reliability', 'avm', 'artifact-cache', 'azure', 'acr'],
    shortDescription: 'The AVM registry module requires Premium for cache rules, although Azure does not',
    fullDescription:
      'From 0.8.0 the Azure Verified Module Azure/avm-res-containerregistry-registry/azurerm fails its precondition when cache_rules or credential_sets are set on a non-Premium SKU, although Artifact Cache is available on every tier (AVM issue #230). Use Premium, or the azurerm cache rule resources.',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry(ctx, registry);
  },
};

/** The first release with cache rules and credential sets, and the precondition. */
const FIRST = [0, 8, 0];

function checkRegistry(ctx: RuleContext, registry: Registry): void {
  const module = registry.knownModule;
  if (!module || !atLeastFirst(module.version)) return;
  const cacheRules = registry.cacheRules.filter((c) => c.avm?.call === module.call);
  const credentialSets = registry.credentialSets.filter((c) => c.avm?.call === module.call);
  if (cacheRules.length === 0 && credentialSets.length === 0) return;
  const sku = registry.settings.sku;
  const tier = stringOf(sku);
  // Unknown sku: the precondition may or may not hold; nothing to say until it is known.
  if (tier === undefined || tier === 'Premium') return;
  const inputs = [...(cacheRules.length > 0 ? ['cache_rules'] : []), ...(credentialSets.length > 0 ? ['credential_sets'] : [])].join(' and ');
  const version = module.version ?? 'version not pinned, so the newest release is assumed';
  const uncertain = [...cacheRules, ...credentialSets].every((c) => c.resource.unknownInstances !== undefined);
  // The plan certainly stops for a release known to have the precondition; an assumed one (no version pinned) may be newer and differ.
  const level = uncertain || module.version === undefined ? { level: 'note' as const } : {};
  ctx.report({
    subject: registry.resource,
    attribute: registry.paths.sku,
    value: sku,
    ...level,
    message:
      `${module.call} sets ${inputs} with sku = ${ctx.quote(tier)}${originClause(sku.origin)}, but ${module.name} (${version}) requires sku = "Premium" ` +
      `whenever cache_rules or credential_sets are given: its precondition fails with "The Premium SKU is required when cache_rules or ` +
      `credential_sets are defined.", so terraform plan stops${uncertain ? ` if ${inputs} ${inputs.includes(' and ') ? 'are' : 'is'} not empty (${[...cacheRules, ...credentialSets][0]!.resource.unknownInstances})` : ''}. ` +
      `Azure itself offers Artifact Cache on Basic, Standard and Premium (reported as AVM issue #230). Fix: set sku = "Premium", or keep ` +
      `${ctx.quote(tier)} and create the cache rules and credential sets outside the module (azurerm_container_registry_cache_rule / ` +
      `azurerm_container_registry_credential_set with container_registry_id, or azapi_resource with parent_id = ${module.call}.resource_id).`,
  });
}

/** True for a version at or after 0.8.0, or an unknown one (the newest release is assumed). */
function atLeastFirst(version: string | undefined): boolean {
  if (version === undefined) return true;
  const parts = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (!parts) return true;
  const v = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  for (let i = 0; i < 3; i++) if (v[i] !== FIRST[i]) return v[i]! > FIRST[i]!;
  return true;
}
