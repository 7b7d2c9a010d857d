import { allCacheRules, cacheRuleField, DOCKER_HUB, knownSource } from '../src/adapt/repository.js';
import { originClause } from '../src/engine/describe.js';
import type { Rule } from '../src/engine/rule.js';

/**
 * ACR016: Docker Hub cache rule source without a namespace.
 * Fact: azure-facts §4.4 — the current overview says Artifact Cache "will automatically include"
 * `library` when it is missing; the older troubleshooting doc (until 2025-04) required
 * `docker.io/library/<image>`, and Azure/azure-cli #29153 saw `docker.io/busybox` fail. Only
 * `docker.io` is the documented Docker Hub login server (§4.3); other spellings are not matched.
 */
export const acrDockerHubMissingNamespace: Rule = {
  meta: {
    id: 'ACR016',
    name: 'acr-docker-hub-missing-namespace',
    defaultLevel: 'note',
    securitySeverity: 1.0,
    tags: ['artifact-cache', 'docker-hub', 'azure', 'acr'],
    shortDescription: 'Docker Hub cache rule source without a namespace',
    fullDescription:
      'A Docker Hub official image lives under library/ (docker.io/library/nginx). Artifact Cache now inserts library/ when it is missing, but older guidance required it and every documented example writes it; write docker.io/library/<image>.',
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      const repo = knownSource(rule)?.repo;
      if (!repo || repo.host !== DOCKER_HUB || repo.segments.length !== 1 || repo.wildcard) continue;
      const image = repo.segments[0]!.toLowerCase();
      ctx.report({
        subject: rule.resource,
        attribute: rule.paths.sourceRepository,
        value: rule.sourceRepository,
        message:
          `Cache rule ${rule.resource.address} caches the Docker Hub repository ${ctx.quote(repo.text)}${originClause(rule.sourceRepository.origin)} without a namespace. ` +
          'Official Docker Hub images live under library/. Azure now adds library/ when it is missing, but earlier guidance required it ' +
          `(rules written as docker.io/<image> failed), and every documented example writes it. Fix: set ${cacheRuleField(rule, 'sourceRepository')} = ${ctx.quoteDerived(`docker.io/library/${image}`, repo.text)}.`,
      });
    }
  },
};
