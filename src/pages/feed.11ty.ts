// /feed.xml: an Atom feed of the newest meetings, each with its decisions, for feed readers.

import { absoluteUrl } from "../render/absolute-url.js";
import { atomFeed, FEED_ENTRIES } from "../render/atom.js";
import { contextFor, type TemplateData, type TemplateThis } from "../render/context.js";
import { html } from "../render/html.js";
import { meetingDescription } from "../site/describe.js";

export const data = { permalink: "/feed.xml", eleventyExcludeFromCollections: true };

export function render(this: TemplateThis, data: TemplateData): string {
  const context = contextFor(this, data);
  const { site } = data;
  const absolute = (path: string) => absoluteUrl(context, path);
  const entries = site.meetings
    .slice(-FEED_ENTRIES)
    .reverse()
    .map((meeting) => ({
      title: meeting.title,
      url: absolute(meeting.url),
      date: meeting.date,
      summary: meetingDescription(meeting),
      content:
        meeting.decisions.length > 0
          ? html`<p>Decided:</p><ul>${meeting.decisions.map((d) => html`<li><a href="${absolute(meeting.url)}#${d.id}">${d.text}</a></li>`)}</ul>`.toString()
          : undefined,
    }));
  return atomFeed({
    title: site.config.title,
    subtitle: site.config.description,
    feedUrl: absolute("/feed.xml"),
    siteUrl: absolute("/"),
    entries,
  });
}
