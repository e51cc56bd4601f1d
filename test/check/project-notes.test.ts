// The project's own notes pass the check CI runs before the tests. A change to the extraction
// that drops a decision whose anchor was published fails here too, with the command to run, and
// not only in CI. Warnings (a note without a recording link) do not fail the check.

import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { count } from "../../src/render/count.js";
import { runScript } from "../helpers/cli.js";
import { projectRoot } from "../helpers/paths.js";

test("notes/ passes npm run check, its anchors.json up to date with the extraction", async () => {
  const notes = fs.readdirSync(path.join(projectRoot, "notes")).filter((f) => f.endsWith(".md")).length;
  const result = await runScript("check");
  expect(result.stdout.trimEnd().split("\n").at(-1)).toMatch(new RegExp(`^${count(notes, "note")} checked: 0 errors, `));
  expect(result.code).toBe(0);
});
