// Every issue, pull request and milestone a note mentions, once each, with the lines and the
// sentences that mention it.

import type { LinkedIssue } from "../model.js";
import { githubUrl, issueKey } from "./github-ref.js";
import type { NoteText, Reference } from "./walk.js";

/**
 * A short reference (`#6280`) cannot tell an issue from a pull request; when the note also links
 * the full URL, the URL's type wins and both count as one.
 * @example extractIssues(walkNote(md.parse("See #5706 and https://github.com/osquery/osquery/pull/5706", env), 0))
 *   // [{ repo: "osquery/osquery", type: "pull", number: 5706, lines: [1], ... }]
 */
export function extractIssues(note: NoteText): LinkedIssue[] {
  const byKey = new Map<string, LinkedIssue>();
  const add = (reference: Reference, sentence: string | null) => {
    const ref = reference.issue!;
    const key = issueKey(ref);
    let issue = byKey.get(key);
    if (!issue) {
      issue = { ...ref, url: githubUrl(ref), lines: [], mentions: [] };
      byKey.set(key, issue);
    } else if (issue.type === "issues" && ref.type === "pull") {
      issue.type = "pull";
      issue.url = githubUrl(ref);
    }
    if (!issue.lines.includes(reference.line)) issue.lines.push(reference.line);
    if (sentence !== null && !issue.mentions.some((m) => m.line === reference.line && m.text === sentence)) {
      issue.mentions.push({ line: reference.line, text: sentence });
    }
  };
  for (const block of note.blocks) {
    for (const sentence of block.sentences) {
      for (const reference of sentence.references) if (reference.issue) add(reference, sentence.text);
    }
  }
  for (const reference of note.codeReferences) add(reference, null);
  const issues = [...byKey.values()];
  for (const issue of issues) issue.lines.sort((a, b) => a - b);
  return issues;
}
