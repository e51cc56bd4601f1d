// One decision as the views across meetings list it: its words linking to its anchor in the
// meeting's page, and whether the author stated it or the site inferred it from the prose.

import type { Decision, Meeting } from "../../src/model.js";
import type { RenderContext } from "../../src/render/context.js";
import { html, type SafeHtml } from "../../src/render/html.js";

export function decisionUrl(context: RenderContext, meeting: Pick<Meeting, "url">, decision: Pick<Decision, "id">): string {
  return `${context.url(meeting.url)}#${decision.id}`;
}

const STATED = html`<span class="tag tag-stated" title="Marked as a decision by the note's author">stated</span>`;
const INFERRED = html`<span class="tag" title="Recognised as a decision in the note's prose">inferred</span>`;

export function decisionTag(decision: Pick<Decision, "explicit">): SafeHtml {
  return decision.explicit ? STATED : INFERRED;
}

export function decisionEntry(context: RenderContext, meeting: Pick<Meeting, "url">, decision: Decision): SafeHtml {
  return html`<li class="logged-decision" data-filter-item><a href="${decisionUrl(context, meeting, decision)}">${decision.text}</a> ${decisionTag(decision)}</li>`;
}
