// The home page: every meeting, newest first, grouped by year.

import { basePage } from "../../_includes/layouts/base.js";
import { readableDate } from "../load/note-date.js";
import type { Meeting } from "../model.js";
import { contextFor, type RenderContext, type TemplateData, type TemplateThis } from "../render/context.js";
import { html, type SafeHtml, trusted } from "../render/html.js";

export const data = { permalink: "/", eleventyExcludeFromCollections: true };

const HIGHLIGHTS_SHOWN = 3;

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function entry(context: RenderContext, meeting: Meeting): SafeHtml {
  return html`<li class="meeting-entry">
<p class="entry-date"><time datetime="${meeting.date}">${readableDate(meeting.date)}</time></p>
<h3><a href="${context.url(meeting.url)}">${meeting.title}</a></h3>
<p class="entry-counts">${count(meeting.decisions.length, "decision", "decisions")} · ${count(meeting.issues.length, "issue", "issues")}</p>
${meeting.highlights.length > 0 ? html`<ul class="entry-highlights">${meeting.highlights.slice(0, HIGHLIGHTS_SHOWN).map((h) => html`<li>${trusted(h.html)}</li>`)}</ul>` : ""}
</li>`;
}

export function groupByYear(meetings: Meeting[]): Array<{ year: string; meetings: Meeting[] }> {
  const years = new Map<string, Meeting[]>();
  for (const meeting of [...meetings].reverse()) {
    const year = meeting.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), meeting]);
  }
  return [...years].map(([year, list]) => ({ year, meetings: list }));
}

export function render(this: TemplateThis, data: TemplateData): string {
  const context = contextFor(this, data);
  const { site } = data;
  const years = groupByYear(site.meetings);
  const body = html`<h1>${site.config.title}</h1>
<p class="lead">${site.config.description} ${count(site.meetings.length, "meeting", "meetings")}.</p>
${years.map(
  ({ year, meetings }) => html`<section class="year" aria-labelledby="year-${year}">
<h2 id="year-${year}">${year}</h2>
<ol class="meeting-list" reversed>${meetings.map((m) => entry(context, m))}</ol>
</section>`,
)}`;
  return basePage(context, { title: site.config.title, description: site.config.description, body });
}
