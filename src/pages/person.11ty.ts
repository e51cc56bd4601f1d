// /people/<key>/: the meetings that mention a person and the action items they own, newest first.
// Every @mention in a note links here.

import { basePage } from "../../_includes/layouts/base.js";
import { meetingHeading } from "../../_includes/partials/meeting-heading.js";
import { pager, pageTitle } from "../../_includes/partials/pager.js";
import { contextFor, onePagePer, type RenderContext, type TemplateData, type TemplateThis } from "../render/context.js";
import { count } from "../render/count.js";
import { html, trusted } from "../render/html.js";
import type { PeopleIndex, PersonMeeting } from "../site/people-index.js";

type PersonPage = PeopleIndex["personPages"][number];

export const data = onePagePer("site.people.personPages", "personPage");

function entry(context: RenderContext, { meeting, mentioned, actions }: PersonMeeting) {
  return html`<li class="thread-entry">
${meetingHeading(context, meeting, 2)}
${actions.length > 0
  ? html`<p class="entry-label">${actions.length === 1 ? "Action item" : "Action items"}:</p><ul class="person-actions">${actions.map((a) => html`<li>${trusted(a.html)}</li>`)}</ul>`
  : html`<p class="muted">${mentioned ? "Mentioned in the notes." : ""}</p>`}
</li>`;
}

export function render(this: TemplateThis, data: TemplateData & { personPage: PersonPage }): string {
  const context = contextFor(this, data);
  const { personPage } = data;
  const { person } = personPage;
  const handle = person.name.startsWith("@") ? person.name.slice(1) : null;
  const summary = `in ${count(person.meetings.length, "meeting")}${person.actions > 0 ? `; owns ${count(person.actions, "action item")}` : ""}`;
  const body = html`<p class="meeting-date"><a href="${context.url("/people/")}">People</a></p>
<h1>${person.name}</h1>
<p class="lead">Mentioned ${summary}.${handle ? html` <a href="https://github.com/${handle}">${person.name} on GitHub</a>` : ""}</p>
${pager(context, personPage, person.name, "top")}
<ol class="thread">${personPage.items.map((item) => entry(context, item))}</ol>
${pager(context, personPage, person.name, "bottom")}`;
  return basePage(context, {
    title: pageTitle(person.name, personPage),
    description: `${person.name} in the ${data.site.config.title}: mentioned ${summary}.`,
    body,
  });
}
