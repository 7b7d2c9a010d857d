/**
 * What a value and all its parts hold (the refs of every element and field, the strings of some
 * shape), gathered once per list or map however often it is shared: a large local given to each of
 * ten thousand instances of a module call is walked once, not ten thousand times.
 */
import type { Value, ValueList, ValueMap } from './value.js';

type Container = ValueList | ValueMap;

/** Gathered items of each container's parts, by container; one cache per kind of item. */
export type SummaryCache<T> = WeakMap<Container, readonly T[]>;

const NONE: readonly never[] = [];

/** The items `own` gives for `v` and for every part of it, each once, in first-seen order (see the cache). */
export function summarize<T>(v: Value, cache: SummaryCache<T>, own: (part: Value) => readonly T[]): T[] {
  const top = containerOf(v);
  return [...new Set([...own(v), ...(top ? within(top, cache, own) : NONE)])];
}

function containerOf(v: Value): Container | undefined {
  return v.known && (Array.isArray(v.value) || v.value instanceof Map) ? v.value : undefined;
}

/** The items of the parts of `top`, depth first without recursion (values nest deeper than the stack). */
function within<T>(top: Container, cache: SummaryCache<T>, own: (part: Value) => readonly T[]): readonly T[] {
  const entered = new Set<Container>();
  const frames: Container[] = [top];
  while (frames.length > 0) {
    const data = frames[frames.length - 1]!;
    if (cache.has(data)) {
      frames.pop();
      continue;
    }
    const parts = Array.isArray(data) ? data : [...data.values()];
    if (!entered.has(data)) {
      // Children first; a container being entered is an ancestor, which values (trees that share parts) never contain.
      entered.add(data);
      for (const part of parts) {
        const child = containerOf(part);
        if (child && !cache.has(child) && !entered.has(child)) frames.push(child);
      }
      continue;
    }
    frames.pop();
    const items = new Set<T>();
    for (const part of parts) {
      for (const item of own(part)) items.add(item);
      const child = containerOf(part);
      if (child) for (const item of cache.get(child) ?? NONE) items.add(item);
    }
    cache.set(data, items.size === 0 ? NONE : [...items]);
  }
  return cache.get(top) ?? NONE;
}
