// Links a reader cannot follow safely or at all: `http://` links and images, and short references
// to a repository that no note links in full, which is most often a typo (`osquery/osqery#12`).

import type { Diagnostic } from "../model.js";
import type { NoteFacts } from "./note-facts.js";

/**
 * The repositories a short reference may name: the default one, and every repository the notes
 * link to by a full GitHub URL (`https://github.com/osquery/foundation/issues/15`, or the
 * repository's own page).
 */
export function knownRepos(notes: NoteFacts[], defaultRepo: string): Set<string> {
  const known = new Set([defaultRepo.toLowerCase()]);
  for (const facts of notes) for (const repo of facts.linkedRepos) known.add(repo);
  return known;
}

/** Warnings for `http://` links and images, and for short references to unknown repositories. */
export function checkLinks(source: string, facts: NoteFacts, known: ReadonlySet<string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { target, line, image } of facts.links) {
    if (!/^http:\/\//i.test(target)) continue;
    diagnostics.push({
      file: source,
      line,
      severity: "warning",
      message: `${image ? "image" : "link"} uses http://: ${target}`,
      hint: image ? "use its https:// address; the site's pages only load images over https" : "use https:// if the site offers it",
    });
  }
  for (const { repo, number, line } of facts.shortReferences) {
    if (known.has(repo)) continue;
    diagnostics.push({
      file: source,
      line,
      severity: "warning",
      message: `${repo}#${number} refers to a repository that no note links to`,
      hint: `check the spelling of ${repo}, or link the issue once by its full URL`,
    });
  }
  return diagnostics.sort((a, b) => a.line - b.line);
}
