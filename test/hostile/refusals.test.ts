// Notes the site cannot build are refused: one run names every bad file with `path:line:` and a
// hint, exits non-zero, and prints no stack trace and nothing twice.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Built, buildSite } from "../helpers/build.js";
import { projectRoot } from "../helpers/paths.js";

const notes: Record<string, string> = {
  "2021-01-01.md": "---\ntitle: [unclosed\n---\n# Bad YAML\n",
  "2021-01-02.md": "---\ntitle: Bad date\ndate: 2021-13-45\n---\n",
  "2021-01-03.md": "---\ntitle: A list for a date\ndate:\n  - 2021-01-03\n---\n",
  "2021-01-04.md": "---\ntitle: Never closed\n\n# Heading\n",
  "notes.md": "# No date anywhere\n",
  "2021-01-05.md": "# Twice\n\nWe will ship. {#ship}\n\nWe will ship again. {#ship}\n",
  "2021-01-06.md": "# Clash\n\n## Plan\n\nWe will plan. {#plan}\n\nWe will not hide the page. {#main}\n",
  "2021-01-07.md": "# A good note\n\nRecording: https://youtu.be/x\n",
};

let notesDir: string;
let site: Built;

beforeAll(async () => {
  notesDir = fs.mkdtempSync(path.join(os.tmpdir(), "refused-notes-"));
  for (const [name, text] of Object.entries(notes)) fs.writeFileSync(path.join(notesDir, name), text);
  fs.symlinkSync("/etc/hostname", path.join(notesDir, "2021-01-08.md"));
  site = await buildSite(notesDir);
});

afterAll(() => {
  fs.rmSync(notesDir, { recursive: true, force: true });
  fs.rmSync(site.outputDir, { recursive: true, force: true });
});

describe("notes the site cannot build", () => {
  test("are all named in one run, each with its line and a hint, and the build exits with 1", () => {
    const at = (file: string, line: number) => `${path.join(notesDir, file)}:${line}: error:`;
    const [counted, ...lines] = site.stderr.trimEnd().split("\n");
    expect(counted).toMatch(/^\d+ warnings? about the notes' content: run `npm run check` to see (?:it|them)$/);
    expect(lines).toEqual([
      `${at("2021-01-01.md", 2)} front matter is not valid YAML: unexpected end of the stream within a flow collection`,
      "  hint: fix the YAML between the --- lines",
      `${at("2021-01-02.md", 3)} front-matter date "2021-13-45" is not a date`,
      "  hint: write it as YYYY-MM-DD, e.g. `date: 2019-09-03`",
      `${at("2021-01-03.md", 3)} front-matter date is a list, not a date`,
      "  hint: write it as YYYY-MM-DD, e.g. `date: 2019-09-03`",
      `${at("2021-01-04.md", 1)} front matter starts with --- but never ends`,
      "  hint: fix the YAML between the --- lines",
      `${at("2021-01-05.md", 5)} decision id "ship" is used twice in this note`,
      "  hint: give each decision its own {#id}",
      `${at("2021-01-06.md", 5)} decision id "plan" is already the id of a heading or of the page itself`,
      "  hint: give the decision another {#id}",
      `${at("2021-01-06.md", 7)} decision id "main" is already the id of a heading or of the page itself`,
      "  hint: give the decision another {#id}",
      `${at("2021-01-08.md", 1)} this note is a symbolic link; it was not read`,
      "  hint: commit the note itself: a link could publish any file of the machine that builds the site",
      `${at("notes.md", 1)} this note has no date`,
      "  hint: name the file YYYY-MM-DD.md (e.g. 2019-09-03.md) or add front matter `date: 2019-09-03`",
      "9 errors in the notes stop the build",
    ]);
    expect(site.code).toBe(1);
  });

  test("leave nothing behind: no page, no stack trace, no Eleventy error", () => {
    expect(site.stdout).not.toContain("Wrote");
    expect(fs.readdirSync(site.outputDir)).toEqual([]);
    expect(site.stderr).not.toMatch(/\[11ty\]|^\s+at /m);
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
      env: { ...process.env, NOTES_DIR: notesDir },
    });
    expect(JSON.parse(stdout)).toEqual({ name: "NotesError", errors: 9 });
  });
});
