// What the checks read of a note beyond the model: its links and short references with their
// lines, and its sentences. Plain data: it holds no tokens (a folder's tokens would not fit in
// memory at 10,000 notes), and it crosses worker threads intact.

import { GITHUB_REPO_URL } from "../extract/github-ref.js";
import type { NoteText } from "../extract/walk.js";
import { endsSourceLine } from "../markdown/html-breaks.js";

export interface NoteFacts {
  links: Array<{ target: string; line: number; image: boolean }>;
  /** `#123`, `PR 7048`, `owner/repo#15`: references the note did not write as a URL. */
  shortReferences: Array<{ repo: string; number: number; line: number }>;
  /** Repositories the note names by a full GitHub URL, in a link or in code. */
  linkedRepos: string[];
  sentences: Array<{ text: string; line: number }>;
}

export function collectNoteFacts(text: NoteText): NoteFacts {
  const facts: NoteFacts = { links: [], shortReferences: [], linkedRepos: [], sentences: [] };
  const repos = new Set<string>();
  for (const block of text.blocks) {
    let line = block.line;
    for (const token of block.inline.children ?? []) {
      if (endsSourceLine(token)) line++;
      const target = token.type === "link_open" ? token.attrGet("href") : token.type === "image" ? token.attrGet("src") : null;
      if (!target) continue;
      facts.links.push({ target: String(target), line, image: token.type === "image" });
      // A short reference is linked too; only a URL the author wrote makes its repository known.
      const repo = token.markup === "reference" ? null : GITHUB_REPO_URL.exec(String(target));
      if (repo) repos.add(`${repo[1]}/${repo[2]}`.toLowerCase());
    }
    for (const sentence of block.sentences) {
      facts.sentences.push({ text: sentence.text, line: sentence.line });
      for (const { issue, short, line: at } of sentence.references) {
        if (issue && short) facts.shortReferences.push({ repo: issue.repo, number: issue.number, line: at });
      }
    }
  }
  for (const reference of text.outsideReferences) if (reference.issue) repos.add(reference.issue.repo);
  facts.linkedRepos = [...repos];
  return facts;
}
