// The meeting's recording: the first link on a line that calls itself a recording or a video,
// or the first link to a video site.

import type { NoteText } from "./walk.js";

const RECORDING_LABEL = /\b(recording|video|youtube)\b/i;
const VIDEO_SITE = /^https?:\/\/(?:www\.)?(?:youtu\.be|youtube\.com|vimeo\.com|zoom\.us|drive\.google\.com)\//i;

/** @example extractRecording(walkNote(md.parse("YouTube Recording: https://youtu.be/x", env), 0)) === "https://youtu.be/x" */
export function extractRecording(note: NoteText): string | null {
  let videoLink: string | null = null;
  for (const block of note.blocks) {
    const children = block.inline.children ?? [];
    for (const child of children) {
      if (child.type !== "link_open") continue;
      const href = String(child.attrGet("href") ?? "");
      if (!/^https?:/i.test(href)) continue;
      if (RECORDING_LABEL.test(block.text)) return href;
      if (!videoLink && VIDEO_SITE.test(href)) videoLink = href;
    }
  }
  return videoLink;
}
