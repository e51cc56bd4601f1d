// The extractors' results as Eleventy filters, so any template (Nunjucks, Liquid, JavaScript)
// can ask a meeting for them: {{ meeting | decisions | length }}. They read the parsed model;
// nothing is parsed again.

import { readableDate } from "../load/note-date.js";
import type { Action, Decision, Highlight, LinkedIssue, Meeting } from "../model.js";

export const filters = {
  highlights: (meeting: Meeting): Highlight[] => meeting.highlights,
  decisions: (meeting: Meeting): Decision[] => meeting.decisions,
  actions: (meeting: Meeting): Action[] => meeting.actions,
  linkedIssues: (meeting: Meeting): LinkedIssue[] => meeting.issues,
  people: (meeting: Meeting): string[] => meeting.people,
  readableDate: (isoDate: string): string => readableDate(isoDate),
};

export interface FilterRegistry {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
}

export function registerFilters(eleventyConfig: FilterRegistry): void {
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
}
