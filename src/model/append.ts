/**
 * Appends `items` to `target` one at a time. `target.push(...items)` passes every item as an
 * argument, and a list of some hundred thousand items (resources, diagnostics, a `...` expansion)
 * overflows the stack.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
