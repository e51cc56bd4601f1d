// From notes copied off GitHub and Google Docs: "[comment](#issuecomment-474158350)",
// "[Notes](#heading=h.axfnk89cjoo1)" lead to no element of the meeting page.

import { expect, test } from "vitest";
import { parseText } from "../helpers/parse.js";

const note = [
  "Recording: https://youtu.be/x",
  "",
  "## Toolchain",
  "",
  "We will merge the toolchain work, see [the section](#toolchain)",
  "and [a comment](#issuecomment-474158350).",
  "",
].join("\n");

test("a link to a fragment the meeting page lacks shows as its words; one to a heading stays a link", () => {
  expect(parseText(note).meeting.html).toContain('see <a href="#toolchain">the section</a>\nand a comment.</span></p>');
});

test("the build says where such a link is, by file and line", () => {
  expect(parseText(note).diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
    [6, "warning", "the link to #issuecomment-474158350 leads nowhere on the meeting page (no heading or decision has that id); it is shown as text"],
  ]);
});

test("a link to a decision of the note stays a link", () => {
  const meeting = parseText("Recording: https://youtu.be/x\n\nWe will merge it. {#merge}\n\nAs [decided](#merge).\n").meeting;
  expect(meeting.html).toContain('As <a href="#merge">decided</a>.');
});
