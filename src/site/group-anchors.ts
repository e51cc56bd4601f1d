// The ids of the groups a long list is split into, shared by the page that writes them and the
// jump links (on that page and others) that lead to them.

/** @example yearAnchor("2019") === "year-2019" */
export function yearAnchor(year: string): string {
  return `year-${year}`;
}

/** @example initialAnchor("S") === "initial-S"; initialAnchor("#") === "initial-other" */
export function initialAnchor(initial: string): string {
  return `initial-${initial === "#" ? "other" : initial}`;
}
