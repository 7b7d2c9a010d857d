import type { CacheRule, Registry } from '../src/adapt/acr-model.js';
import { originClause } from '../src/engine/describe.js';
import type { Rule } from '../src/engine/rule.js';
import { equals, isFalse, stringOf, type Value } from '../src/model/value.js';

/**
 * ACR001: Artifact Cache on a network-restricted registry whose trusted-services bypass is `None`.
 * Fact: azure-facts §4.7 — "Artifact cache can't populate the target registry when
 * trusted-services access is disabled" (artifact-cache-cli.md / artifact-cache-portal.md, 2026-08-13).
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
      'and has network_rule_bypass_option = "None" proxies pulls through its cache rules but never stores the images: ' +
      'repositories stay at 0 tags and 0 manifests and every pull goes to the upstream registry. Set network_rule_bypass_option = "AzureServices".',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) {
      if (registry.cacheRules.length === 0) continue;
      const restriction = restrictionOf(registry);
      const bypass = registry.networkRuleBypass;
      const bypassIsNone = equals(bypass, 'None', true);
      const bypassMayBeNone = !bypass.known;
      if (restriction.kind === 'open' || (!bypassIsNone && !bypassMayBeNone)) continue;

      const rules = describeCacheRules(registry.cacheRules);
      const fix = fixFor(registry);
      if (restriction.kind === 'restricted' && bypassIsNone) {
        ctx.report({
          subject: registry.resource,
          attribute: registry.paths.networkRuleBypass,
          value: bypass,
          context: [{ origin: restriction.by.origin, message: `the registry is network-restricted here (${restriction.reason})` }],
          message:
            `Artifact Cache on ${registry.resource.address} will proxy pulls but never store them: the registry is network-restricted ` +
            `(${restriction.reason}) and ${registry.paths.networkRuleBypass} is "None"${originClause(bypass.origin)}, ` +
            `and Azure documents that Artifact Cache cannot populate a network-restricted registry while trusted-services access is disabled. Affected cache rules: ${rules}. ` +
            `Repositories will show 0 tags and every pull goes upstream. Fix: ${fix}.`,
        });
        continue;
      }
      // Something decisive is unknown: say what could not be proven, at note level.
      const unknownInput = !bypass.known
        ? `${registry.paths.networkRuleBypass} is unknown (${bypass.why})`
        : `whether the registry is network-restricted is unknown (${restriction.kind === 'unknown' ? restriction.why : ''})`;
      ctx.report({
        subject: registry.resource,
        attribute: registry.paths.networkRuleBypass,
        value: bypass,
        level: 'note',
        message:
          `Cannot prove that Artifact Cache on ${registry.resource.address} can store images: ${unknownInput}. ` +
          `If the registry is network-restricted and its bypass is "None", cache rules ${rules} will proxy pulls but never store them. ` +
          `To be safe: ${fix}.`,
      });
    }
  },
};

type Restriction = { kind: 'restricted'; reason: string; by: Value } | { kind: 'open' } | { kind: 'unknown'; why: string };

/** Restricted when public access is disabled or the network rules deny by default; open only when both are known to allow. */
function restrictionOf(r: Registry): Restriction {
  const publicAccess = r.publicNetworkAccessEnabled;
  const action = r.networkRuleDefaultAction;
  if (isFalse(publicAccess)) return { kind: 'restricted', reason: `${r.paths.publicNetworkAccess} = false`, by: publicAccess };
  if (equals(action, 'Deny', true)) return { kind: 'restricted', reason: `${r.paths.networkRuleDefaultAction} = "Deny"`, by: action };
  if (publicAccess.known && action.known) return { kind: 'open' };
  const why = !publicAccess.known ? `${r.paths.publicNetworkAccess}: ${publicAccess.why}` : `${r.paths.networkRuleDefaultAction}: ${(action as { why: string }).why}`;
  return { kind: 'unknown', why };
}

function describeCacheRules(rules: CacheRule[]): string {
  return rules
    .map((rule) => {
      const source = stringOf(rule.sourceRepository);
      const target = stringOf(rule.targetRepository);
      return source && target ? `${rule.resource.address} (${source} → ${target})` : rule.resource.address;
    })
    .join(', ');
}

function fixFor(r: Registry): string {
  return r.spelling === 'azapi'
    ? 'set body.properties.networkRuleBypassOptions = "AzureServices"'
    : 'set network_rule_bypass_option = "AzureServices"';
}
