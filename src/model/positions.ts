/**
 * Positions of items in a list, grouped under string keys: the indexes that let a lookup find its
 * candidates among resources, targets or suppressions instead of testing every one.
 */

/** Adds `position` to the positions under `key`. */
export function addPosition(index: Map<string, number[]>, key: string, position: number): void {
  const positions = index.get(key);
  if (positions) positions.push(position);
  else index.set(key, [position]);
}

/** The items at `positions`, each once, in their order in `items`. */
export function itemsAt<T>(items: readonly T[], positions: Iterable<number>): T[] {
  return [...new Set(positions)].sort((a, b) => a - b).map((position) => items[position]!);
}
