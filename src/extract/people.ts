// The @handles a note mentions, in order of first mention.

import type { NoteText } from "./walk.js";

/** @example extractPeople(walkNote(md.parse("@zwass and @seph, then @zwass", env), 0)) // ["@zwass", "@seph"] */
export function extractPeople(note: NoteText): string[] {
  const seen = new Set<string>();
  for (const block of note.blocks) {
    for (const sentence of block.sentences) {
      for (const reference of sentence.references) if (reference.person) seen.add(reference.person.toLowerCase());
    }
  }
  return [...seen];
}

/**
 * The key of a person's page: a handle without `@`, or a name as written, lower-cased.
 * @example personKey("@Directionless") === "directionless"
 */
export function personKey(nameOrHandle: string): string {
  return nameOrHandle.replace(/^@/, "").trim().toLowerCase();
}
