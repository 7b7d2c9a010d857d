import type { CacheRule } from '../src/adapt/acr-model.js';
import { allCacheRules, cacheRuleField, knownNoCredentialSet, knownSource } from '../src/adapt/repository.js';
import { originClause } from '../src/engine/describe.js';
import type { Rule } from '../src/engine/rule.js';

/**
 * ACR003: Cache rule without a credential set for an upstream that serves authenticated pulls only.
 * Facts: azure-facts §4.3 — the upstream table marks Docker Hub, dhi.io, *.azurecr.io, *.pkg.dev and
 * registry.redhat.io "authenticated only"; for Docker Hub the service refuses the rule at create time
 * (`EnforceDockerAuthentication`, azurerm PR #27983), hence error; the others are warnings.
 */
export const acrCacheUpstreamNeedsCredentials: Rule = {
  meta: {
    id: 'ACR003',
    name: 'acr-cache-upstream-needs-credentials',
    defaultLevel: 'error',
    securitySeverity: 4.0,
    tags: ['reliability', 'artifact-cache', 'azure', 'acr'],
    shortDescription: 'Cache rule without a credential set for an upstream that serves authenticated pulls only',
    fullDescription:
      'Docker Hub, Docker Hardened Images (dhi.io), the Red Hat Registry (registry.redhat.io), Google Artifact Registry (*.pkg.dev) and other Azure container registries (*.azurecr.io) are documented as authenticated-only Artifact Cache upstreams. For docker.io the service refuses to create the rule (EnforceDockerAuthentication); for the others Azure documents authenticated pulls only, so a rule without credentials is not expected to pull. Add a credential set.',
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      const parsed = knownSource(rule);
      const upstream = parsed?.upstream;
      if (!parsed || !upstream || upstream.auth !== 'authenticated') continue;
      // Quoted, so cut: the source may be any length, and is quoted in every finding of the rule.
      const source = ctx.quote(parsed.repo.text);
      const host = ctx.quoteDerived(parsed.repo.host!, parsed.repo.text);
      // Unknown (e.g. a credential set's id, known only after apply) means the rule has one.
      if (!knownNoCredentialSet(rule.credentialSetId)) continue;
      if (upstream.pattern === '*.azurecr.io' && hasIdentity(rule)) continue;
      const dockerHub = upstream.pattern === 'docker.io';
      const field = cacheRuleField(rule, 'credentialSetId');
      const consequence = dockerHub
        ? 'Azure refuses to create a Docker Hub cache rule without credentials ("EnforceDockerAuthentication: Cannot create cache rule pointing to Docker Hub without credentials"), so the apply fails'
        : `Azure documents ${upstream.name} (${upstream.pattern}) as an upstream Artifact Cache reaches with authentication only, so the rule is not expected to pull anything without credentials`;
      const alternative = upstream.pattern === '*.azurecr.io' ? acrToAcrAlternative(rule) : '';
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.credentialSetId,
        value: rule.credentialSetId,
        context: [{ origin: rule.sourceRepository.origin, message: `the source ${source} is ${upstream.name}` }],
        ...(dockerHub ? {} : { level: 'warning' as const }),
        message:
          `Cache rule ${rule.resource.address} pulls from ${source}${originClause(rule.sourceRepository.origin)} but has no credential set ` +
          `(${describeAbsent(rule, field)}): ${consequence}. ` +
          `Fix: ${fix(rule, host, field)}${alternative}.`,
      });
    }
  },
};

/** `credential_set_id is not set`, or where a null / empty id came from. */
function describeAbsent(rule: CacheRule, field: string): string {
  const v = rule.credentialSetId;
  const kind = v.origin.provenance.kind;
  if (v.known && v.value === '') return `${field} is empty${originClause(v.origin)}`;
  return kind === 'provider-default' || kind === 'literal' || kind === 'plan' ? `${field} is not set` : `${field} is null${originClause(v.origin)}`;
}

function fix(rule: CacheRule, host: string, field: string): string {
  if (rule.avm) {
    return `add a credential_sets entry with login_server = ${host} (username and password as Key Vault secret ids) to ${rule.avm.call} and set credential_set_key = "<its key>" in cache_rules[${rule.avm.key}] (or credential_set_resource_id to an existing credential set)`;
  }
  const resource = rule.spelling === 'azurerm' ? 'an azurerm_container_registry_credential_set' : 'a Microsoft.ContainerRegistry/registries/credentialSets resource';
  return `create ${resource} with login server ${host} whose username and password are Key Vault secrets, and set ${field} to its id`;
}

/**
 * ACR-to-ACR caching can log in with a user-assigned identity on the cache rule instead (azure-facts §3.2,
 * §4.3; a preview API). Only the azapi spelling can carry one: azurerm_container_registry_cache_rule has
 * no identity argument, and the AVM module's cache_rules entries have none either (§2.3, §1.2).
 */
function acrToAcrAlternative(rule: CacheRule): string {
  if (rule.spelling === 'azapi' && !rule.avm) {
    return ' (or, for ACR-to-ACR caching, give the cache rule an identity block with a user-assigned identity that can pull from the source registry, as Azure documents with a preview API version)';
  }
  const written = rule.avm ? 'a cache_rules entry of the AVM module' : 'azurerm_container_registry_cache_rule';
  return ` (ACR-to-ACR caching can use a user-assigned identity on the cache rule instead, but ${written} has no argument for it: that needs an azapi_resource cache rule, which Azure documents with a preview API version)`;
}

/** True when the cache rule has (or may have: unknown) an upstream identity for ACR-to-ACR caching. */
function hasIdentity(rule: CacheRule): boolean {
  return !(rule.identity.known && rule.identity.value === null);
}
