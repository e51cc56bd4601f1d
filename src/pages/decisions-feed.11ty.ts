// /decisions.xml: an Atom feed with one entry per decision, the newest first, each linking to the
// decision's anchor on its meeting's page.

import { absoluteUrl } from "../render/absolute-url.js";
import { type AtomEntry, atomFeed, FEED_ENTRIES } from "../render/atom.js";
import { contextFor, type TemplateData, type TemplateThis } from "../render/context.js";
import { clip } from "../site/describe.js";

export const data = { permalink: "/decisions.xml", eleventyExcludeFromCollections: true };

const TITLE_LENGTH = 120;

export function render(this: TemplateThis, data: TemplateData): string {
  const context = contextFor(this, data);
  const { site } = data;
  const entries: AtomEntry[] = [];
  // Newest meeting first; within a meeting, in the order of the note. Stops at FEED_ENTRIES.
  for (let i = site.meetings.length - 1; i >= 0 && entries.length < FEED_ENTRIES; i--) {
    const meeting = site.meetings[i]!;
    const page = absoluteUrl(context, meeting.url);
    for (const decision of meeting.decisions.slice(0, FEED_ENTRIES - entries.length)) {
      entries.push({
        title: clip(decision.text, TITLE_LENGTH),
        url: `${page}#${decision.id}`,
        date: meeting.date,
        summary: `${decision.text} (${decision.explicit ? "stated" : "inferred"}; ${meeting.title}, ${meeting.date})`,
      });
    }
  }
  return atomFeed({
    title: `Decisions · ${site.config.title}`,
    subtitle: `Every decision of the ${site.config.title}, newest first.`,
    feedUrl: absoluteUrl(context, "/decisions.xml"),
    siteUrl: absoluteUrl(context, "/decisions/"),
    entries,
  });
}
