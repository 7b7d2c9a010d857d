import { allCacheRules, cacheRuleField, knownNoCredentialSet, knownSource, refersToCredentialSet } from '../src/adapt/repository.js';
import { originAside, originClause } from '../src/engine/describe.js';
import type { Rule } from '../src/engine/rule.js';

/**
 * ACR004: Cache rule with a credential set for an upstream that serves unauthenticated pulls only.
 * Fact: azure-facts §4.3 — mcr.microsoft.com, public.ecr.aws and registry.access.redhat.com are
 * documented as "unauthenticated only" Artifact Cache upstreams.
 */
export const acrCacheCredentialsOnAnonymousUpstream: Rule = {
  meta: {
    id: 'ACR004',
    name: 'acr-cache-credentials-on-anonymous-upstream',
    defaultLevel: 'warning',
    securitySeverity: 2.0,
    tags: ['reliability', 'artifact-cache', 'azure', 'acr'],
    shortDescription: 'Cache rule with a credential set for an upstream that serves unauthenticated pulls only',
    fullDescription:
      'Microsoft Artifact Registry (mcr.microsoft.com), the AWS ECR Public Gallery (public.ecr.aws) and the Red Hat public registry (registry.access.redhat.com) are supported by Artifact Cache for unauthenticated pulls only. Remove the credential set from the rule.',
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      const parsed = knownSource(rule);
      const upstream = parsed?.upstream;
      if (!parsed || !upstream || upstream.auth !== 'anonymous') continue;
      // Quoted, so cut: the source may be any length, and is quoted in every finding of the rule.
      const source = ctx.quote(parsed.repo.text);
      // Quoted whole: an anonymous upstream's host is one of Azure's list, with no part of its own (unlike *.azurecr.io).
      const host = ctx.quote(parsed.repo.host!);
      const credential = rule.credentialSetId;
      if (knownNoCredentialSet(credential)) continue;
      const field = cacheRuleField(rule, 'credentialSetId');
      const documented = `Azure documents ${upstream.name} (${upstream.pattern}) as an Artifact Cache upstream for unauthenticated pulls only, so a credential set on this rule is outside the documented setup`;
      const fix = `remove ${field} from the rule and let the cache pull from ${host} without credentials`;
      const context = [{ origin: rule.sourceRepository.origin, message: `the source ${source} is ${upstream.name}` }];
      // Unknown: certainly set when it refers to a credential set, or when a plan says "known after apply"
      // (a plan knows every variable, so its unknowns are attributes of resources: ids, here).
      if (!credential.known && !refersToCredentialSet(rule, ctx.model) && credential.origin.provenance.kind !== 'plan') {
        ctx.report({
          subject: rule.resource,
          attribute: rule.paths.credentialSetId,
          value: credential,
          context,
          level: 'note',
          message:
            `Cannot tell whether cache rule ${rule.resource.address}, which pulls from ${source}, has a credential set: ${field} is unknown (${credential.why}). ` +
            `${documented}. If it names a credential set, ${fix}.`,
        });
        continue;
      }
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.credentialSetId,
        value: credential,
        context,
        message:
          `Cache rule ${rule.resource.address} pulls from ${source}${originClause(rule.sourceRepository.origin)} with a credential set ` +
          `(${field}${originAside(credential.origin)}), but ${documented}. Fix: ${fix}.`,
      });
    }
  },
};
