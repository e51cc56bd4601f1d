// The summary at the top of a meeting page: highlights, decisions (each a link to its anchor in
// the note below), action items with owners linking to their pages, and the issues and pull
// requests discussed, each with the previous and next meeting that discussed it.

import { issueKey } from "../../src/extract/github-ref.js";
import type { Action, LinkedIssue, Meeting } from "../../src/model.js";
import type { RenderContext } from "../../src/render/context.js";
import { count } from "../../src/render/count.js";
import { html, type SafeHtml, trusted } from "../../src/render/html.js";
import { type IssueThread, threadNeighbours } from "../../src/site/issue-threads.js";
import { personSlug } from "../../src/site/person-path.js";
import { decisionTag } from "./decision-entry.js";

export function issueLabel(issue: Pick<LinkedIssue, "repo" | "type" | "number">, defaultRepo: string): string {
  const repo = issue.repo === defaultRepo ? "" : issue.repo;
  return issue.type === "milestone" ? `${repo ? `${repo} ` : ""}milestone ${issue.number}` : `${repo}#${issue.number}`;
}

export const ISSUE_KIND = { issues: "issue", pull: "pull request", milestone: "milestone" } as const;

// Search ranks a meeting higher when its decisions hold the words: they are what readers look for.
function part(id: string, title: string, items: SafeHtml[], ordered = false, weighty = false): SafeHtml {
  if (items.length === 0) return html``;
  const list = ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  return html`<section class="summary-part" aria-labelledby="${id}"${weighty ? html` data-pagefind-weight="4"` : ""}><h3 id="${id}">${title}</h3>${list}</section>`;
}

/** The owners as written, each linking to their person page: "<a>Nick</a> and <a>Alessandro</a>". */
function owners(context: RenderContext, action: Action): SafeHtml {
  if (action.names.length === 0) return html`${action.owner}`;
  const links = action.names.map((name) => {
    const person = context.site.people.people.get(personSlug(name));
    return person ? html`<a href="${context.url(person.path)}">${name}</a>` : html`${name}`;
  });
  return html`${links.map((link, i) => html`${i === 0 ? "" : i === links.length - 1 ? " and " : ", "}${link}`)}`;
}

/** "previously discussed 2019-08-20, continued 2019-10-01 · 6 meetings" */
function issueThread(context: RenderContext, meeting: Meeting, thread: IssueThread): SafeHtml {
  const { previous, next } = threadNeighbours(thread, meeting.slug);
  const when = (m: Meeting) => html`<a href="${context.url(m.url)}"><time datetime="${m.date}">${m.date}</time></a>`;
  // The parts, a comma between the first two and a dot before the last; written out in place, as
  // every issue of every meeting page has them.
  return html`<span class="issue-thread" data-pagefind-ignore>${previous ? html`previously discussed ${when(previous)}${next ? ", " : " · "}` : ""}${
    next ? html`continued ${when(next)} · ` : ""
  }<a href="${context.url(thread.path)}">${thread.meetings.length === 1 ? "only this meeting" : count(thread.meetings.length, "meeting")}</a></span>`;
}

export function meetingSummary(context: RenderContext, meeting: Meeting): SafeHtml {
  const { defaultRepo } = context.site.config;
  const highlights = meeting.highlights.map((h) => html`<li>${trusted(h.html)}</li>`);
  const decisions = [
    ...meeting.decisions.map(
      (d) => html`<li><a href="#${d.id}">${d.text}</a>${d.explicit ? html` ${decisionTag(d)}` : ""}</li>`,
    ),
    ...meeting.removedDecisions.map(
      (d) => html`<li class="decision-removed" id="${d.id}"><strong>This decision was removed from the notes.</strong> It read: <del>${d.text}</del></li>`,
    ),
  ];
  const actions = meeting.actions.map((a) => html`<li><span class="owner">${owners(context, a)}</span>: ${trusted(a.html)}</li>`);
  const issues = meeting.issues.map((i) => {
    // Another meeting may have linked it as a pull request where this one wrote `#6280`.
    const thread = context.site.issues.threads.get(issueKey(i));
    const { type, url } = thread ?? i;
    return html`<li><a href="${url}">${issueLabel(i, defaultRepo)}</a> <span class="muted">${ISSUE_KIND[type]}</span> ${thread ? issueThread(context, meeting, thread) : ""}</li>`;
  });
  const empty = highlights.length + decisions.length + actions.length + issues.length === 0;
  return html`<section class="summary" aria-labelledby="meeting-summary">
<h2 id="meeting-summary">Summary</h2>
${empty ? html`<p class="muted">Nothing was recorded as a highlight, decision, action item or issue in this note.</p>` : ""}
${part("meeting-highlights", "Highlights", highlights)}
${part("meeting-decisions", "Decisions", decisions, true, true)}
${part("meeting-actions", "Action items", actions)}
${part("meeting-issues", "Issues and pull requests", issues)}
</section>`;
}
