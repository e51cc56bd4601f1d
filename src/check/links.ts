// Links a reader cannot follow safely or at all: `http://` links and images, and short references
// to a repository that no note links in full, which is most often a typo (`osquery/osqery#12`).

import type { Token } from "markdown-it";
import type { NoteText } from "../extract/walk.js";
import type { Diagnostic } from "../model.js";

const GITHUB_REPO = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+)/i;

interface LinkTarget {
  token: Token;
  target: string;
  line: number;
}

/** Every link and image of the note with its line: a block's line plus the line breaks before it. */
function linkTargets(text: NoteText): LinkTarget[] {
  const targets: LinkTarget[] = [];
  for (const block of text.blocks) {
    let line = block.line;
    for (const token of block.inline.children ?? []) {
      if (token.type === "softbreak" || token.type === "hardbreak") line++;
      const target = token.type === "link_open" ? token.attrGet("href") : token.type === "image" ? token.attrGet("src") : null;
      if (target) targets.push({ token, target: String(target), line });
    }
  }
  return targets;
}

/**
 * The repositories a short reference may name: the default one, and every repository the notes
 * link to by a full GitHub URL (`https://github.com/osquery/foundation/issues/15`, or the
 * repository's own page).
 */
export function knownRepos(notes: NoteText[], defaultRepo: string): Set<string> {
  const known = new Set([defaultRepo.toLowerCase()]);
  for (const text of notes) {
    for (const { token, target } of linkTargets(text)) {
      // A short reference is linked too; only a URL the author wrote makes its repository known.
      const match = token.markup === "reference" ? null : GITHUB_REPO.exec(target);
      if (match) known.add(`${match[1]}/${match[2]}`.toLowerCase());
    }
    for (const reference of text.codeReferences) if (reference.issue) known.add(reference.issue.repo);
  }
  return known;
}

/** Warnings for `http://` links and images, and for short references to unknown repositories. */
export function checkLinks(source: string, text: NoteText, known: ReadonlySet<string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { token, target, line } of linkTargets(text)) {
    if (!/^http:\/\//i.test(target)) continue;
    const image = token.type === "image";
    diagnostics.push({
      file: source,
      line,
      severity: "warning",
      message: `${image ? "image" : "link"} uses http://: ${target}`,
      hint: image ? "use its https:// address; the site's pages only load images over https" : "use https:// if the site offers it",
    });
  }
  for (const block of text.blocks) {
    for (const sentence of block.sentences) {
      for (const { issue, short, line } of sentence.references) {
        if (!issue || !short || known.has(issue.repo)) continue;
        diagnostics.push({
          file: source,
          line,
          severity: "warning",
          message: `${issue.repo}#${issue.number} refers to a repository that no note links to`,
          hint: `check the spelling of ${issue.repo}, or link the issue once by its full URL`,
        });
      }
    }
  }
  return diagnostics.sort((a, b) => a.line - b.line);
}
