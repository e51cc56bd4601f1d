// npm run check on a folder of small notes, one trap each: every message, exactly as printed.

import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../helpers/build.js";
import { type CliResult, runScript } from "../helpers/cli.js";
import { makeNotes } from "../helpers/notes-folder.js";

const REC = "Recording: https://youtu.be/abc\n";

const notes: Record<string, string | Uint8Array> = {
  "no-date.md": `# Meeting\n\n${REC}`,
  "2024-01-02.md": `---\ntitle: ok\ndate: [2024-01-02\n---\n# Meeting\n`,
  "2024-01-03.md": `---\ndate: 2024-13-45\n---\n# Meeting\n`,
  "2024-01-04.md": `# Meeting 2024-01-04\n\n${REC}\nWe ship on Friday. {#ship}\n\nWe write the changelog. {#ship}\n`,
  "2024-01-05.md": Buffer.concat([Buffer.from(`# Meeting 2024-01-05\n\n${REC}\nCaf`), Buffer.from([0xe9]), Buffer.from(" talk.\n")]),
  "2024-01-06.md": `# osquery office hours 2023-01-06\n\n${REC}`,
  "2024-01-07.md": "# Meeting 2024-01-07\n\nNo video this time.\n",
  "2024-01-08.md": "",
  "2024-01-09.md": `# Meeting 2024-01-09\n\n${REC}\nSee osquery/osqery#12 and osquery/foundation#15 and #6280.\n\nSame as https://github.com/osquery/foundation/issues/17.\n`,
  "2024-01-10.md": `# Meeting 2024-01-10\n\n${REC}\nThe [old wiki](http://example.com/wiki)\nand ![a chart](http://example.com/chart.png).\n`,
  "2024-01-11.md": `# Meeting 2024-01-11\n\n${REC}\n## Ship it\n\nDecision: we ship it on Friday. {#ship-it}\n`,
  "agenda.txt": "not a note\n",
};

/** What the check prints for each trap, by file. */
function expected(dir: string): Record<string, string[]> {
  return {
    "2024-01-02.md": [`${dir}/2024-01-02.md:4: error: front matter is not valid YAML: unexpected end of the stream within a flow collection`, "  hint: fix the YAML between the --- lines"],
    "2024-01-03.md": [`${dir}/2024-01-03.md:2: error: front-matter date "2024-13-45" is not a date`, "  hint: write it as YYYY-MM-DD, e.g. `date: 2019-09-03`"],
    "2024-01-04.md": [`${dir}/2024-01-04.md:7: error: decision id "ship" is used twice in this note`, "  hint: give each decision its own {#id}"],
    "2024-01-05.md": [`${dir}/2024-01-05.md:5: error: the file is not valid UTF-8; the bad bytes are shown as \ufffd`, "  hint: save the file as UTF-8 in your editor"],
    "2024-01-06.md": [
      `${dir}/2024-01-06.md:1: warning: the heading says 2023-01-06 but the meeting's date is 2024-01-06 (from file name)`,
      "  hint: fix the date in the heading, or set `date:` in front matter",
    ],
    "2024-01-07.md": [`${dir}/2024-01-07.md:1: warning: no recording link`, "  hint: add a line such as `Recording: https://youtu.be/...`"],
    "2024-01-08.md": [`${dir}/2024-01-08.md:1: warning: the note is empty`, "  hint: write the meeting's notes, or delete the file"],
    "2024-01-09.md": [
      `${dir}/2024-01-09.md:5: warning: osquery/osqery#12 refers to a repository that no note links to`,
      "  hint: check the spelling of osquery/osqery, or link the issue once by its full URL",
    ],
    "2024-01-10.md": [
      `${dir}/2024-01-10.md:5: warning: link uses http://: http://example.com/wiki`,
      "  hint: use https:// if the site offers it",
      `${dir}/2024-01-10.md:6: warning: image uses http://: http://example.com/chart.png`,
      "  hint: use its https:// address; the site's pages only load images over https",
    ],
    "2024-01-11.md": [`${dir}/2024-01-11.md:7: error: decision id "ship-it" is also the id of the heading on line 5`, "  hint: give the decision another {#id}"],
    "agenda.txt": [`${dir}/agenda.txt:1: warning: ignored: not a Markdown note`, "  hint: notes are .md files; move other files out of the notes folder"],
    "no-date.md": [`${dir}/no-date.md:1: error: this note has no date`, "  hint: name the file YYYY-MM-DD.md (e.g. 2019-09-03.md) or add front matter `date: 2019-09-03`"],
  };
}

let dir: string;
let result: CliResult;
beforeAll(async () => {
  dir = makeNotes(notes);
  result = await runScript("check", [], { NOTES_DIR: dir });
});

describe("npm run check on a folder of notes", () => {
  test("prints every problem of every note as path:line: severity: message with a hint, sorted, then the count", () => {
    expect(result.stdout).toBe([...Object.values(expected(dir)).flat(), "11 notes checked: 6 errors, 7 warnings", ""].join("\n"));
    expect(result.stderr).toBe("");
  });

  test("exits 1 when there are errors", () => {
    expect(result.code).toBe(1);
  });

  test("exits 0 when there are only warnings", async () => {
    const only = makeNotes({ "2024-01-07.md": notes["2024-01-07.md"]! });
    expect(await runScript("check", [], { NOTES_DIR: only })).toEqual({
      code: 0,
      stdout: [`${only}/2024-01-07.md:1: warning: no recording link`, "  hint: add a line such as `Recording: https://youtu.be/...`", "1 note checked: 0 errors, 1 warning", ""].join("\n"),
      stderr: "",
    });
  });

  test("checks just the notes given, with paths as typed from where it is run", async () => {
    const checked = await runScript("check", ["2024-01-10.md", "2024-01-09.md"], { NOTES_DIR: dir }, dir);
    const lines = expected(dir);
    expect(checked).toEqual({
      code: 0,
      stdout: [...lines["2024-01-09.md"]!, ...lines["2024-01-10.md"]!, "2 notes checked: 0 errors, 3 warnings", ""].join("\n"),
      stderr: "",
    });
  });

  test("refuses an argument that is not a note of the notes folder", async () => {
    const elsewhere = makeNotes({ "2024-02-01.md": `# Meeting\n\n${REC}` });
    const args = [path.join(dir, "2024-09-09.md"), path.join(dir, "agenda.txt"), path.join(elsewhere, "2024-02-01.md"), path.join(dir, "2024-01-07.md")];
    const checked = await runScript("check", args, { NOTES_DIR: dir });
    expect(checked.stdout).toBe(
      [
        `${dir}/2024-09-09.md:1: error: no such file`,
        "  hint: give the path of a note, or no path to check the whole notes folder",
        `${dir}/agenda.txt:1: error: not a note: notes are the .md files of the notes folder`,
        "  hint: give the path of a note, or no path to check the whole notes folder",
        `${elsewhere}/2024-02-01.md:1: error: not in the notes folder`,
        "  hint: set NOTES_DIR to the note's folder, so it is checked with its neighbours and their anchors.json",
        ...expected(dir)["2024-01-07.md"]!,
        "1 note checked: 3 errors, 1 warning",
        "",
      ].join("\n"),
    );
    expect(checked.code).toBe(1);
  });

  test("says so when the notes folder does not exist", async () => {
    const missing = path.join(dir, "no-such-folder");
    expect(await runScript("check", [], { NOTES_DIR: missing })).toEqual({
      code: 1,
      stdout: `${missing}:1: error: the notes folder does not exist\n  hint: set NOTES_DIR to a folder of Markdown notes\n0 notes checked: 1 error, 0 warnings\n`,
      stderr: "",
    });
  });

  test("refuses an option it does not know", async () => {
    expect(await runScript("check", ["--sumary"], { NOTES_DIR: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: "unknown option --sumary\nusage: npm run check [-- --summary] [notes...]\n",
    });
  });

  test("knows a repository that any note of the folder links in full", async () => {
    const linked = makeNotes({
      "2024-01-09.md": notes["2024-01-09.md"]!,
      "2024-01-16.md": `# Meeting 2024-01-16\n\n${REC}\nFixed in https://github.com/osquery/osqery/pull/13.\n`,
    });
    const checked = await runScript("check", [path.join(linked, "2024-01-09.md")], { NOTES_DIR: linked });
    expect(checked.stdout).toBe("1 note checked: 0 errors, 0 warnings\n");
  });

  test("refuses a note that is not UTF-8, which the build publishes with a warning", async () => {
    const folder = makeNotes({ "2024-01-05.md": notes["2024-01-05.md"]! });
    const [checked, site] = await Promise.all([runScript("check", [], { NOTES_DIR: folder }), buildSite(folder)]);
    expect(checked.code).toBe(1);
    expect(site.code).toBe(0);
    expect(site.read("meetings/2024-01-05/index.html")).toContain("Caf&#65533; talk.");
  });
});
