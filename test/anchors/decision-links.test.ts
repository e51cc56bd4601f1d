// A decision link pasted into an issue keeps landing on its decision: the whole cycle a
// contributor goes through (npm run anchors, edit, npm run check, build), on a temp copy of a
// small notes folder of our own. The commands run as a contributor runs them; ids are read
// through the build's own loadSite in-process, and from a real build where the page matters.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { decisionLinksFixture, registeredCopy } from "../helpers/anchors.js";
import { buildSite } from "../helpers/build.js";
import { runScript } from "../helpers/cli.js";
import { copyNotes, editNote } from "../helpers/notes-folder.js";
import { loadConfig } from "../../src/config.js";
import { loadSite } from "../../src/site/load-site.js";


interface PublicMeeting {
  source: string;
  decisions: Array<{ id: string; text: string; line: number }>;
}

/** Each note's decisions as the site publishes them (the build's own loadSite, in-process). */
async function decisionIds(dir: string): Promise<Record<string, string[]>> {
  const { meetings } = await loadSite(loadConfig({ NOTES_DIR: dir }));
  return Object.fromEntries(meetings.map((m) => [m.source, m.decisions.map((d) => `${d.id}: ${d.text}`)]));
}

const PUBLISHED = {
  "2024-05-07.md": ["ship-5-13-friday: We will ship 5.13 on Friday.", "release-manager-writes-changelog: The release manager writes the changelog.", "lets-try: Let's try it."],
  "2024-05-21.md": ["drop-centos6: We drop the CentOS 6 builds.", "packages-signed-ci-from-now: Packages are signed in CI from now on."],
};

describe("decision links", () => {
  test("npm run anchors records every decision's id in anchors.json beside the notes", async () => {
    const dir = copyNotes(decisionLinksFixture);
    const result = await runScript("anchors", [], { NOTES_DIR: dir });
    expect(result).toEqual({ code: 0, stdout: `wrote ${dir}/anchors.json: 5 decisions in 2 meetings (5 new)\n`, stderr: "" });
    const registry = JSON.parse(fs.readFileSync(path.join(dir, "anchors.json"), "utf8"));
    expect(registry.meetings["2024-05-07"]).toEqual({
      source: "2024-05-07.md",
      decisions: [
        { id: "ship-5-13-friday", text: "We will ship 5.13 on Friday.", section: "Release" },
        { id: "release-manager-writes-changelog", text: "The release manager writes the changelog.", section: "Release" },
        { id: "lets-try", text: "Let's try it.", section: "Project board" },
      ],
    });
    expect(await runScript("anchors", [], { NOTES_DIR: dir })).toEqual({ code: 0, stdout: `${dir}/anchors.json is up to date: 5 decisions in 2 meetings\n`, stderr: "" });
  });

  test("the build reads anchors.json and writes nothing to the notes folder", async () => {
    const dir = await registeredCopy();
    // An id published before the rules for making ids changed: only anchors.json knows it.
    editNote(dir, "anchors.json", '"id": "lets-try"', '"id": "try-the-board"');
    const before = fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]);
    const site = await buildSite(dir);
    const meetings = JSON.parse(site.read("api/meetings.json")) as PublicMeeting[];
    expect(Object.fromEntries(meetings.map((m) => [m.source, m.decisions.map((d) => `${d.id}: ${d.text}`)]))).toEqual({
      ...PUBLISHED,
      "2024-05-07.md": [...PUBLISHED["2024-05-07.md"].slice(0, 2), "try-the-board: Let's try it."],
    });
    expect(site.read("meetings/2024-05-07/index.html")).toContain(`<span id="try-the-board" class="decision decision-explicit">Decision: Let's try it.</span>`);
    expect(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")])).toEqual(before);
  });

  test("a decision keeps its id when its sentence is edited; the check asks to record the new words", async () => {
    const dir = await registeredCopy();
    editNote(dir, "2024-05-07.md", "We will ship 5.13 on Friday.", "We will ship 5.13 on Monday, after the freeze.");
    editNote(dir, "2024-05-07.md", "The release manager writes the changelog.", "The release manager writes the change log.");
    expect((await decisionIds(dir))["2024-05-07.md"]).toEqual([
      "ship-5-13-friday: We will ship 5.13 on Monday, after the freeze.",
      "release-manager-writes-changelog: The release manager writes the change log.",
      "lets-try: Let's try it.",
    ]);
    const check = await runScript("check", [], { NOTES_DIR: dir });
    expect(check.stdout).toBe(
      [
        `${dir}/2024-05-07.md:7: error: decision #ship-5-13-friday was edited since anchors.json recorded it`,
        "  hint: run `npm run anchors` and commit anchors.json, so that the next edit keeps its id too",
        `${dir}/2024-05-07.md:9: error: decision #release-manager-writes-changelog was edited since anchors.json recorded it`,
        "  hint: run `npm run anchors` and commit anchors.json, so that the next edit keeps its id too",
        "2 notes checked: 2 errors, 0 warnings",
        "",
      ].join("\n"),
    );
    expect(check.code).toBe(1);
    expect((await runScript("anchors", [], { NOTES_DIR: dir })).stdout).toBe(`wrote ${dir}/anchors.json: 5 decisions in 2 meetings (2 edited)\n`);
    expect(await runScript("check", [], { NOTES_DIR: dir })).toEqual({ code: 0, stdout: "2 notes checked: 0 errors, 0 warnings\n", stderr: "" });
  });

  test("every id stays when a paragraph is inserted above, sections are reordered and a like decision is added", async () => {
    const dir = await registeredCopy();
    const file = path.join(dir, "2024-05-07.md");
    const [head, release, board] = fs.readFileSync(file, "utf8").split(/(?=^## )/m) as [string, string, string];
    const added = "## Tooling\n\nWe looked at the build times again.\n\nDecision: Let's try it.\n\n";
    fs.writeFileSync(file, `${head}An opening remark.\n\nDecision: We meet weekly from now on.\n\n${added}${board}\n${release}`);
    expect((await decisionIds(dir))["2024-05-07.md"]).toEqual([
      "meet-weekly-from-now: We meet weekly from now on.",
      "lets-try-2: Let's try it.",
      "lets-try: Let's try it.",
      "ship-5-13-friday: We will ship 5.13 on Friday.",
      "release-manager-writes-changelog: The release manager writes the changelog.",
    ]);
  });

  test("a deleted decision fails the check, naming its anchor and the command; recorded, its anchor stays on the page with a notice", async () => {
    const dir = await registeredCopy();
    editNote(dir, "2024-05-07.md", "Decision: Let's try it.\n", "We did not get to it.\n");
    const check = await runScript("check", [], { NOTES_DIR: dir });
    expect(check).toEqual({
      code: 1,
      stdout: [
        `${dir}/2024-05-07.md:1: error: decision #lets-try ("Let's try it.") is no longer in this note, and links to it were published`,
        "  hint: if it was removed on purpose, run `npm run anchors` to keep its anchor with a removal notice; otherwise restore the sentence",
        "2 notes checked: 1 error, 0 warnings",
        "",
      ].join("\n"),
      stderr: "",
    });
    const anchors = await runScript("anchors", [], { NOTES_DIR: dir });
    expect(anchors.stdout).toBe(
      `${dir}/2024-05-07.md: #lets-try was removed from the note; its anchor stays, with a notice\nwrote ${dir}/anchors.json: 4 decisions in 2 meetings (1 removed)\n`,
    );
    expect((await runScript("check", [], { NOTES_DIR: dir })).code).toBe(0);
    const site = await buildSite(dir);
    expect(site.read("meetings/2024-05-07/index.html")).toContain(
      '<li class="decision-removed" id="lets-try"><strong>This decision was removed from the notes.</strong> It read: <del>Let&#39;s try it.</del></li>',
    );
  });

  test("a decision put back gets its published id again, and loses the notice", async () => {
    const dir = await registeredCopy();
    editNote(dir, "2024-05-07.md", "Decision: Let's try it.\n", "");
    await runScript("anchors", [], { NOTES_DIR: dir });
    editNote(dir, "2024-05-07.md", "labels.\n", "labels.\n\nDecision: Let's try it.\n");
    const meeting = (await loadSite(loadConfig({ NOTES_DIR: dir }))).meetings.find((m) => m.source === "2024-05-07.md")!;
    expect(meeting.decisions.map((d) => [d.id, d.line])).toContainEqual(["lets-try", 15]);
    expect(meeting.removedDecisions).toEqual([]);
    expect((await runScript("check", [], { NOTES_DIR: dir })).stdout).toBe(
      [
        `${dir}/2024-05-07.md:15: error: decision #lets-try is back, but anchors.json records it as removed`,
        "  hint: run `npm run anchors` and commit anchors.json, so its page stops showing the removal notice",
        "2 notes checked: 1 error, 0 warnings",
        "",
      ].join("\n"),
    );
  });

  test("a new note whose decisions are not in anchors.json fails the check until npm run anchors records them", async () => {
    const dir = await registeredCopy();
    fs.writeFileSync(path.join(dir, "2024-06-04.md"), "# Fleet sync 2024-06-04\n\nRecording: https://youtu.be/x\n\nDecision: We move the meeting to Tuesdays.\n");
    fs.writeFileSync(path.join(dir, "2024-06-18.md"), "# Fleet sync 2024-06-18\n\nRecording: https://youtu.be/y\n\nA short one: introductions only.\n");
    const check = await runScript("check", [path.join(dir, "2024-06-04.md"), path.join(dir, "2024-06-18.md")], { NOTES_DIR: dir });
    expect(check).toEqual({
      code: 1,
      stdout: [
        `${dir}/2024-06-04.md:5: error: decision #move-meeting-tuesdays is not recorded in anchors.json`,
        "  hint: run `npm run anchors` and commit anchors.json, so links to it keep working when the sentence is edited",
        `${dir}/2024-06-18.md:1: error: this meeting is not recorded in anchors.json`,
        "  hint: run `npm run anchors` and commit anchors.json, so its page keeps its address",
        "2 notes checked: 2 errors, 0 warnings",
        "",
      ].join("\n"),
      stderr: "",
    });
    expect((await runScript("anchors", [], { NOTES_DIR: dir })).stdout).toBe(`wrote ${dir}/anchors.json: 6 decisions in 4 meetings (1 new)\n`);
    expect((await runScript("check", [], { NOTES_DIR: dir })).code).toBe(0);
  });

  test("npm run anchors refuses to record while a note cannot be read, which would look deleted", async () => {
    const dir = await registeredCopy();
    const registry = fs.readFileSync(path.join(dir, "anchors.json"), "utf8");
    fs.writeFileSync(path.join(dir, "2024-05-21.md"), `---\ndate: [\n---\n${fs.readFileSync(path.join(dir, "2024-05-21.md"), "utf8")}`);
    expect(await runScript("anchors", [], { NOTES_DIR: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        `${dir}/2024-05-21.md:3: error: front matter is not valid YAML: unexpected end of the stream within a flow collection`,
        "  hint: fix the YAML between the --- lines",
        `${dir}/anchors.json was not written: fix the errors above first`,
        "",
      ].join("\n"),
    });
    expect(fs.readFileSync(path.join(dir, "anchors.json"), "utf8")).toBe(registry);
  });
});
