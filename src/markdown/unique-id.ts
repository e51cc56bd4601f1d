// Ids on a page must be unique: a repeated heading or decision gets a numbered suffix. Done
// naively, a note of thousands of identical headings retries every suffix for each one.

/** Per set of taken ids: where the last search for each base (and first suffix) stopped. */
const resumeAt = new WeakMap<Set<string>, Map<string, number>>();

/**
 * `base` if free, else the first free of `base-<firstSuffix>`, `base-<firstSuffix + 1>`, ...;
 * the id is added to `taken`. Ids are only ever added, so a search resumes where the last one
 * for the same base stopped, with the same result as starting over.
 * @example uniqueId("notes", new Set(["notes"])) === "notes-1"
 */
export function uniqueId(base: string, taken: Set<string>, firstSuffix = 1): string {
  let searches = resumeAt.get(taken);
  if (!searches) resumeAt.set(taken, (searches = new Map()));
  let id = base;
  if (taken.has(id)) {
    const key = `${firstSuffix} ${base}`;
    let n = searches.get(key) ?? firstSuffix;
    do id = `${base}-${n++}`;
    while (taken.has(id));
    searches.set(key, n);
  }
  taken.add(id);
  return id;
}
