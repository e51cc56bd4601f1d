// Where in a meeting an issue was mentioned. Notes often give an issue a heading of its own and
// then only its URL as the "sentence" that mentions it; the heading is what tells a reader of the
// issue's page what that meeting discussed.

import type { IssueMention, Meeting, Section } from "../model.js";
import { titleHeading } from "../title-heading.js";

/** The section a line falls in: the last heading above it that is not the note's title. */
export function sectionAt(meeting: Meeting, line: number): Section | undefined {
  const title = titleHeading(meeting.sections);
  let found: Section | undefined;
  for (const section of meeting.sections) {
    if (section.line > line) break;
    if (section !== title) found = section;
  }
  return found;
}

/** The mention is the link alone (a bare URL, or `#6280`), with no words of its own. */
export function isLinkOnly(mention: IssueMention): boolean {
  const { text } = mention;
  // Every link the pattern removes holds "://" or "#": without either, there is nothing to remove.
  if (!text.includes("://") && !text.includes("#")) return !/\p{L}/u.test(text);
  return !/\p{L}/u.test(text.replace(/\S*(?:https?:\/\/|#\d)\S*/gi, ""));
}
