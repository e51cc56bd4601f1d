// Every issue, pull request and milestone a note mentions, once each, with the lines and the
// sentences that mention it.

import type { LinkedIssue } from "../model.js";
import { githubUrl, issueKey } from "./github-ref.js";
import type { NoteText, Reference } from "./walk.js";

/**
 * A short reference (`#6280`) cannot tell an issue from a pull request; when the note also links
 * the full URL, the URL's type wins and both count as one. Two full URLs of one number are listed
 * as written, each: GitHub sends `issues/36` on to `pull/36`, but the note linked both.
 * @example extractIssues(walkNote(md.parse("See #5706 and https://github.com/osquery/osquery/pull/5706", env), 0))
 *   // [{ repo: "osquery/osquery", type: "pull", number: 5706, lines: [1], ... }]
 */
export function extractIssues(note: NoteText): LinkedIssue[] {
  // Each issue with what it already holds, so an issue mentioned thousands of times is not searched each time.
  // By issueKey, each number's entries: the first, and one more for a second type written in full.
  const byKey = new Map<string, Held[]>();
  const add = (reference: Reference, sentence: string | null) => {
    const ref = reference.issue!;
    const key = issueKey(ref);
    const entries = byKey.get(key);
    let held = reference.short ? entries?.[0] : entries?.find((e) => e.full === ref.type || e.full === null);
    if (!held) {
      // Field by field: V8 took five times as long to spread `ref` into a literal with more fields.
      const issue: LinkedIssue = { repo: ref.repo, type: ref.type, number: ref.number, url: githubUrl(ref), lines: [], mentions: [] };
      held = { issue, full: reference.short ? null : ref.type, lines: new Set(), mentions: new Map() };
      if (entries) entries.push(held);
      else byKey.set(key, [held]);
    } else if (held.full === null && !reference.short) {
      held.full = ref.type;
      held.issue.type = ref.type;
      held.issue.url = githubUrl(ref);
    }
    const { issue } = held;
    if (!held.lines.has(reference.line)) {
      held.lines.add(reference.line);
      issue.lines.push(reference.line);
    }
    if (sentence === null) return;
    const texts = held.mentions.get(reference.line) ?? held.mentions.set(reference.line, new Set()).get(reference.line)!;
    if (!texts.has(sentence)) {
      texts.add(sentence);
      issue.mentions.push({ line: reference.line, text: sentence });
    }
  };
  for (const block of note.blocks) {
    for (const sentence of block.sentences) {
      for (const reference of sentence.references) if (reference.issue) add(reference, sentence.text);
    }
  }
  for (const reference of note.outsideReferences) add(reference, null);
  const issues: LinkedIssue[] = [];
  for (const entries of byKey.values()) {
    for (const { issue } of entries) {
      issue.lines.sort((a, b) => a - b);
      issues.push(issue);
    }
  }
  return issues;
}

interface Held {
  issue: LinkedIssue;
  /** The type its full URL was written with; null while only short references name it. */
  full: LinkedIssue["type"] | null;
  lines: Set<number>;
  mentions: Map<number, Set<string>>;
}
