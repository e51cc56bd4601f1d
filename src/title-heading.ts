// Which heading of a note is its title: the note's page shows it as the page's title, and the
// issue pages name the section a mention sits in by the headings that are not the title.

/**
 * A single top-level heading is the title; several (20190709) are topics, and then there is none.
 * @example titleHeading([{ level: 1, title: "Office hours" }, { level: 2, title: "CI" }]) // the first
 */
export function titleHeading<S extends { level: number }>(sections: readonly S[]): S | null {
  let title: S | null = null;
  for (const section of sections) {
    if (section.level !== 1) continue;
    if (title) return null;
    title = section;
  }
  return title;
}
