// The home page: every meeting, newest first, grouped by year, on pages of MEETINGS_PER_PAGE
// (/, /page/2/, ...) with links to each year.

import { basePage } from "../../_includes/layouts/base.js";
import { jumpNav } from "../../_includes/partials/jump-nav.js";
import { meetingHeading } from "../../_includes/partials/meeting-heading.js";
import { pager, pageTitle } from "../../_includes/partials/pager.js";
import type { Meeting } from "../model.js";
import { contextFor, onePagePer, type RenderContext, type TemplateData, type TemplateThis } from "../render/context.js";
import { html, type SafeHtml, trusted } from "../render/html.js";
import { count } from "../render/count.js";
import { meetingYear } from "../site/decision-log.js";
import { yearAnchor } from "../site/group-anchors.js";
import { groupRuns } from "../site/grouping.js";
import type { Page } from "../site/paginate.js";

export const data = onePagePer("site.meetingList.pages", "listPage");

const HIGHLIGHTS_SHOWN = 3;

function entry(context: RenderContext, meeting: Meeting): SafeHtml {
  return html`<li class="meeting-entry">
${meetingHeading(context, meeting, 3)}
<p class="entry-counts">${count(meeting.decisions.length, "decision")} · ${count(meeting.issues.length, "issue")}</p>
${meeting.highlights.length > 0 ? html`<ul class="entry-highlights">${meeting.highlights.slice(0, HIGHLIGHTS_SHOWN).map((h) => html`<li>${trusted(h.html)}</li>`)}</ul>` : ""}
</li>`;
}

export function render(this: TemplateThis, data: TemplateData & { listPage: Page<Meeting> }): string {
  const context = contextFor(this, data);
  const { site, listPage } = data;
  const years = site.meetingList.years.map((y) => ({ label: y.key, path: y.path, note: `(${y.size})` }));
  const body = html`<h1>${site.config.title}</h1>
<p class="lead">${site.config.description} ${count(site.meetings.length, "meeting")}.</p>
${jumpNav(context, "Meetings by year", years)}
${pager(context, listPage, "Meetings", "top")}
${groupRuns(listPage.items, meetingYear).map(
  ({ key: year, items }) => html`<section class="year" aria-labelledby="${yearAnchor(year)}">
<h2 id="${yearAnchor(year)}">${year}</h2>
<ol class="meeting-list">${items.map((m) => entry(context, m))}</ol>
</section>`,
)}
${pager(context, listPage, "Meetings", "bottom")}`;
  return basePage(context, { title: listPage.number > 1 ? pageTitle("Meetings", listPage) : site.config.title, description: site.config.description, body });
}
