/**
 * What is derived from the model, made on first use and kept while its source lives: the model is
 * not changed once `adapt` has built it, and several rules ask for the same derived lists.
 */

/** What `make` gives for `key`, made on the first call for `key` and kept in `cache` after it. */
export function onceFor<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
