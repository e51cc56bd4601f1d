// Links to each group of a long list (a year, an initial), wherever its page is: the way to narrow
// the decision log, the meetings and the people without JavaScript.

import type { RenderContext } from "../../src/render/context.js";
import { html, type SafeHtml } from "../../src/render/html.js";

export interface JumpLink {
  label: string;
  path: string;
  /** Shown after the label, e.g. the number of decisions in the year. */
  note?: string;
  current?: boolean;
}

export function jumpNav(context: RenderContext, label: string, links: JumpLink[]): SafeHtml {
  if (links.length <= 1) return html``;
  return html`<nav class="jump-nav" aria-label="${label}">
<ul>${links.map(
    (link) =>
      html`<li><a href="${context.url(link.path)}"${link.current ? html` aria-current="page"` : ""}>${link.label}</a>${link.note ? html` <span class="muted">${link.note}</span>` : ""}</li>`,
  )}</ul>
</nav>`;
}
