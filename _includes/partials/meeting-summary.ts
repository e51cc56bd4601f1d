// The summary at the top of a meeting page: highlights, decisions (each a link to its anchor in
// the note below), action items with owners, and the issues and pull requests discussed.

import type { RenderContext } from "../../src/render/context.js";
import { html, type SafeHtml, trusted } from "../../src/render/html.js";
import type { LinkedIssue, Meeting } from "../../src/model.js";

export function issueLabel(issue: Pick<LinkedIssue, "repo" | "type" | "number">, defaultRepo: string): string {
  const repo = issue.repo === defaultRepo ? "" : issue.repo;
  return issue.type === "milestone" ? `${repo ? `${repo} ` : ""}milestone ${issue.number}` : `${repo}#${issue.number}`;
}

const ISSUE_KIND = { issues: "issue", pull: "pull request", milestone: "milestone" } as const;

function part(id: string, title: string, items: SafeHtml[], ordered = false): SafeHtml {
  if (items.length === 0) return html``;
  const list = ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  return html`<section class="summary-part" aria-labelledby="${id}"><h3 id="${id}">${title}</h3>${list}</section>`;
}

export function meetingSummary(context: RenderContext, meeting: Meeting): SafeHtml {
  const { defaultRepo } = context.site.config;
  const highlights = meeting.highlights.map((h) => html`<li>${trusted(h.html)}</li>`);
  const decisions = [
    ...meeting.decisions.map(
      (d) => html`<li><a href="#${d.id}">${d.text}</a>${d.explicit ? html` <span class="tag" title="Marked as a decision by the note's author">stated</span>` : ""}</li>`,
    ),
    ...meeting.removedDecisions.map(
      (d) => html`<li class="decision-removed" id="${d.id}"><strong>This decision was removed from the notes.</strong> It read: <del>${d.text}</del></li>`,
    ),
  ];
  const actions = meeting.actions.map((a) => html`<li><span class="owner">${a.owner}</span>: ${trusted(a.html)}</li>`);
  const issues = meeting.issues.map(
    (i) => html`<li><a href="${i.url}">${issueLabel(i, defaultRepo)}</a> <span class="muted">${ISSUE_KIND[i.type]}</span></li>`,
  );
  const empty = highlights.length + decisions.length + actions.length + issues.length === 0;
  return html`<section class="summary" aria-labelledby="meeting-summary">
<h2 id="meeting-summary">Summary</h2>
${empty ? html`<p class="muted">Nothing was recorded as a highlight, decision, action item or issue in this note.</p>` : ""}
${part("meeting-highlights", "Highlights", highlights)}
${part("meeting-decisions", "Decisions", decisions, true)}
${part("meeting-actions", "Action items", actions)}
${part("meeting-issues", "Issues and pull requests", issues)}
</section>`;
}
