// The floor the benchmark compares against: read every note of a folder and render it with a
// plain markdown-it, in one process, writing nothing. Plain JavaScript, so no loader is timed.
// Usage: node src/bench/markdown-it-alone.mjs <notes folder>
import fs from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";

const dir = process.argv[2];
const md = new MarkdownIt();
let bytes = 0;
for (const name of fs.readdirSync(dir)) {
  if (name.endsWith(".md")) bytes += md.render(fs.readFileSync(path.join(dir, name), "utf8")).length;
}
if (bytes === 0) process.exit(1);
