// What counts as a reference to a GitHub issue, pull request or milestone, in URL or short form.

import type { IssueType } from "../model.js";

export interface GithubRef {
  /** `owner/name`, lower-cased: GitHub treats repository names case-insensitively. */
  repo: string;
  type: IssueType;
  number: number;
}

// GitHub owners are letters, digits and hyphens; a repository name is never "." or "..", which
// matters because the repository becomes part of a page's path (/issues/<owner>/<name>/...).
const REPO_URL = String.raw`^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9][A-Za-z0-9-]*)\/(?!\.\.?(?:\/|$))([\w.-]+)`;
const GITHUB_URL = new RegExp(String.raw`${REPO_URL}\/(issues|pull|milestone)\/(\d+)(?![\d])`, "i");
/** A repository's URL or anything under it: "https://github.com/osquery/osquery/blob/master/README.md". */
export const GITHUB_REPO_URL = new RegExp(REPO_URL, "i");

/**
 * Reads a GitHub issue, pull request or milestone URL; anything else gives null.
 * @example parseGithubUrl("https://github.com/osquery/osquery/pull/5706/files")
 *   // { repo: "osquery/osquery", type: "pull", number: 5706 }
 */
export function parseGithubUrl(url: string): GithubRef | null {
  const match = GITHUB_URL.exec(url);
  if (!match) return null;
  const [, owner, name, kind, number] = match as unknown as [string, string, string, string, string];
  return { repo: `${owner}/${name}`.toLowerCase(), type: kind.toLowerCase() as IssueType, number: Number(number) };
}

/** Every GitHub issue/pull/milestone URL inside a run of text (code spans, code blocks). */
export function findGithubUrls(text: string): Array<{ ref: GithubRef; index: number }> {
  const found: Array<{ ref: GithubRef; index: number }> = [];
  // A URL ends where another begins: exports join two links' addresses with no space between.
  for (const match of text.matchAll(/https?:\/\/(?:www\.)?github\.com\/(?:(?!https?:)[^\s)\]>"'`])+/gi)) {
    const ref = parseGithubUrl(match[0]);
    if (ref) found.push({ ref, index: match.index });
  }
  return found;
}

export function githubUrl(ref: GithubRef): string {
  return `https://github.com/${ref.repo}/${ref.type}/${ref.number}`;
}

/**
 * One key per GitHub object: issues and pull requests share numbers, milestones do not.
 * @example issueKey({ repo: "osquery/osquery", type: "pull", number: 6280 }) === "osquery/osquery/6280"
 */
export function issueKey(ref: Pick<GithubRef, "repo" | "type" | "number">): string {
  return ref.type === "milestone" ? `${ref.repo}/milestone/${ref.number}` : `${ref.repo}/${ref.number}`;
}
