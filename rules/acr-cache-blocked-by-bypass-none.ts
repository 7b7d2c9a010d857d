import type { CacheRule, Registry } from '../src/adapt/acr-model.js';
import { moduleCallHint, originClause, describeUnknowns } from '../src/engine/describe.js';
import type { Report, Rule, RuleContext } from '../src/engine/rule.js';
import { restrictionOf } from '../src/adapt/restriction.js';
import { equals, stringOf } from '../src/model/value.js';

/**
 * ACR001: Artifact Cache on a network-restricted registry whose trusted-services bypass is `None`.
 * Fact: azure-facts §4.7 — "Artifact cache can't populate the target registry when
 * trusted-services access is disabled" (artifact-cache-cli.md / artifact-cache-portal.md, 2026-08-13);
 * the user report behind it: pulls keep working while cached repositories show 0 tags.
 */
export const acrCacheBlockedByBypassNone: Rule = {
  meta: {
    id: 'ACR001',
    name: 'acr-cache-blocked-by-bypass-none',
    defaultLevel: 'error',
    securitySeverity: 5.0,
    tags: ['reliability', 'networking', 'artifact-cache', 'azure', 'acr'],
    shortDescription: 'Artifact Cache cannot store anything: the registry is network-restricted and trusted Azure services are not allowed',
    fullDescription:
      'A registry with cache rules that is network-restricted (public network access disabled, or network rules with default action Deny) ' +
      'and has network_rule_bypass_option = "None" cannot be populated by Artifact Cache, as Azure documents. Users report that pulls ' +
      'through the cache rules keep working while the cached repositories stay at 0 tags and 0 manifests, so nothing warns. ' +
      'Set network_rule_bypass_option = "AzureServices".',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry(ctx, registry);
    for (const rule of ctx.model.orphanCacheRules) {
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.registryId,
        ...(rule.registryId ? { value: rule.registryId } : {}),
        level: 'note',
        message:
          `Cannot check whether Artifact Cache rule ${rule.resource.address} can store images: its registry is not in the scanned ` +
          `configuration (${rule.paths.registryId}: ${rule.registryId && !rule.registryId.known ? rule.registryId.why : 'does not refer to a registry resource here'}). ` +
          'Lint the configuration that defines the registry too, or check its network_rule_bypass_option there.',
      });
    }
  },
};

function checkRegistry(ctx: RuleContext, registry: Registry): void {
  // A cache rule whose count/for_each is unknown may not exist: it alone cannot make an error.
  const certain = registry.cacheRules.filter((r) => r.resource.unknownInstances === undefined);
  const uncertain = registry.cacheRules.filter((r) => r.resource.unknownInstances !== undefined);
  if (certain.length === 0 && uncertain.length === 0) return;
  const restriction = restrictionOf(registry);
  const bypass = registry.settings.networkRuleBypass;
  const bypassIsNone = equals(bypass, 'None', true);
  if (restriction.kind === 'open' || (!bypassIsNone && bypass.known)) return;

  const base: Pick<Report, 'subject' | 'attribute' | 'value' | 'context'> = {
    subject: registry.resource,
    attribute: registry.paths.networkRuleBypass,
    value: bypass,
    ...(restriction.kind === 'restricted' ? { context: [{ origin: restriction.by.origin, message: `the registry is network-restricted here (${restriction.reason})` }] } : {}),
  };
  const fix = `set ${registry.paths.networkRuleBypass} = "AzureServices"${moduleCallHint(bypass)}`;
  if (restriction.kind === 'restricted' && bypassIsNone && certain.length > 0) {
    ctx.report({
      ...base,
      message:
        `Artifact Cache on ${registry.resource.address} cannot store images: the registry is network-restricted (${restriction.reason}) ` +
        `and ${registry.paths.networkRuleBypass} is "None"${originClause(bypass.origin)}, and Azure documents that Artifact Cache cannot ` +
        `populate a network-restricted registry while trusted-services access is disabled. Affected cache rules: ${describeCacheRules(ctx, certain)}. ` +
        `Pulls through them may still succeed while the cached repositories stay empty. Fix: ${fix}.`,
    });
    return;
  }
  // Something decisive is unknown: say what could not be proven, at note level, naming every unknown input.
  const unknowns = [
    ...(!bypass.known ? [`${registry.paths.networkRuleBypass} is unknown (${bypass.why})`] : []),
    ...(restriction.kind === 'unknown' ? [`whether the registry is network-restricted is unknown (${describeUnknowns(restriction.unknowns, bypass.known ? undefined : bypass.why)})`] : []),
    ...(certain.length === 0 ? uncertain.map((r) => `whether ${r.resource.address} exists is unknown (${r.resource.unknownInstances})`) : []),
  ];
  ctx.report({
    ...base,
    level: 'note',
    message:
      `Cannot prove that Artifact Cache on ${registry.resource.address} can store images: ${unknowns.join('; ')}. ` +
      `If the registry is network-restricted and its bypass is "None", the cache rules ${describeCacheRules(ctx, [...certain, ...uncertain])} cannot store images. ` +
      `To be safe: ${fix}.`,
  });
}

function describeCacheRules(ctx: RuleContext, rules: CacheRule[]): string {
  return rules
    .map((rule) => {
      const source = stringOf(rule.sourceRepository);
      const target = stringOf(rule.targetRepository);
      return source && target ? `${rule.resource.address} (${ctx.quote(source)} → ${ctx.quote(target)})` : rule.resource.address;
    })
    .join(', ');
}
