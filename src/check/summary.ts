// `npm run check -- --summary`: what the site will take from the notes, as Markdown for a pull
// request's job summary, so the author and the reviewers confirm it before it is published.

import { issueLabel } from "../../_includes/partials/meeting-summary.js";
import type { Meeting } from "../model.js";

export interface SummaryOptions {
  /** A site path under the path prefix, as the pages link it. */
  url: (path: string) => string;
  /** How to name a note's file (its path as the user would open it). */
  file: (source: string) => string;
  defaultRepo: string;
}

/** Text from a note, shown literally: Markdown and HTML characters are escaped. */
function literal(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, "\\$&").replace(/\s+/g, " ");
}

function part(title: string, items: string[]): string {
  return `**${title} (${items.length})**\n\n${items.length > 0 ? items.join("\n") : "_none found_"}\n`;
}

function lines(numbers: number[]): string {
  return `line${numbers.length === 1 ? "" : "s"} ${numbers.join(", ")}`;
}

function summarizeMeeting(meeting: Meeting, options: SummaryOptions): string {
  const page = options.url(meeting.url);
  const decisions = [
    ...meeting.decisions.map((d) => `- \`${page}#${d.id}\` (line ${d.line}${d.explicit ? ", stated" : ""}): ${literal(d.text)}`),
    ...meeting.removedDecisions.map((d) => `- \`${page}#${d.id}\` removed from the notes; the page keeps the anchor with a notice. It read: ${literal(d.text)}`),
  ];
  const actions = meeting.actions.map((a) => `- ${literal(a.owner)} (line ${a.line}): ${literal(a.text)}`);
  const issues = meeting.issues.map((i) => `- [${literal(issueLabel(i, options.defaultRepo))}](<${i.url}>) (${lines(i.lines)})`);
  return [
    `## ${literal(meeting.title)}`,
    "",
    `\`${options.file(meeting.source)}\` → \`${page}\` · ${meeting.recording ? `[recording](<${meeting.recording}>)` : "no recording link"}`,
    "",
    part("Decisions", decisions),
    part("Action items", actions),
    part("Issues and pull requests", issues),
  ].join("\n");
}

/**
 * The meetings as the site will show them, then the check's problems (compiler-style lines) if
 * there are any.
 */
export function summarizeMeetings(meetings: Meeting[], problems: string[], options: SummaryOptions): string {
  const parts = [`# What the site will show from ${meetings.length === 1 ? "this note" : `these ${meetings.length} notes`}\n`];
  parts.push(...meetings.map((m) => summarizeMeeting(m, options)));
  if (problems.length > 0) {
    const text = problems.join("\n");
    const fence = "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    parts.push(`## Problems\n\n${fence}\n${text}\n${fence}\n`);
  }
  return parts.join("\n");
}
