// Tests make many temp folders (notes, built sites) and the builds they start make more. They all
// go into one folder per run (their parse cache too), which is removed at the end, so runs leave nothing behind in /tmp.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "notes-site-tests-"));
  // Workers and the builds tests start inherit the environment, so their os.tmpdir() is this folder.
  process.env.TMPDIR = root;
  // The builds keep their parse cache there too, not in the project's .cache.
  process.env.PARSE_CACHE = path.join(root, "parse-cache");
  return () => fs.rmSync(root, { recursive: true, force: true });
}
