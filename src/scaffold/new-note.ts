// What `npm run new` writes: a note with the sections the osquery notes use, its guidance in HTML
// comments so a section left unfilled shows nothing, on GitHub or on the site.

import { DateTime } from "luxon";

export type NoteDate = { date: string } | { error: string; hint: string };

/**
 * The date the new note is for: the argument, or today where the command runs.
 * @example newNoteDate("2026-12-01", DateTime.now()) // { date: "2026-12-01" }
 */
export function newNoteDate(argument: string | undefined, today: DateTime): NoteDate {
  if (argument === undefined) return { date: today.toISODate()! };
  const date = DateTime.fromFormat(argument, "yyyy-MM-dd", { zone: "utc" });
  if (date.isValid) return { date: date.toISODate()! };
  return { error: `"${argument}" is not a date`, hint: "give the meeting's date as YYYY-MM-DD, e.g. npm run new -- 2026-12-01" };
}

/** The new note's Markdown. `title` is the meeting's title without the date. */
export function noteTemplate(date: string, title: string): string {
  return `# ${title} ${date}

Recording: <!-- the recording's link, e.g. https://youtu.be/... -->

## Highlights since the last meeting

<!-- One item per highlight, e.g.
* Version 5.12.0 shipped: <the milestone's URL, github.com/osquery/osquery/milestone/42>
-->

## Agenda

<!-- The topics, one item each. -->

## Discussion

<!-- One ### heading per topic. Link issues and pull requests by their full URL
(https:// and github.com/osquery/osquery/pull/5706) or short reference (#5706, PR 5706),
and people by @handle. A URL left in a comment is still linked, so these examples have none. -->

## Decisions

<!-- One item per decision, starting with "Decision:", e.g.
* Decision: We will ship 5.12.0 on Friday.
To choose a decision's anchor, write {#an-id} after its sentence. -->

## Action items

<!-- One item per action: who, then what, e.g.
* @directionless will set up the project board.
* TODO: seph: open an issue for the flaky test.
-->
`;
}
