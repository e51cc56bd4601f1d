// The decision log: every decision of every meeting, newest first, grouped by meeting, each
// linking to its anchor in context. /decisions/ holds all years, /decisions/<year>/ one year;
// both split into pages of DECISIONS_PER_PAGE.

import { basePage } from "../../_includes/layouts/base.js";
import { decisionEntry } from "../../_includes/partials/decision-entry.js";
import { jumpNav } from "../../_includes/partials/jump-nav.js";
import { LIST_FILTER_SCRIPT, listFilter } from "../../_includes/partials/list-filter.js";
import { meetingHeading } from "../../_includes/partials/meeting-heading.js";
import { pager, pageTitle } from "../../_includes/partials/pager.js";
import { contextFor, onePagePer, type TemplateData, type TemplateThis } from "../render/context.js";
import { count } from "../render/count.js";
import { html } from "../render/html.js";
import { type DecisionLogPage, decisionLogPath, meetingYear } from "../site/decision-log.js";
import { yearAnchor } from "../site/group-anchors.js";
import { groupRuns } from "../site/grouping.js";

export const data = onePagePer("site.decisionLog.pages", "logPage");

export function render(this: TemplateThis, data: TemplateData & { logPage: DecisionLogPage }): string {
  const context = contextFor(this, data);
  const { site, logPage } = data;
  const { decisionLog } = site;
  const scope = logPage.year ? decisionLog.years.find((y) => y.key === logPage.year) : null;
  const total = scope ? scope.size : decisionLog.total;
  const title = logPage.year ? `Decisions in ${logPage.year}` : "Decisions";
  const years = [
    { label: "All years", path: decisionLogPath(), note: `(${decisionLog.total})`, current: logPage.year === null },
    ...decisionLog.years.map((y) => ({ label: y.key, path: y.path, note: `(${y.size})`, current: y.key === logPage.year })),
  ];
  const body = html`<h1>${title}</h1>
<p class="lead">${count(total, "decision")}, newest first. Each links to its sentence in the meeting's notes.
A decision is <span class="tag tag-stated">stated</span> when the note's author marked it, and
<span class="tag">inferred</span> when the site recognised it in the prose.</p>
${jumpNav(context, "Decisions by year", years)}
${listFilter("decisions", "decisions")}
${pager(context, logPage, title, "top")}
<div data-filter-scope="decisions">
${total === 0 ? html`<p class="muted">No decision has been recorded yet.</p>` : ""}
${groupRuns(logPage.items, meetingYear).map(
  ({ key: year, items }) => html`<section class="log-year" aria-labelledby="${yearAnchor(year)}" data-filter-group>
<h2 id="${yearAnchor(year)}">${year}</h2>
<ol class="log-meetings">${items.map(
    (meeting) => html`<li class="log-meeting" data-filter-group>
${meetingHeading(context, meeting, 3)}
<ol class="decision-list">${meeting.decisions.map((d) => decisionEntry(context, meeting, d))}</ol>
</li>`,
  )}</ol>
</section>`,
)}
</div>
${pager(context, logPage, title, "bottom")}`;
  return basePage(context, {
    title: pageTitle(title, logPage),
    description: `${count(total, "decision")} of the ${site.config.title}, newest first, each linking to its meeting.`,
    body,
    scripts: [LIST_FILTER_SCRIPT],
  });
}
