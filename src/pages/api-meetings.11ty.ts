// api/meetings.json: the public, machine-readable form of every meeting, oldest first. Other
// tools and the evaluation read it; its shape is an interface.

import type { Meeting } from "../model.js";
import type { TemplateData, TemplateThis } from "../render/context.js";

export const data = { permalink: "/api/meetings.json", eleventyExcludeFromCollections: true };

export function publicMeeting(meeting: Meeting, url: (path: string) => string) {
  const page = url(meeting.url);
  return {
    source: meeting.source,
    date: meeting.date,
    title: meeting.title,
    url: page,
    recording: meeting.recording,
    highlights: meeting.highlights.map(({ text, line }) => ({ text, line })),
    decisions: meeting.decisions.map(({ id, text, line, explicit }) => ({ id, url: `${page}#${id}`, text, line, explicit })),
    actions: meeting.actions.map(({ owner, text, line }) => ({ owner, text, line })),
    issues: meeting.issues.map(({ repo, type, number, url: issueUrl, lines }) => ({ repo, type, number, url: issueUrl, lines })),
    people: meeting.people,
  };
}

/** JSON with `<` escaped, so no file of the site holds markup from a note, even as data. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/</g, "\\u003c");
}

export function render(this: TemplateThis, data: TemplateData): string {
  return safeJson(data.site.meetings.map((m) => publicMeeting(m, (p) => this.url(p))));
}
