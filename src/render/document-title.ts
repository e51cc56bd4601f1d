// A page's <title>: what a browser tab, a bookmark and a search result show of it. They show
// some 60 to 70 characters, and html-validate holds a title to 70; notes of other projects have
// titles longer than that ("Meeting notes of the Compiler team's steering meeting, 2019-10-10").

import { escapeHtml } from "./html.js";

const LONGEST = 70;
const ELLIPSIS = "…";

// Measured as the page writes it, as html-validate measures it: "&amp;" for "&", and "&#8212;"
// for a character past Latin-1 (see html.ts).
const written = (text: string) => escapeHtml(text).length;

/**
 * The page's title and the site's, the site's dropped when both do not fit, the page's cut at a
 * word with "…" when it alone does not.
 * @example documentTitle("2019-09-03", "osquery office hours") === "2019-09-03 · osquery office hours"
 */
export function documentTitle(pageTitle: string, siteTitle?: string): string {
  const full = siteTitle === undefined ? pageTitle : `${pageTitle} · ${siteTitle}`;
  if (written(full) <= LONGEST) return full;
  if (written(pageTitle) <= LONGEST) return pageTitle;
  // Where the longest start of the title that leaves room for the "…" ends.
  let end = 0;
  for (let room = LONGEST - written(ELLIPSIS); ; ) {
    const character = String.fromCodePoint(pageTitle.codePointAt(end)!);
    room -= written(character);
    if (room < 0) break;
    end += character.length;
  }
  // At the last space; mid-word only when the title has no space in that start's second half (a long URL or name).
  const space = pageTitle.lastIndexOf(" ", end);
  return `${pageTitle.slice(0, space >= end / 2 ? space : end).trimEnd()}${ELLIPSIS}`;
}
