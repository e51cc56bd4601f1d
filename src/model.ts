// The typed model of a meeting. Each note is parsed once into a Meeting; every page, feed and
// JSON file is rendered from it. Line numbers are 1-based lines of the file as it is on disk.

/** The GitHub URL's path segment, so `https://github.com/<repo>/<type>/<number>` is the link. */
export type IssueType = "issues" | "pull" | "milestone";

export interface Highlight {
  text: string;
  html: string;
  line: number;
}

export interface Decision {
  /** Stable anchor: `/meetings/<slug>/#<id>`. */
  id: string;
  text: string;
  html: string;
  line: number;
  /** Written by the author as `Decision: ...`, not inferred from prose. */
  explicit: boolean;
  /** Keys (see issueKey) of the issues cited by the decision's sentence. */
  issues: string[];
}

/** A decision that was published, then deleted from the note; its anchor is kept. */
export interface RemovedDecision {
  id: string;
  text: string;
}

export interface Action {
  /** The owner as written: "@directionless", "seph", "Alessandro, Sharvil, and seph". */
  owner: string;
  /** Each owner as written: ["Alessandro", "Sharvil", "seph"]; none for an unassigned task. A person's page is personSlug of the name. */
  names: string[];
  text: string;
  html: string;
  line: number;
}

export interface IssueMention {
  line: number;
  /** The sentence that mentions the issue, as plain text. */
  text: string;
}

export interface LinkedIssue {
  repo: string;
  type: IssueType;
  number: number;
  url: string;
  lines: number[];
  mentions: IssueMention[];
}

export interface Section {
  level: number;
  title: string;
  id: string;
  line: number;
}

export interface Meeting {
  /** Path relative to the notes folder, with forward slashes. */
  source: string;
  /** Unique per site: the date, or the date and a suffix when two notes share a date. */
  slug: string;
  url: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  title: string;
  recording: string | null;
  sections: Section[];
  highlights: Highlight[];
  decisions: Decision[];
  removedDecisions: RemovedDecision[];
  actions: Action[];
  issues: LinkedIssue[];
  /** @handles mentioned, in order of first mention, with the `@`. */
  people: string[];
  /** The note rendered to HTML (safe: raw HTML in notes is escaped). */
  html: string;
}

export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Path as the user gave it or relative to the notes folder. */
  file: string;
  line: number;
  severity: Severity;
  message: string;
  hint?: string;
  /**
   * Set when the site shows the file differently from how it is written (left out, bytes
   * replaced, nesting flattened): the build prints these warnings; `npm run check` lists all.
   */
  lossy?: true;
}
