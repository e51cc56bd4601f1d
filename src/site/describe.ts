// One plain-text sentence or two about a meeting, for meta descriptions, link previews and feeds.

import type { Meeting } from "../model.js";

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/** @example meetingDescription(meeting) === "Decided: We will merge the custom toolchain work. Let's try it." */
export function meetingDescription(meeting: Meeting): string {
  if (meeting.decisions.length > 0) return clip(`Decided: ${meeting.decisions.map((d) => d.text).join(" ")}`);
  if (meeting.highlights.length > 0) return clip(meeting.highlights.map((h) => h.text).join(" "));
  return `Notes of the meeting of ${meeting.date}.`;
}
