// An Atom 1.0 document (RFC 4287) from entries whose URLs are already absolute. Text goes through
// the escaping template, so a note's words are character data, never markup.

import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { html, type SafeHtml } from "./html.js";

/** The newest entries a feed holds, so it stays bounded however many notes there are. */
export const FEED_ENTRIES = 500;

export interface AtomEntry {
  title: string;
  /** Absolute URL; also the entry's id, which stays stable because URLs do. */
  url: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  /** HTML shown by feed readers, escaped into the document as text. */
  content?: string;
}

export interface AtomFeed {
  title: string;
  subtitle: string;
  /** Absolute URLs of the feed itself and of the page it follows. */
  feedUrl: string;
  siteUrl: string;
  /** Newest first. */
  entries: AtomEntry[];
}

/** @example rfc3339("2019-09-03") === "2019-09-03T00:00:00Z" */
export function rfc3339(isoDate: string): string {
  return dateToRfc3339(new Date(`${isoDate}T00:00:00Z`));
}

function entry(e: AtomEntry): SafeHtml {
  return html`<entry>
<title>${e.title}</title>
<link href="${e.url}"/>
<id>${e.url}</id>
<updated>${rfc3339(e.date)}</updated>
<summary>${e.summary}</summary>
${e.content !== undefined ? html`<content type="html">${e.content}</content>` : ""}
</entry>
`;
}

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries[0]?.date ?? "1970-01-01";
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<feed xmlns="http://www.w3.org/2005/Atom">
<title>${feed.title}</title>
<subtitle>${feed.subtitle}</subtitle>
<link href="${feed.feedUrl}" rel="self" type="application/atom+xml"/>
<link href="${feed.siteUrl}"/>
<id>${feed.feedUrl}</id>
<updated>${rfc3339(updated)}</updated>
<author><name>${feed.title}</name></author>
${feed.entries.slice(0, FEED_ENTRIES).map(entry)}</feed>
`}`;
}
