// One issue in a list of issues (/issues/ and a repository's pages): its number linking to its
// page, how many meetings discussed it and when, and the latest sentence that mentions it (or,
// where that is the bare link, the heading it sits under).

import type { RenderContext } from "../../src/render/context.js";
import { count } from "../../src/render/count.js";
import { html, type SafeHtml } from "../../src/render/html.js";
import { clip } from "../../src/site/describe.js";
import type { IssueThread } from "../../src/site/issue-threads.js";
import { isLinkOnly, sectionAt } from "../../src/site/mention-context.js";
import { ISSUE_KIND, issueLabel } from "./meeting-summary.js";

const SNIPPET = 160;

export function issueEntry(context: RenderContext, thread: IssueThread): SafeHtml {
  const first = thread.meetings[0]!.meeting;
  const last = thread.meetings.at(-1)!;
  const latest = last.issue.mentions.at(-1);
  const mention = latest && (isLinkOnly(latest) ? (sectionAt(last.meeting, latest.line)?.title ?? latest.text) : latest.text);
  return html`<li class="issue-entry" data-filter-item>
<a class="issue-number" href="${context.url(thread.path)}">${issueLabel(thread, thread.repo)}</a>
<span class="muted">${ISSUE_KIND[thread.type]} · ${count(thread.meetings.length, "meeting")},
${first === last.meeting ? html`<time datetime="${first.date}">${first.date}</time>` : html`<time datetime="${first.date}">${first.date}</time> to <time datetime="${last.meeting.date}">${last.meeting.date}</time>`}</span>
${mention ? html`<p class="issue-snippet">${clip(mention, SNIPPET)}</p>` : ""}
</li>`;
}
