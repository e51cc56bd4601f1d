// Where a person's page is: one rule for the @mention links in notes, action owners and the
// people index, so every link to a person lands on the page written for them.

import { personKey } from "../extract/people.js";
import { slugify } from "../markdown/slugify.js";

/**
 * The page key of a handle or name: a handle's key as it is (`@zwass` links to /people/zwass/),
 * a name made safe for a URL (`Matt K.` → `matt-k`); empty when nothing is left.
 * @example personSlug("@Mike-Myers-Tob") === "mike-myers-tob"
 */
export function personSlug(nameOrHandle: string): string {
  return slugify(personKey(nameOrHandle));
}

export function personPath(slug: string): string {
  return `/people/${slug}/`;
}
