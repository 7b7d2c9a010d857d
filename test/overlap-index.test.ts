/** The overlap index of cache-rule targets against Azure's overlap rule applied to every pair. */
import fc from 'fast-check';
import { OverlapIndex, parseTarget, type RepositoryPath } from '../src/adapt/repository.js';

/**
 * azure-facts §4.5, pair by pair: the same target (static or wildcard), or two wildcards where one
 * prefix contains the other; a static target inside a wildcard is allowed.
 */
function overlap(a: RepositoryPath, b: RepositoryPath): boolean {
  if (a.text === b.text) return true;
  if (!a.wildcard || !b.wildcard) return false;
  const pa = a.wildcardPrefix ?? '';
  const pb = b.wildcardPrefix ?? '';
  return pa.startsWith(pb) || pb.startsWith(pa);
}

/** Every index `overlapping` gives, checking that its lists ascend and share none. */
function indices(lists: readonly (readonly number[])[]): number[] {
  const all = lists.flat();
  for (const list of lists) expect([...list]).toEqual([...list].sort((x, y) => x - y));
  expect(new Set(all).size).toBe(all.length);
  return all.sort((x, y) => x - y);
}

const segment = fc.constantFrom('a', 'b', 'ab', 'dotnet', 'library');
const target = fc
  .tuple(fc.option(fc.constantFrom('mcr.microsoft.com', 'myacr.azurecr.io'), { nil: undefined }), fc.array(segment, { maxLength: 3 }), fc.boolean(), fc.option(fc.constantFrom('latest', '1.0'), { nil: undefined }))
  .map(([host, segments, wildcard, tag]) => {
    const path = [...segments, ...(wildcard ? ['*'] : [])].join('/');
    return `${host ? `${host}/` : ''}${path === '' ? 'x' : path}${tag ? `:${tag}` : ''}`;
  });

describe('overlap index', () => {
  it('finds exactly the earlier targets that overlap each new one (property)', () => {
    fc.assert(
      fc.property(fc.array(target, { maxLength: 30 }), (texts) => {
        const repos = texts.map(parseTarget);
        const index = new OverlapIndex();
        repos.forEach((repo, i) => {
          const expected = repos.slice(0, i).flatMap((earlier, j) => (overlap(earlier, repo) ? [j] : []));
          expect(indices(index.overlapping(repo))).toEqual(expected);
          index.add(repo, i);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('tells nested wildcards, the registry-wide wildcard and a static target inside a wildcard apart', () => {
    const repos = ['mirror/*', 'mirror/dotnet/*', 'mirror/dotnet/runtime', '*', 'other/*', 'mirror/dotnet/runtime'].map(parseTarget);
    const index = new OverlapIndex();
    const found = repos.map((repo, i) => {
      const earlier = indices(index.overlapping(repo));
      index.add(repo, i);
      return earlier;
    });
    expect(found).toEqual([[], [0], [], [0, 1], [3], [2]]);
  });

  it('reads a dotted first segment of a target as a namespace, not as a registry-wide wildcard (found in Altinn/altinn-platform)', () => {
    const repos = ['docker.io/*', 'alpine/*', 'quay.io/*', 'docker.io/library/*'].map(parseTarget);
    const index = new OverlapIndex();
    const found = repos.map((repo, i) => {
      const earlier = indices(index.overlapping(repo));
      index.add(repo, i);
      return earlier;
    });
    expect(found).toEqual([[], [], [], [0]]);
  });
});
