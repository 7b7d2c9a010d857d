import type { CacheRule } from '../src/adapt/acr-model.js';
import { cacheRuleField, knownRepository, OverlapIndex, type RepositoryPath } from '../src/adapt/repository.js';
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
    // A reference to a registry resource of several instances (`azurerm_container_registry.env`, its key
    // lost) names no one registry: rules that share it may be on different ones.
    const severalInstances = new Set(
      ctx.model.registries.map((r) => r.resource).filter((r) => r.instanceKey !== undefined).map((r) => `${r.root}\u0000${r.address.slice(0, r.address.lastIndexOf('['))}`),
    );
    const orphans = new Map<string, CacheRule[]>();
    for (const rule of ctx.model.orphanCacheRules) {
      if (rule.registryId?.refs?.some((ref) => severalInstances.has(`${rule.resource.root}\u0000${ref}`))) continue;
      const key = registryKey(rule);
      if (key === undefined) continue;
      const group = orphans.get(key);
      if (group) group.push(rule);
      else orphans.set(key, [rule]);
    }
    for (const rules of orphans.values()) checkGroup(ctx, rules, `the registry named by its ${rules[0]!.paths.registryId} (outside this configuration)`);
  },
};

interface Target {
  rule: CacheRule;
  text: string;
  repo: RepositoryPath;
}

/** Overlapping rules named in one finding; the rest are counted. A registry holds up to 1,000 rules (azure-facts §4.2). */
const MAX_NAMED = 10;

function checkGroup(ctx: RuleContext, rules: CacheRule[], registry: string): void {
  const targets: Target[] = rules
    .flatMap((rule) => {
      const repo = knownRepository(rule, 'targetRepository');
      return repo ? [{ rule, text: repo.text, repo }] : [];
    })
    .sort((a, b) => compare(a.rule.resource.root, b.rule.resource.root) || compare(a.rule.resource.address, b.rule.resource.address));
  const seen = new OverlapIndex();
  // Those whose count/for_each is unknown, again: a finding says whether any overlapping rule may not exist.
  const seenUncertain = new OverlapIndex();
  // Sorted by address within one root module: the earlier instances of the same address (one
  // block whose instances are not known apart) are the ones just before, from `sameFrom` on.
  let sameFrom = 0;
  targets.forEach((later, i) => {
    if (i > 0 && targets[i - 1]!.rule.resource.address !== later.rule.resource.address) sameFrom = i;
    const earlier = firstBelow(seen.overlapping(later.repo), sameFrom);
    const uncertainEarlier = firstBelow(seenUncertain.overlapping(later.repo), sameFrom);
    seen.add(later.repo, i);
    const laterUncertain = later.rule.resource.unknownInstances !== undefined;
    if (laterUncertain) seenUncertain.add(later.repo, i);
    if (earlier.count === 0) return;
    const uncertain = {
      first: [...(laterUncertain ? [later] : []), ...uncertainEarlier.first.map((j) => targets[j]!)].slice(0, MAX_NAMED),
      count: uncertainEarlier.count + (laterUncertain ? 1 : 0),
    };
    const named = earlier.first.map((j) => targets[j]!);
    const field = cacheRuleField(later.rule, 'targetRepository');
    const clashes =
      named.map((t) => `${t.rule.resource.address} (${overlapReason(ctx, t.repo, later.repo)})`).join(', ') +
      (earlier.count > named.length ? `, and ${earlier.count - named.length} more ${earlier.count - named.length === 1 ? 'rule' : 'rules'}` : '');
    ctx.report({
      subject: later.rule.resource,
      attribute: later.rule.paths.targetRepository,
      value: later.rule.targetRepository,
      context: named.map((t) => ({ origin: t.rule.targetRepository.origin, message: `the overlapping target of ${t.rule.resource.address}` })),
      ...(uncertain.count > 0 ? { level: 'note' as const } : {}),
      message:
        `Cache rule ${later.rule.resource.address} on ${registry} has target ${ctx.quote(later.text)}${originClause(later.rule.targetRepository.origin)}, which overlaps ${clashes}. ` +
        'Azure does not allow overlapping cache rules: two rules cannot share a target, and a wildcard target cannot contain another wildcard target; ' +
        'a static target inside a wildcard is allowed. Azure rejects whichever of them is created later. ' +
        (uncertain.count > 0
          ? `Some of the rules involved may not exist: ${uncertain.first.map((t) => `${t.rule.resource.address} (${t.rule.resource.unknownInstances})`).join('; ')}` +
            `${uncertain.count > uncertain.first.length ? `; and ${uncertain.count - uncertain.first.length} more` : ''}. `
          : '') +
        `Fix: drop one of the rules, or change ${field} so that the targets no longer overlap.`,
    });
  });
}

/** How many indices of `lists` (ascending, disjoint) are below `limit`, and the first `MAX_NAMED` of them. */
function firstBelow(lists: readonly (readonly number[])[], limit: number): { first: number[]; count: number } {
  let count = 0;
  const heads: number[] = [];
  for (const list of lists) {
    const below = countBelow(list, limit);
    count += below;
    for (let k = 0; k < Math.min(below, MAX_NAMED); k++) heads.push(list[k]!);
  }
  return { first: heads.sort((a, b) => a - b).slice(0, MAX_NAMED), count };
}

/** The number of entries of an ascending list below `limit` (binary search). */
function countBelow(list: readonly number[], limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How the target of an earlier rule, `earlier`, overlaps `later`'s, for the list of clashes: the target is quoted only where it differs. */
function overlapReason(ctx: RuleContext, earlier: RepositoryPath, later: RepositoryPath): string {
  if (earlier.text === later.text) return 'the same target';
  const contains = (earlier.wildcardPrefix ?? '').length <= (later.wildcardPrefix ?? '').length;
  return `its wildcard target ${ctx.quote(earlier.text)} ${contains ? 'contains this one' : 'is inside this one'}`;
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
