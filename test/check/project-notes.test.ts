// The project's own notes pass the check CI runs before the tests. A change to the extraction
// that drops a decision whose anchor was published fails here too, with the command to run, and
// not only in CI.

import { expect, test } from "vitest";
import { runScript } from "../helpers/cli.js";

test("notes/ passes npm run check, its anchors.json up to date with the extraction", async () => {
  const result = await runScript("check");
  expect(result.stderr + result.stdout).toContain("0 errors");
  expect(result.code).toBe(0);
});
