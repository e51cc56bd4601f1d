// Splits a long list into pages of bounded size, so no page grows with the number of meetings:
// the home page, the decision log, the issue and people indexes and any long issue or person page.

export interface Page<T> {
  /** Site path: the base path for page 1, `<base>page/<n>/` after it. */
  path: string;
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** Paths of the neighbouring pages, for the pager. */
  previous: string | null;
  next: string | null;
}

/** @example pagePath("/decisions/", 2) === "/decisions/page/2/" */
export function pagePath(basePath: string, number: number): string {
  return number === 1 ? basePath : `${basePath}page/${number}/`;
}

/**
 * Consecutive items, in order, on pages whose summed weight stays within the budget; an item heavier
 * than the budget gets a page of its own, and an empty list still has one (empty) page.
 * @example paginate([1, 2, 3], "/x/", 2).map((p) => p.items) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], basePath: string, budget: number, weight: (item: T) => number = () => 1): Array<Page<T>> {
  const groups: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = weight(item);
    if (used > 0 && used + w > budget) {
      groups.push([]);
      used = 0;
    }
    groups.at(-1)!.push(item);
    used += w;
  }
  return groups.map((group, i) => ({
    path: pagePath(basePath, i + 1),
    number: i + 1,
    count: groups.length,
    items: group,
    previous: i > 0 ? pagePath(basePath, i) : null,
    next: i < groups.length - 1 ? pagePath(basePath, i + 2) : null,
  }));
}

export interface JumpTarget {
  /** The group: a year, an initial. */
  key: string;
  /** The path of the first page holding the group, with the group's anchor. */
  path: string;
  /** The group's summed weight: how many items (or decisions, ...) it holds. */
  size: number;
}

/**
 * Where each group starts, for "jump to 2019" links across pages; groups in order of first item.
 * @example jumpTargets(paginate(["a1", "a2", "b1"], "/x/", 2), (s) => s[0]!, (k) => `g-${k}`)
 *   // [{ key: "a", path: "/x/#g-a", size: 2 }, { key: "b", path: "/x/page/2/#g-b", size: 1 }]
 */
export function jumpTargets<T>(
  pages: ReadonlyArray<Page<T>>,
  groupOf: (item: T) => string,
  anchor: (key: string) => string,
  weight: (item: T) => number = () => 1,
): JumpTarget[] {
  const targets = new Map<string, JumpTarget>();
  for (const page of pages) {
    for (const item of page.items) {
      const key = groupOf(item);
      const target = targets.get(key);
      if (target) target.size += weight(item);
      else targets.set(key, { key, path: `${page.path}#${anchor(key)}`, size: weight(item) });
    }
  }
  return [...targets.values()];
}
