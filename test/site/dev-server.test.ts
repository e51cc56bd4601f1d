// npm start must show an edit to a note on its meeting page. Regression: while notes were also
// Eleventy passthrough files, --incremental took an edit for a copy-only change and the page
// stayed as it was ("Copied 4 Wrote 0 files").

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { measureEditLatency } from "../../src/bench/edit-latency.js";
import { projectRoot } from "../helpers/paths.js";

test("npm start shows an edit to a note on its meeting page", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dev-server-"));
  const names = ["2019-12-10.md", "2020-01-07.md"];
  for (const name of names) fs.writeFileSync(path.join(dir, name), `# Meeting\n\nRecording: https://youtu.be/a\n\nWe met on ${name}.\n`);
  const site = `${dir}-site`;
  try {
    // Resolves once the server serves the page with the edit; throws if it never does.
    const edits = await measureEditLatency(projectRoot, dir, names, 2, site);
    expect(edits).toHaveLength(2);
  } finally {
    for (const folder of [dir, site]) fs.rmSync(folder, { recursive: true, force: true });
  }
});
