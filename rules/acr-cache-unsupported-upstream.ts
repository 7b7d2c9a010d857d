import { allCacheRules, cacheRuleField, knownSource, upstreamList, UPSTREAMS_AS_OF, UPSTREAMS_DOC } from '../src/adapt/repository.js';
import { originClause } from '../src/engine/describe.js';
import type { Rule } from '../src/engine/rule.js';

/**
 * ACR005: Cache rule source is not a supported Artifact Cache upstream.
 * Fact: azure-facts §4.3 — the supported-upstream table of `artifact-cache-overview.md` (last
 * changed 2026-05-21) and the service's `UpstreamNotSupported` error (Azure/acr #862), which also
 * names `eu.gcr.io`. The list changes over time, hence a warning that gives its date.
 */
export const acrCacheUnsupportedUpstream: Rule = {
  meta: {
    id: 'ACR005',
    name: 'acr-cache-unsupported-upstream',
    defaultLevel: 'warning',
    securitySeverity: 3.0,
    tags: ['reliability', 'artifact-cache', 'azure', 'acr'],
    shortDescription: 'Cache rule source is not a supported Artifact Cache upstream',
    fullDescription:
      'Artifact Cache supports a fixed list of upstream registries (Docker Hub, dhi.io, Azure Container Registry, MCR, ECR Public, GHCR, Quay, registry.k8s.io, Google Artifact Registry and gcr.io, NVIDIA NGC, the Red Hat registries). A rule whose source names another host fails with UpstreamNotSupported. The list changes over time; check the current documentation.',
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      const source = knownSource(rule);
      // A source without a host is acr-cache-malformed-repository's finding.
      const host = source?.repo.host;
      if (source === undefined || host === undefined || source.upstream) continue;
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.sourceRepository,
        value: rule.sourceRepository,
        message:
          `Cache rule ${rule.resource.address} pulls from ${ctx.quoteDerived(host, source.repo.text)} (${cacheRuleField(rule, 'sourceRepository')} = ${ctx.quote(source.repo.text)}${originClause(rule.sourceRepository.origin)}), ` +
          `which is not an Artifact Cache upstream: Azure rejects such a rule with UpstreamNotSupported. The supported upstreams, from the Azure documentation as of ${UPSTREAMS_AS_OF}, ` +
          `are ${upstreamList()}. Fix: point the rule at one of them (check ${UPSTREAMS_DOC} for additions since then), or import the images another way (az acr import).`,
      });
    }
  },
};
