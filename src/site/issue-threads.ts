// Issue backlinks: for every issue, pull request and milestone the notes mention, the meetings
// that mentioned it, in one pass over all meetings. Feeds /issues/, the issue pages and the
// "previously discussed / continued" links on meeting pages.

import { issueKey } from "../extract/github-ref.js";
import type { Decision, IssueType, LinkedIssue, Meeting } from "../model.js";
import { type Page, paginate } from "./paginate.js";
import { pushTo } from "./grouping.js";

/** Issues listed on /issues/ in all, shared among the repositories (at most 50 and at least 3
 * each); the rest are on each repository's own pages. */
export const ISSUES_ON_INDEX = 400;

/** @example issuesShownPerRepo(2) === 50; issuesShownPerRepo(40) === 10 */
export function issuesShownPerRepo(repos: number): number {
  return Math.min(50, Math.max(3, Math.floor(ISSUES_ON_INDEX / Math.max(1, repos))));
}
/** Issues per page of a repository's list. */
export const ISSUES_PER_PAGE = 200;
/** Sentences and decisions per page of one issue (an issue discussed in hundreds of meetings). */
export const MENTIONS_PER_PAGE = 300;

export interface IssueMeeting {
  meeting: Meeting;
  /** The issue as that meeting linked it: lines and the sentences that mention it. */
  issue: LinkedIssue;
  /** Decisions of that meeting whose sentence cites the issue. */
  decisions: Decision[];
}

export interface IssueThread {
  /** See issueKey: `osquery/osquery/6280`, `osquery/osquery/milestone/12`. */
  key: string;
  repo: string;
  /** A pull request if any meeting linked it as one (`#6280` alone cannot tell). */
  type: IssueType;
  number: number;
  url: string;
  /** Site path of the issue's page. */
  path: string;
  /** Oldest first. */
  meetings: IssueMeeting[];
  /** Index in `meetings` by meeting slug. */
  position: Map<string, number>;
}

export interface RepoIssues {
  repo: string;
  path: string;
  /** Most discussed first. */
  threads: IssueThread[];
}

export interface IssueIndex {
  threads: Map<string, IssueThread>;
  /** Repositories with the most issues first. */
  repos: RepoIssues[];
  /** Pages of each repository's list, at /issues/<owner>/<repo>/. */
  repoPages: Array<Page<IssueThread> & { repo: RepoIssues }>;
  /** Pages of each issue, newest meeting first, at /issues/<key>/. */
  threadPages: Array<Page<IssueMeeting> & { thread: IssueThread }>;
}

/** @example issuePath("osquery/osquery/milestone/12") === "/issues/osquery/osquery/milestone/12/" */
export function issuePath(key: string): string {
  return `/issues/${key}/`;
}

export function repoPath(repo: string): string {
  return `/issues/${repo}/`;
}

/** Most meetings first, then the most recently discussed, then the highest number. */
function compareThreads(a: IssueThread, b: IssueThread): number {
  const lastA = a.meetings.at(-1)!.meeting.date;
  const lastB = b.meetings.at(-1)!.meeting.date;
  return b.meetings.length - a.meetings.length || (lastA < lastB ? 1 : lastA > lastB ? -1 : 0) || b.number - a.number;
}

const mentionWeight = (entry: IssueMeeting) => 1 + entry.issue.mentions.length + entry.decisions.length;

/**
 * @param meetings oldest first, as on the Site
 * @example buildIssueIndex(meetings).threads.get("osquery/osquery/6280")?.meetings.length // 6
 */
export function buildIssueIndex(meetings: readonly Meeting[]): IssueIndex {
  const threads = new Map<string, IssueThread>();
  for (const meeting of meetings) {
    const citing = new Map<string, Decision[]>();
    for (const decision of meeting.decisions) {
      for (const key of decision.issues) pushTo(citing, key, decision);
    }
    for (const issue of meeting.issues) {
      const key = issueKey(issue);
      let thread = threads.get(key);
      if (!thread) {
        thread = { key, repo: issue.repo, type: issue.type, number: issue.number, url: issue.url, path: issuePath(key), meetings: [], position: new Map() };
        threads.set(key, thread);
      } else if (thread.type === "issues" && issue.type === "pull") {
        thread.type = "pull";
        thread.url = issue.url;
      }
      // A note that links both issues/36 and pull/36 mentions one thing once.
      if (thread.position.has(meeting.slug)) continue;
      thread.position.set(meeting.slug, thread.meetings.length);
      thread.meetings.push({ meeting, issue, decisions: citing.get(key) ?? [] });
    }
  }
  const byRepo = new Map<string, IssueThread[]>();
  for (const thread of threads.values()) pushTo(byRepo, thread.repo, thread);
  const repos = [...byRepo]
    .map(([repo, list]) => ({ repo, path: repoPath(repo), threads: list.sort(compareThreads) }))
    .sort((a, b) => b.threads.length - a.threads.length || (a.repo < b.repo ? -1 : 1));
  return {
    threads,
    repos,
    repoPages: repos.flatMap((repo) => paginate(repo.threads, repo.path, ISSUES_PER_PAGE).map((page) => ({ ...page, repo }))),
    threadPages: [...threads.values()].flatMap((thread) =>
      paginate([...thread.meetings].reverse(), thread.path, MENTIONS_PER_PAGE, mentionWeight).map((page) => ({ ...page, thread })),
    ),
  };
}

/** The meetings that discussed the issue just before and just after this one. */
export function threadNeighbours(thread: IssueThread, slug: string): { previous: Meeting | null; next: Meeting | null } {
  const at = thread.position.get(slug);
  if (at === undefined) return { previous: null, next: null };
  return { previous: thread.meetings[at - 1]?.meeting ?? null, next: thread.meetings[at + 1]?.meeting ?? null };
}
