import type { CacheRule } from '../src/adapt/acr-model.js';
import { cacheRuleField, parseRepository, targetsOverlap, type RepositoryPath } from '../src/adapt/repository.js';
import { originClause } from '../src/engine/describe.js';
import type { Rule, RuleContext } from '../src/engine/rule.js';
import { stringOf } from '../src/model/value.js';

/**
 * ACR007: Two cache rules on one registry overlap: same target, or nested wildcard targets.
 * Fact: azure-facts §4.5 (`wildcards-artifact-cache.md`) — a wildcard rule can't overlap another
 * wildcard rule (same target, or one target a prefix of the other, e.g. `/*` vs `/library/*`);
 * two static rules can't share a target; a static rule may overlap a wildcard rule. §4.2: cache
 * rules can't overlap other cache rules.
 */
export const acrCacheOverlappingRules: Rule = {
  meta: {
    id: 'ACR007',
    name: 'acr-cache-overlapping-rules',
    defaultLevel: 'error',
    securitySeverity: 3.0,
    tags: ['reliability', 'artifact-cache', 'azure', 'acr'],
    shortDescription: 'Two cache rules on one registry overlap: same target, or nested wildcard targets',
    fullDescription:
      'Cache rules on one registry cannot overlap: two rules may not share a target repository, and a wildcard target may not contain another wildcard target (mirror/* and mirror/dotnet/*). Azure rejects the second rule.',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkGroup(ctx, registry.cacheRules, `registry ${registry.resource.address}`);
    // Rules whose registry is not in the configuration: those naming the same registry still collide.
    const orphans = new Map<string, CacheRule[]>();
    for (const rule of ctx.model.orphanCacheRules) {
      const key = registryKey(rule);
      if (key !== undefined) orphans.set(key, [...(orphans.get(key) ?? []), rule]);
    }
    for (const rules of orphans.values()) checkGroup(ctx, rules, `the registry their ${rules[0]!.paths.registryId} names`);
  },
};

interface Target {
  rule: CacheRule;
  text: string;
  repo: RepositoryPath;
}

function checkGroup(ctx: RuleContext, rules: CacheRule[], registry: string): void {
  const targets: Target[] = rules
    .map((rule) => ({ rule, text: stringOf(rule.targetRepository) }))
    .filter((t): t is { rule: CacheRule; text: string } => t.text !== undefined)
    .map((t) => ({ ...t, repo: parseRepository(t.text) }))
    .sort((a, b) => compare(a.rule.resource.root, b.rule.resource.root) || compare(a.rule.resource.address, b.rule.resource.address));
  targets.forEach((later, i) => {
    const earlier = targets.slice(0, i).filter((t) => t.rule.resource.address !== later.rule.resource.address && targetsOverlap(t.repo, later.repo));
    if (earlier.length === 0) return;
    const uncertain = [later, ...earlier].filter((t) => t.rule.resource.unknownInstances !== undefined);
    const field = cacheRuleField(later.rule, 'targetRepository');
    const clashes = earlier.map((t) => `${t.rule.resource.address} (target "${t.text}": ${overlapReason(t.repo, later.repo)})`).join(', ');
    ctx.report({
      subject: later.rule.resource,
      attribute: later.rule.paths.targetRepository,
      value: later.rule.targetRepository,
      context: earlier.map((t) => ({ origin: t.rule.targetRepository.origin, message: `the overlapping target of ${t.rule.resource.address}` })),
      ...(uncertain.length > 0 ? { level: 'note' as const } : {}),
      message:
        `Cache rule ${later.rule.resource.address} on ${registry} has target "${later.text}"${originClause(later.rule.targetRepository.origin)}, which overlaps ${clashes}. ` +
        'Azure does not allow overlapping cache rules: two rules cannot share a target, and a wildcard target cannot contain another wildcard target; ' +
        'a static target inside a wildcard is allowed. Azure rejects whichever of them is created later. ' +
        (uncertain.length > 0
          ? `Some of these rules may not exist: ${uncertain.map((t) => `the count/for_each of ${t.rule.resource.address} is unknown (${t.rule.resource.unknownInstances})`).join('; ')}. `
          : '') +
        `Fix: give ${field} a target of its own, or drop one of the rules.`,
    });
  });
}

function overlapReason(a: RepositoryPath, b: RepositoryPath): string {
  if (a.text === b.text) return 'the same target';
  const [outer, inner] = (a.wildcardPrefix ?? '').length <= (b.wildcardPrefix ?? '').length ? [a, b] : [b, a];
  return `wildcard "${outer.text}" contains wildcard "${inner.text}"`;
}

/** What an orphan rule's registry link names: the referenced resources, else the literal id. */
function registryKey(rule: CacheRule): string | undefined {
  const link = rule.registryId;
  if (!link) return undefined;
  if (link.refs && link.refs.length > 0) return `${rule.resource.root}\u0000refs\u0000${[...link.refs].sort().join('\u0000')}`;
  const id = stringOf(link);
  return id !== undefined ? `${rule.resource.root}\u0000id\u0000${id.toLowerCase()}` : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
