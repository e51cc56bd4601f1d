// Notes the site cannot read are refused: one run names every bad file with `path:line:` and a
// hint, exits non-zero, and prints no stack trace and nothing twice. Errors found while parsing
// (ids) do not stop the build; it prints them, and `npm run check` refuses them.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Built, buildSite } from "../helpers/build.js";
import { projectRoot } from "../helpers/paths.js";

const unreadable: Record<string, string> = {
  "2021-01-01.md": "---\ntitle: [unclosed\n---\n# Bad YAML\n",
  "2021-01-02.md": "---\ntitle: Bad date\ndate: 2021-13-45\n---\n",
  "2021-01-03.md": "---\ntitle: A list for a date\ndate:\n  - 2021-01-03\n---\n",
  "2021-01-04.md": "---\ntitle: Never closed\n\n# Heading\n",
  "notes.md": "# No date anywhere\n",
  "2021-01-07.md": "# A good note\n\nRecording: https://youtu.be/x\n",
};

const badIds: Record<string, string> = {
  "2021-01-05.md": "# Twice\n\nRecording: https://youtu.be/x\n\nWe will ship. {#ship}\n\nWe will ship again. {#ship}\n",
  "2021-01-06.md": "# Clash\n\nRecording: https://youtu.be/x\n\n## Plan\n\nWe will plan. {#plan}\n\nWe will not hide the page. {#main}\n",
};

function notesFolder(notes: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "refused-notes-"));
  for (const [name, text] of Object.entries(notes)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const folders: string[] = [];
const builds: Built[] = [];
let refused: { dir: string; site: Built };
let misnamed: { dir: string; site: Built };

beforeAll(async () => {
  const refusedDir = notesFolder(unreadable);
  fs.symlinkSync("/etc/hostname", path.join(refusedDir, "2021-01-08.md"));
  const misnamedDir = notesFolder(badIds);
  folders.push(refusedDir, misnamedDir);
  const [refusedSite, misnamedSite] = await Promise.all([buildSite(refusedDir), buildSite(misnamedDir)]);
  builds.push(refusedSite, misnamedSite);
  refused = { dir: refusedDir, site: refusedSite };
  misnamed = { dir: misnamedDir, site: misnamedSite };
});

afterAll(() => {
  for (const dir of [...folders, ...builds.map((b) => b.outputDir)]) fs.rmSync(dir, { recursive: true, force: true });
});

const at = (dir: string, file: string, line: number) => `${path.join(dir, file)}:${line}: error:`;

describe("notes the site cannot read", () => {
  test("are all named in one run, each with its line and a hint, and the build exits with 1", () => {
    expect(refused.site.stderr.trimEnd().split("\n")).toEqual([
      `${at(refused.dir, "2021-01-01.md", 3)} front matter is not valid YAML: unexpected end of the stream within a flow collection`,
      "  hint: fix the YAML between the --- lines",
      `${at(refused.dir, "2021-01-02.md", 3)} front-matter date "2021-13-45" is not a date`,
      "  hint: write it as YYYY-MM-DD, e.g. `date: 2019-09-03`",
      `${at(refused.dir, "2021-01-03.md", 3)} front-matter date is a list, not a date`,
      "  hint: write it as YYYY-MM-DD, e.g. `date: 2019-09-03`",
      `${at(refused.dir, "2021-01-04.md", 1)} front matter starts with --- but never ends`,
      "  hint: fix the YAML between the --- lines",
      `${at(refused.dir, "2021-01-08.md", 1)} this note is a symbolic link; it was not read`,
      "  hint: commit the note itself: a link could publish any file of the machine that builds the site",
      `${at(refused.dir, "notes.md", 1)} this note has no date`,
      "  hint: name the file YYYY-MM-DD.md (e.g. 2019-09-03.md) or add front matter `date: 2019-09-03`",
      "6 errors in the notes stop the build",
    ]);
    expect(refused.site.code).toBe(1);
  });

  test("leave nothing behind: no page, no stack trace, no Eleventy error", () => {
    expect(refused.site.stdout).not.toContain("Wrote");
    expect(fs.readdirSync(refused.site.outputDir)).toEqual([]);
    expect(refused.site.stderr).not.toMatch(/\[11ty\]|^\s+at /m);
  });

  test("reach the programmatic API as a NotesError carrying every diagnostic", async () => {
    const script = `
      import Eleventy from "@11ty/eleventy";
      const eleventy = new Eleventy(undefined, undefined, { configPath: ".eleventy.ts", quietMode: true });
      try { await eleventy.toJSON(); console.log("built"); }
      catch (error) { console.log(JSON.stringify({ name: error.name, errors: error.diagnostics.filter((d) => d.severity === "error").length })); }
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], {
      cwd: projectRoot,
      env: { ...process.env, NOTES_DIR: refused.dir },
    });
    expect(JSON.parse(stdout)).toEqual({ name: "NotesError", errors: 6 });
  });
});

describe("decision ids used twice, or already used by a heading or the page", () => {
  test("are printed with their lines while the site is built, each decision keeping an id of its own", () => {
    expect(misnamed.site.stderr.trimEnd().split("\n")).toEqual([
      `${at(misnamed.dir, "2021-01-05.md", 7)} decision id "ship" is used twice in this note`,
      "  hint: give each decision its own {#id}",
      `${at(misnamed.dir, "2021-01-06.md", 7)} decision id "plan" is also the id of the heading on line 5`,
      "  hint: give the decision another {#id}",
      `${at(misnamed.dir, "2021-01-06.md", 9)} decision id "main" is also the id of an element of the page itself`,
      "  hint: give the decision another {#id}",
      "3 errors in the notes: the site is built, but `npm run check` fails until they are fixed",
    ]);
    expect(misnamed.site.code).toBe(0);
    const ids = (JSON.parse(misnamed.site.read("api/meetings.json")) as Array<{ decisions: Array<{ id: string }> }>).map((m) => m.decisions.map((d) => d.id));
    expect(ids).toEqual([
      ["ship", "ship-again"],
      ["we-will-plan", "not-hide-page"],
    ]);
  });
});
