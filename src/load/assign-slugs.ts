// Meeting URLs are /meetings/<date>/. Two notes of one date both get a page: the registry keeps
// the URL each note was first published under; new ones take the next free suffix.

import type { Registry } from "../anchors/registry.js";

export function assignSlugs(notes: Array<{ source: string; date: string }>, registry: Registry): Map<string, string> {
  const slugs = new Map<string, string>();
  const used = new Set<string>();
  // By date, then name without extension: 2019-09-03.md comes before 2019-09-03-extra.md.
  const name = (source: string) => source.replace(/\.md$/i, "");
  const sorted = [...notes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : name(a.source) < name(b.source) ? -1 : 1));
  const registered = new Map(Object.entries(registry.meetings).map(([slug, m]) => [m.source, slug]));
  for (const note of sorted) {
    const slug = registered.get(note.source);
    if (slug && slug.startsWith(note.date) && !used.has(slug)) {
      slugs.set(note.source, slug);
      used.add(slug);
    }
  }
  for (const note of sorted) {
    if (slugs.has(note.source)) continue;
    let slug = note.date;
    for (let n = 2; used.has(slug); n++) slug = `${note.date}-${n}`;
    slugs.set(note.source, slug);
    used.add(slug);
  }
  return slugs;
}
