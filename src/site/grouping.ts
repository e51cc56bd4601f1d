// The two ways the views group a list: by key in one pass (an index), and by runs of equal keys
// in order (headings within a page).

/**
 * Consecutive runs of items that share a group, for headings within one page.
 * @example groupRuns(["a1", "a2", "b1"], (s) => s[0]!) // [{ key: "a", items: ["a1", "a2"] }, { key: "b", items: ["b1"] }]
 */
export function groupRuns<T>(items: readonly T[], groupOf: (item: T) => string): Array<{ key: string; items: T[] }> {
  const runs: Array<{ key: string; items: T[] }> = [];
  for (const item of items) {
    const key = groupOf(item);
    const last = runs.at(-1);
    if (last && last.key === key) last.items.push(item);
    else runs.push({ key, items: [item] });
  }
  return runs;
}

/** Appends to the list under a key, creating it: the one-pass grouping every index uses. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
