// The box that filters a long list as you type. Hidden until src/assets/list-filter.js runs, so
// without JavaScript nobody sees a box that does nothing; the page's year or initial links narrow
// the list instead.

import { html, type SafeHtml } from "../../src/render/html.js";

export const LIST_FILTER_SCRIPT = "/assets/list-filter.js";

/** `what` names the items: "decisions", "issues", "people". */
export function listFilter(what: string, scope: string): SafeHtml {
  return html`<div class="list-filter" data-list-filter="${scope}" hidden>
<label for="${scope}-filter">Filter ${what} on this page</label>
<input id="${scope}-filter" type="search" autocomplete="off" spellcheck="false">
<p class="filter-status muted" role="status"></p>
</div>`;
}
