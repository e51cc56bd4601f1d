// One page per meeting at /meetings/<slug>/: summary first, then the whole note.

import { basePage } from "../../_includes/layouts/base.js";
import { meetingSummary } from "../../_includes/partials/meeting-summary.js";
import { readableDate } from "../load/note-date.js";
import type { Meeting } from "../model.js";
import { contextFor, type TemplateData, type TemplateThis } from "../render/context.js";
import { html, trusted } from "../render/html.js";
import { meetingDescription } from "../site/describe.js";

export const data = {
  pagination: { data: "site.meetings", size: 1, alias: "meeting", addAllPagesToCollections: false },
  permalink: (data: { meeting: Meeting }) => data.meeting.url,
  eleventyExcludeFromCollections: true,
};

export function render(this: TemplateThis, data: TemplateData & { meeting: Meeting }): string {
  const context = contextFor(this, data);
  const { meeting } = data;
  const { previous, next } = data.site.neighbours.get(meeting.slug) ?? { previous: null, next: null };
  const sourcePath = meeting.source.split("/").map(encodeURIComponent).join("/");
  const { sourceUrl } = data.site.config;
  const body = html`<article class="meeting" data-pagefind-body data-pagefind-meta="date:${meeting.date}">
<header class="meeting-header">
<p class="meeting-date"><time datetime="${meeting.date}">${readableDate(meeting.date)}</time></p>
<h1>${meeting.title}</h1>
<p class="meeting-links">
${meeting.recording ? html`<a href="${meeting.recording}">Recording</a>` : html`<span class="muted">No recording</span>`}
· <a href="${context.url(`/notes/${sourcePath}`)}" type="text/markdown">Source</a>
${sourceUrl ? html` · <a href="${sourceUrl + sourcePath}">Edit on GitHub</a>` : ""}
</p>
</header>
${meetingSummary(context, meeting)}
<section class="note" aria-label="Notes">
${trusted(meeting.html)}
</section>
</article>
<nav class="meeting-nav" aria-label="Other meetings">
${previous ? html`<a rel="prev" href="${context.url(previous.url)}">&larr; ${readableDate(previous.date)}</a>` : html`<span></span>`}
${next ? html`<a rel="next" href="${context.url(next.url)}">${readableDate(next.date)} &rarr;</a>` : html`<span></span>`}
</nav>`;
  return basePage(context, {
    title: meeting.title,
    description: meetingDescription(meeting),
    body,
    type: "article",
    published: meeting.date,
  });
}
