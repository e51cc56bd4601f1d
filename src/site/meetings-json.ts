// api/meetings.json: the public, machine-readable form of every meeting, oldest first. Other
// tools and the evaluation read it; its shape is an interface.
//
// It is written after Eleventy's pages, a meeting at a time, and not rendered as a page: Eleventy
// keeps every page's text until its build ends, and this one was a single string of 58 MB at
// 10,000 notes, made from a second copy of every meeting's data.

import fs from "node:fs";
import path from "node:path";
import type { Meeting } from "../model.js";

export function publicMeeting(meeting: Meeting, url: (path: string) => string) {
  const page = url(meeting.url);
  return {
    source: meeting.source,
    date: meeting.date,
    title: meeting.title,
    url: page,
    recording: meeting.recording,
    highlights: meeting.highlights.map(({ text, line }) => ({ text, line })),
    decisions: meeting.decisions.map(({ id, text, line, explicit }) => ({ id, url: `${page}#${id}`, text, line, explicit })),
    actions: meeting.actions.map(({ owner, text, line }) => ({ owner, text, line })),
    issues: meeting.issues.map(({ repo, type, number, url: issueUrl, lines }) => ({ repo, type, number, url: issueUrl, lines })),
    people: meeting.people,
  };
}

const MEETINGS_JSON = "api/meetings.json";

/** Text written at a time: few enough writes, and never more than this held at once. */
const CHUNK = 1 << 20;

/**
 * Writes `api/meetings.json` under `outputDir`: the text `JSON.stringify(all, null, 1)` gives, with
 * `<` escaped so no file of the site holds markup from a note, even as data. It replaces the file
 * whole, so a server never hands out half of it.
 */
export function writeMeetingsJson(meetings: readonly Meeting[], outputDir: string, url: (path: string) => string): void {
  const file = path.join(outputDir, ...MEETINGS_JSON.split("/"));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(partial, "w");
  try {
    let text = meetings.length === 0 ? "[]" : "[";
    meetings.forEach((meeting, i) => {
      // One indent deeper than alone: JSON strings hold no raw line breaks, so every "\n" is layout.
      text += `${i === 0 ? "" : ","}\n ${JSON.stringify(publicMeeting(meeting, url), null, 1).replace(/\n/g, "\n ")}`;
      if (text.length >= CHUNK) {
        fs.writeSync(fd, text.replace(/</g, "\\u003c"));
        text = "";
      }
    });
    if (meetings.length > 0) text += "\n]";
    fs.writeSync(fd, text.replace(/</g, "\\u003c"));
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(partial, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(partial, file);
}
