// GitHub links a note defines as link reference definitions ("[sc21-milestone]:
// https://github.com/hpc-carpentry/coordination/milestone/1"). markdown-it keeps definitions out of
// the tokens, and leaves an unused one off the page, but the URL is written in the note: its issue
// is one the meeting links, on the line where the definition gives it.

import { findGithubUrls, issueKey, parseGithubUrl } from "./github-ref.js";
import { countNewlines, type Reference } from "./walk.js";

/** What markdown-it leaves in `env.references` after a parse: each definition by its label. */
export type LinkDefinitions = Record<string, { href: string; title?: string }>;

/** The issue of each definition that links one, at the first line of `body` that writes its URL. */
export function definedIssues(definitions: LinkDefinitions | undefined, body: string, lineOffset: number): Reference[] {
  if (!definitions) return [];
  const wanted = new Set<string>();
  for (const { href } of Object.values(definitions)) {
    const ref = parseGithubUrl(href);
    if (ref) wanted.add(issueKey(ref));
  }
  if (wanted.size === 0) return [];
  const found: Reference[] = [];
  for (const { ref, index } of findGithubUrls(body)) {
    if (!wanted.delete(issueKey(ref))) continue;
    found.push({ issue: ref, line: lineOffset + 1 + countNewlines(body, index) });
  }
  return found;
}
