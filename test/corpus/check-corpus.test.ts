// npm run check on the 38 real osquery notes, and the decision-link cycle on a temp copy of them.
// Runs where ../shared exists.

import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { Registry } from "../../src/anchors/registry.js";
import { loadConfig } from "../../src/config.js";
import { loadSite } from "../../src/site/load-site.js";
import { buildSite } from "../helpers/build.js";
import { runScript } from "../helpers/cli.js";
import { copyNotes, editNote } from "../helpers/notes-folder.js";
import { corpusDir } from "../helpers/paths.js";

const HEADING_DATES: Array<[file: string, heading: string]> = [
  ["20191126_meeting_notes.md", "2019-11-25"],
  ["20200107_meeting_notes.md", "2019-01-07"],
  ["20200204_meeting_notes.md", "2019-02-04"],
  ["20200303_meeting_notes.md", "2019-03-03"],
  ["20200414_meeting_notes.md", "2019-04-14"],
  ["20200428_meeting_notes.md", "2019-04-28"],
  ["20200609_meeting_notes.md", "2019-06-09"],
  ["20200721_meeting_notes.md", "2019-07-21"],
  ["20200804_meeting_notes.md", "2019-08-04"],
];

function isoOf(file: string): string {
  return file.replace(/^(\d{4})(\d{2})(\d{2}).*$/, "$1-$2-$3");
}

describe("npm run check on the osquery office hours", () => {
  test("warns about every heading whose date is not the meeting's, and the notes without a recording; no errors", async () => {
    const result = await runScript("check", [], { NOTES_DIR: corpusDir });
    const recording = ["20190709_meeting_notes.md", "20190723_meeting_notes.md"].map(
      (file) => `${corpusDir}/${file}:1: warning: no recording link\n  hint: add a line such as \`Recording: https://youtu.be/...\``,
    );
    const headings = HEADING_DATES.map(
      ([file, heading]) =>
        `${corpusDir}/${file}:1: warning: the heading says ${heading} but the meeting's date is ${isoOf(file)} (from file name)\n  hint: fix the date in the heading, or set \`date:\` in front matter`,
    );
    expect(result).toEqual({ code: 0, stdout: [...recording, ...headings, "38 notes checked: 0 errors, 11 warnings", ""].join("\n"), stderr: "" });
  });
});

describe("decision links in a temp copy of the osquery office hours", () => {
  let dir: string;
  let registry: Registry;
  const NOTE = "20190903_meeting_notes.md";
  const idOf = (text: string) => registry.meetings["2019-09-03"]!.decisions.find((d) => d.text === text)!.id;

  beforeAll(async () => {
    dir = copyNotes(corpusDir);
    const result = await runScript("anchors", [], { NOTES_DIR: dir });
    expect(result.code).toBe(0);
    registry = JSON.parse(fs.readFileSync(path.join(dir, "anchors.json"), "utf8"));
  });

  test("npm run anchors records every meeting, and the site publishes exactly the recorded ids", async () => {
    expect(Object.values(registry.meetings).map((m) => m.source).sort()).toEqual(fs.readdirSync(corpusDir).filter((f) => f.endsWith(".md")).sort());
    const meetings = JSON.parse((await buildSite(dir)).read("api/meetings.json")) as Array<{ url: string; decisions: Array<{ id: string }> }>;
    for (const meeting of meetings) {
      const slug = meeting.url.split("/")[2]!;
      expect(meeting.decisions.map((d) => d.id), slug).toEqual(registry.meetings[slug]!.decisions.map((d) => d.id));
    }
  });

  /** Another copy with the anchors recorded above, for a test to edit. */
  function registeredCopy(): string {
    const copy = copyNotes(corpusDir);
    fs.copyFileSync(path.join(dir, "anchors.json"), path.join(copy, "anchors.json"));
    return copy;
  }

  test("every id stays when each note gets a paragraph at the top and a decision is reworded", async () => {
    const copy = registeredCopy();
    for (const file of fs.readdirSync(copy).filter((f) => f.endsWith(".md"))) {
      const text = fs.readFileSync(path.join(copy, file), "utf8");
      const firstLineEnd = text.indexOf("\n") + 1;
      fs.writeFileSync(path.join(copy, file), `${text.slice(0, firstLineEnd)}\nNotes taken by the office hours volunteers.\n${text.slice(firstLineEnd)}`);
    }
    editNote(copy, NOTE, "We **will** merge the custom toolchain work.", "We **will** merge the custom tool-chain work soon.");
    for (const meeting of (await loadSite(loadConfig({ NOTES_DIR: copy }))).meetings) {
      expect(meeting.decisions.map((d) => d.id), meeting.slug).toEqual(registry.meetings[meeting.slug]!.decisions.map((d) => d.id));
    }
    const id = idOf("We will merge the custom toolchain work.");
    expect((await runScript("check", [path.join(copy, NOTE)], { NOTES_DIR: copy })).stdout).toBe(
      `${copy}/${NOTE}:48: error: decision #${id} was edited since anchors.json recorded it\n` +
        "  hint: run `npm run anchors` and commit anchors.json, so that the next edit keeps its id too\n" +
        "1 note checked: 1 error, 0 warnings\n",
    );
  });

  test("a deleted decision fails the check until recorded, then its anchor stays on the page with a notice", async () => {
    const text = "Conclusion is that this is not something worth pursuing.";
    const id = idOf(text);
    const copy = registeredCopy();
    editNote(copy, NOTE, ` ${text}`, "");
    const check = await runScript("check", [path.join(copy, NOTE)], { NOTES_DIR: copy });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(
      `${copy}/${NOTE}:1: error: decision #${id} ("${text}") is no longer in this note, and links to it were published\n` +
        "  hint: if it was removed on purpose, run `npm run anchors` to keep its anchor with a removal notice; otherwise restore the sentence\n" +
        "1 note checked: 1 error, 0 warnings\n",
    );
    expect((await runScript("anchors", [], { NOTES_DIR: copy })).code).toBe(0);
    expect((await runScript("check", [path.join(copy, NOTE)], { NOTES_DIR: copy })).code).toBe(0);
    expect((await buildSite(copy)).read("meetings/2019-09-03/index.html")).toContain(
      `<li class="decision-removed" id="${id}"><strong>This decision was removed from the notes.</strong> It read: <del>${text}</del></li>`,
    );
  });
});
