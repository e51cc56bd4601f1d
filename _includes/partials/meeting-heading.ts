// A meeting as an entry of a list (home page, decision log, issue and person pages): its date,
// then its title linking to its page.

import { readableDate } from "../../src/load/note-date.js";
import type { Meeting } from "../../src/model.js";
import type { RenderContext } from "../../src/render/context.js";
import { html, type SafeHtml, trusted } from "../../src/render/html.js";

export function meetingHeading(context: RenderContext, meeting: Pick<Meeting, "url" | "date" | "title">, level: 2 | 3): SafeHtml {
  const tag = trusted(`h${level}`);
  return html`<p class="entry-date"><time datetime="${meeting.date}">${readableDate(meeting.date)}</time></p>
<${tag} class="entry-title"><a href="${context.url(meeting.url)}">${meeting.title}</a></${tag}>`;
}
