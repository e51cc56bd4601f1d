// /people/: everyone the notes @mention or name as the owner of an action item, alphabetically by
// initial, on pages of PEOPLE_PER_PAGE.

import { basePage } from "../../_includes/layouts/base.js";
import { jumpNav } from "../../_includes/partials/jump-nav.js";
import { LIST_FILTER_SCRIPT, listFilter } from "../../_includes/partials/list-filter.js";
import { pager, pageTitle } from "../../_includes/partials/pager.js";
import { contextFor, onePagePer, type TemplateData, type TemplateThis } from "../render/context.js";
import { count } from "../render/count.js";
import { html } from "../render/html.js";
import { groupRuns } from "../site/grouping.js";
import { initialAnchor } from "../site/group-anchors.js";
import type { Page } from "../site/paginate.js";
import { initialOf, type Person } from "../site/people-index.js";

export const data = onePagePer("site.people.pages", "peoplePage");

export function render(this: TemplateThis, data: TemplateData & { peoplePage: Page<Person> }): string {
  const context = contextFor(this, data);
  const { site, peoplePage } = data;
  const { people, initials } = site.people;
  const body = html`<h1>People</h1>
<p class="lead">${count(people.size, "person", "people")} @mentioned in the notes or named as the owner of an action item.
Each page lists the meetings that mention them and the actions they own.</p>
${jumpNav(context, "People by initial", initials.map((i) => ({ label: i.key.toUpperCase(), path: i.path })))}
${listFilter("people", "people")}
${pager(context, peoplePage, "People", "top")}
<div data-filter-scope="people">
${people.size === 0 ? html`<p class="muted">Nobody has been mentioned yet.</p>` : ""}
${groupRuns(peoplePage.items, initialOf).map(
  ({ key, items }) => html`<section class="people-initial" aria-labelledby="${initialAnchor(key)}" data-filter-group>
<h2 id="${initialAnchor(key)}">${key.toUpperCase()}</h2>
<ul class="people-list">${items.map(
    (person) => html`<li data-filter-item><a href="${context.url(person.path)}">${person.name}</a>
<span class="muted">${count(person.meetings.length, "meeting")}${person.actions > 0 ? ` · ${count(person.actions, "action item")}` : ""}</span></li>`,
  )}</ul>
</section>`,
)}
</div>
${pager(context, peoplePage, "People", "bottom")}`;
  return basePage(context, {
    title: pageTitle("People", peoplePage),
    description: `The people of the ${site.config.title}: the meetings that mention them and the actions they own.`,
    body,
    scripts: [LIST_FILTER_SCRIPT],
  });
}
