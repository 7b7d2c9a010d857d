import type { CacheRule } from '../src/adapt/acr-model.js';
import { allCacheRules, cacheRuleField, knownRepository, type RepositoryField, type RepositoryPath } from '../src/adapt/repository.js';
import { originClause } from '../src/engine/describe.js';
import type { Rule, RuleContext } from '../src/engine/rule.js';

/**
 * ACR006: Cache rule repository path is malformed: a tag or digest, upper-case letters, or no registry host.
 * Facts: azure-facts §4.5 — a source with a tag is rejected: "Repository names should follow the
 * standardized docker repository naming conventions. All characters should be lowercase."
 * (Azure/acr #766); §2.3 — `source_repo` is "the full source repository path such as
 * 'docker.io/library/ubuntu'", `target_repo` "the target repository namespace such as 'ubuntu'".
 */
export const acrCacheMalformedRepository: Rule = {
  meta: {
    id: 'ACR006',
    name: 'acr-cache-malformed-repository',
    defaultLevel: 'error',
    securitySeverity: 3.0,
    tags: ['reliability', 'artifact-cache', 'azure', 'acr'],
    shortDescription: 'Cache rule repository path is malformed: a tag or digest, upper-case letters, or no registry host',
    fullDescription:
      'A cache rule names repositories, not images: the source is the full path with the registry host (docker.io/library/nginx) and neither source nor target may carry a :tag or @digest; repository names are lower case. Azure rejects a source with a tag (Azure/acr #766), and the azurerm provider documents source_repo as the full repository path.',
  },
  check(ctx) {
    for (const { rule } of allCacheRules(ctx.model)) {
      checkField(ctx, rule, 'sourceRepository');
      checkField(ctx, rule, 'targetRepository');
    }
  },
};

function checkField(ctx: RuleContext, rule: CacheRule, field: RepositoryField): void {
  const value = rule[field];
  const repo = knownRepository(rule, field);
  if (repo === undefined) return;
  const text = repo.text;
  const problems = problemsOf(ctx, repo, field === 'sourceRepository');
  if (problems.length === 0) return;
  const what = field === 'sourceRepository' ? 'source' : 'target';
  ctx.report({
    subject: rule.resource,
    attribute: rule.paths[field],
    value,
    message:
      `The ${what} repository of cache rule ${rule.resource.address} is malformed: ${cacheRuleField(rule, field)} = ${ctx.quote(text)}${originClause(value.origin)} ` +
      `has ${andList(problems)}. ${why(repo, field === 'sourceRepository')} Fix: write ${ctx.quoteDerived(suggestion(repo, field === 'sourceRepository'), text)}.`,
  });
}

function problemsOf(ctx: RuleContext, repo: RepositoryPath, isSource: boolean): string[] {
  const problems: string[] = [];
  if (repo.tag !== undefined) problems.push(`a tag (${ctx.quoteDerived(`:${repo.tag}`, repo.text)})`);
  if (repo.digest !== undefined) problems.push(`a digest (${ctx.quoteDerived(`@${repo.digest}`, repo.text)})`);
  if (repo.upperCase) problems.push('upper-case letters');
  if (isSource && repo.host === undefined) problems.push('no registry host');
  return problems;
}

function andList(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The documented reasons for the problems found, each once. */
function why(repo: RepositoryPath, isSource: boolean): string {
  const reasons: string[] = [];
  if (repo.tag !== undefined || repo.digest !== undefined) {
    reasons.push(`A cache rule names a repository, not an image: the ${repo.tag !== undefined && repo.digest !== undefined ? 'tag and digest are' : repo.tag !== undefined ? 'tag is' : 'digest is'} given when pulling.`);
  }
  if (repo.tag !== undefined || repo.digest !== undefined || repo.upperCase) {
    reasons.push('Azure rejects repository paths that do not follow the Docker naming conventions ("All characters should be lowercase"; a source with a tag is refused).');
  }
  if (isSource && repo.host === undefined) reasons.push("The source is the full repository path, starting with the upstream's login server (such as docker.io/library/nginx).");
  return reasons.join(' ');
}

/** The path without tag and digest, in lower case; a source without a host gets a placeholder host. */
function suggestion(repo: RepositoryPath, isSource: boolean): string {
  const path = repo.path.toLowerCase();
  if (!isSource) return path;
  return `${repo.host ?? '<registry host>'}/${path}`;
}
