// /issues/<owner>/<repo>/<number>/ (milestones: .../milestone/<number>/): every meeting that
// mentioned the issue, newest first, with the sentences that mention it and the decisions of that
// meeting that cite it, each under the heading it was made under.

import { basePage } from "../../_includes/layouts/base.js";
import { decisionEntry } from "../../_includes/partials/decision-entry.js";
import { meetingHeading } from "../../_includes/partials/meeting-heading.js";
import { ISSUE_KIND, issueLabel } from "../../_includes/partials/meeting-summary.js";
import { pager, pageTitle } from "../../_includes/partials/pager.js";
import type { IssueMention, Meeting } from "../model.js";
import { contextFor, onePagePer, type RenderContext, type TemplateData, type TemplateThis } from "../render/context.js";
import { count } from "../render/count.js";
import { html } from "../render/html.js";
import { type IssueIndex, type IssueMeeting, repoPath } from "../site/issue-threads.js";
import { isLinkOnly, sectionAt } from "../site/mention-context.js";

type ThreadPage = IssueIndex["threadPages"][number];

export const data = onePagePer("site.issues.threadPages", "threadPage");

function meetingDate(context: RenderContext, meeting: Meeting) {
  return html`<a href="${context.url(meeting.url)}"><time datetime="${meeting.date}">${meeting.date}</time></a>`;
}

/** A mention under the heading it was made under, which says more than a bare link does. */
function mentionEntry(context: RenderContext, meeting: Meeting, mention: IssueMention) {
  const section = sectionAt(meeting, mention.line);
  if (!section) return html`<li><q>${mention.text}</q></li>`;
  const under = html`<a href="${context.url(meeting.url)}#${section.id}">${section.title}</a>`;
  return isLinkOnly(mention) ? html`<li>Under ${under}</li>` : html`<li>${under}: <q>${mention.text}</q></li>`;
}

function entry(context: RenderContext, { meeting, issue, decisions }: IssueMeeting) {
  return html`<li class="thread-entry">
${meetingHeading(context, meeting, 2)}
${issue.mentions.length > 0
  ? html`<ul class="mentions">${issue.mentions.map((m) => mentionEntry(context, meeting, m))}</ul>`
  : html`<p class="muted">Linked in a code block.</p>`}
${decisions.length > 0 ? html`<p class="entry-label">Decided:</p><ol class="decision-list">${decisions.map((d) => decisionEntry(context, meeting, d))}</ol>` : ""}
</li>`;
}

export function render(this: TemplateThis, data: TemplateData & { threadPage: ThreadPage }): string {
  const context = contextFor(this, data);
  const { threadPage } = data;
  const { thread } = threadPage;
  const first = thread.meetings[0]!.meeting;
  const last = thread.meetings.at(-1)!.meeting;
  const label = issueLabel(thread, "");
  const kind = ISSUE_KIND[thread.type];
  const body = html`<p class="meeting-date"><a href="${context.url(repoPath(thread.repo))}">${thread.repo}</a> · ${kind}</p>
<h1>${label}</h1>
<p class="lead">Discussed in ${count(thread.meetings.length, "meeting")}:
${first === last ? html`on ${meetingDate(context, first)}` : html`first on ${meetingDate(context, first)}, last on ${meetingDate(context, last)}`}.
<a href="${thread.url}">Open on GitHub</a></p>
${pager(context, threadPage, label, "top")}
<ol class="thread">${threadPage.items.map((item) => entry(context, item))}</ol>
${pager(context, threadPage, label, "bottom")}`;
  return basePage(context, {
    title: pageTitle(label, threadPage),
    description: `The ${kind} ${label} in the ${data.site.config.title}: discussed in ${count(thread.meetings.length, "meeting")}, from ${first.date} to ${last.date}.`,
    body,
  });
}
