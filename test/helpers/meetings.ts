// Small hand-made meetings for unit tests of the views across meetings: only what a test names
// is set, the rest is empty.

import { splitNames } from "../../src/extract/person-names.js";
import { githubUrl, issueKey } from "../../src/extract/github-ref.js";
import type { Action, Decision, LinkedIssue, Meeting } from "../../src/model.js";

export interface MeetingSpec {
  date: string;
  slug?: string;
  /** Decisions as `[id, issue keys cited]` or just the id. */
  decisions?: Array<string | [id: string, issues: string[]] | Decision>;
  /** Issues as `owner/repo/type/number`, e.g. `osquery/osquery/pull/6280`, with optional sentences. */
  issues?: Array<string | [ref: string, sentences: string[]]>;
  people?: string[];
  /** Action owners as written, e.g. "Nick and @seph". */
  actions?: string[];
}

export function decision(id: string, issues: string[] = [], explicit = false): Decision {
  return { id, text: `Decision ${id}.`, html: `Decision ${id}.`, line: 1, explicit, issues };
}

function linkedIssue(ref: string, sentences: string[]): LinkedIssue {
  const [owner, name, type, number] = ref.split("/") as [string, string, LinkedIssue["type"], string];
  const gh = { repo: `${owner}/${name}`, type, number: Number(number) };
  return { ...gh, url: githubUrl(gh), lines: [1], mentions: sentences.map((text) => ({ line: 1, text })) };
}

function action(owner: string): Action {
  return { owner, names: splitNames(owner), text: `${owner} will do it.`, html: `${owner} will do it.`, line: 1 };
}

export function meeting(spec: MeetingSpec): Meeting {
  const slug = spec.slug ?? spec.date;
  return {
    source: `${slug}.md`,
    slug,
    url: `/meetings/${slug}/`,
    date: spec.date,
    title: `Meeting ${slug}`,
    recording: null,
    sections: [],
    highlights: [],
    decisions: (spec.decisions ?? []).map((d) => (typeof d === "string" ? decision(d) : Array.isArray(d) ? decision(d[0], d[1]) : d)),
    removedDecisions: [],
    actions: (spec.actions ?? []).map(action),
    issues: (spec.issues ?? []).map((i) => (typeof i === "string" ? linkedIssue(i, []) : linkedIssue(i[0], i[1]))),
    people: spec.people ?? [],
    html: "",
  };
}

/** The key buildIssueIndex uses for an `owner/repo/type/number` ref. */
export function keyOf(ref: string): string {
  const [owner, name, type, number] = ref.split("/") as [string, string, LinkedIssue["type"], string];
  return issueKey({ repo: `${owner}/${name}`, type, number: Number(number) });
}
