// The meeting's recording: the first link on a line that calls itself a recording or a video,
// or the first link to a video site.

import type { Token } from "markdown-it";
import type { NoteText } from "./walk.js";

const RECORDING_LABEL = /\b(recording|video|youtube)\b/i;
// Zoom's recordings only: its /j/ and /my/ links join a meeting, as most notes give at their top.
const VIDEO_SITE = /^https?:\/\/(?:(?:www\.)?(?:youtu\.be|youtube\.com|vimeo\.com|drive\.google\.com)\/|(?:[\w-]+\.)?zoom\.us\/rec(?:ording)?\/)/i;
// Not mail nor a page of the site. (A web address with no host is no link: see safe-url.ts.)
const WEB_ADDRESS = /^https?:/i;

/** @example extractRecording(walkNote(md.parse("YouTube Recording: https://youtu.be/x", env), 0)) === "https://youtu.be/x" */
export function extractRecording(note: NoteText): string | null {
  let videoLink: string | null = null;
  for (const block of note.blocks) {
    if (!block.inline.children) continue;
    // Line by line: a paragraph of links ("[More information](...)\n[Recording](...)") labels each on its own line.
    // A label alone on its line ("Recording:\nhttps://...") labels the next.
    let labelled = false;
    const labels = RECORDING_LABEL.test(block.text);
    for (const line of lines(block.inline.children)) {
      const says = labels && line.some((child) => (child.type === "text" || child.type === "code_inline") && RECORDING_LABEL.test(child.content));
      const hrefs = line.filter((child) => child.type === "link_open").map((link) => String(link.attrGet("href") ?? "")).filter((href) => WEB_ADDRESS.test(href));
      if (hrefs.length === 0) {
        labelled = says;
        continue;
      }
      if (says || labelled) return hrefs[0]!;
      labelled = false;
      videoLink ??= hrefs.find((href) => VIDEO_SITE.test(href)) ?? null;
    }
  }
  return videoLink;
}

function* lines(children: Token[]): Generator<Token[]> {
  let from = 0;
  for (let i = 0; i <= children.length; i++) {
    const type = children[i]?.type;
    if (i < children.length && type !== "softbreak" && type !== "hardbreak") continue;
    yield children.slice(from, i);
    from = i + 1;
  }
}
