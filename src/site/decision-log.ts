// The decision log: every decision of every meeting, newest first, grouped by meeting, on pages of
// bounded size: /decisions/ for all years and /decisions/<year>/ for one year.

import type { Meeting } from "../model.js";
import type { JumpTarget, Page } from "./paginate.js";
import { paginate } from "./paginate.js";
import { pushTo } from "./grouping.js";

/** About as many decisions as a reader scans on one page; a page stays well under 500 KB. */
export const DECISIONS_PER_PAGE = 200;

export interface DecisionLogPage extends Page<Meeting> {
  /** The year the page is limited to, or null for the log of all years. */
  year: string | null;
}

export interface DecisionLog {
  /** Decisions of all meetings. */
  total: number;
  /** Each year with decisions, newest first: `key` is the year, `size` its number of decisions,
   * `path` its own page /decisions/<year>/. */
  years: JumpTarget[];
  /** The pages of the whole log, then those of each year. */
  pages: DecisionLogPage[];
}

export function decisionLogPath(year: string | null = null): string {
  return year ? `/decisions/${year}/` : "/decisions/";
}

export function meetingYear(meeting: Pick<Meeting, "date">): string {
  return meeting.date.slice(0, 4);
}

const decisionCount = (meeting: Meeting) => meeting.decisions.length;

/**
 * @param meetings oldest first, as on the Site
 * @example buildDecisionLog(meetings).pages[0].items // meetings with decisions, newest first
 */
export function buildDecisionLog(meetings: readonly Meeting[]): DecisionLog {
  const newest = meetings.filter((m) => m.decisions.length > 0).reverse();
  const byYear = new Map<string, Meeting[]>();
  for (const meeting of newest) {
    pushTo(byYear, meetingYear(meeting), meeting);
  }
  const all = paginate(newest, decisionLogPath(), DECISIONS_PER_PAGE, decisionCount).map((p) => ({ ...p, year: null }));
  const yearly = [...byYear].flatMap(([year, list]) =>
    paginate(list, decisionLogPath(year), DECISIONS_PER_PAGE, decisionCount).map((p) => ({ ...p, year })),
  );
  // Each year has pages of its own, so a year's link goes to the first of them.
  const years = [...byYear].map(([year, list]) => ({ key: year, path: decisionLogPath(year), size: list.reduce((n, m) => n + decisionCount(m), 0) }));
  return { total: newest.reduce((n, m) => n + m.decisions.length, 0), years, pages: [...all, ...yearly] };
}
