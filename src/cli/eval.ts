// npm run eval [-- --misses] [--year 2019] [--gold FILE]: builds the shared corpus and scores its
// api/meetings.json against the hand-made labels with ../shared/eval/score.mjs. --year scores
// one year's notes only, to measure rules tuned on the other year (a held-out set). NOTES_DIR and
// --gold score another set of labelled notes the same way, such as other projects' meetings.

import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scriptCommand } from "../bench/scripts.js";

const root = path.resolve(import.meta.dirname, "../..");
const shared = path.resolve(root, "../shared");
const notes = process.env.NOTES_DIR ? path.resolve(process.env.NOTES_DIR) : path.join(shared, "corpus/osquery-office-hours");
const score = path.join(shared, "eval/score.mjs");

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const year = option("--year");
const gold = path.resolve(option("--gold") ?? path.join(shared, "corpus/osquery-office-hours.gold.json"));

const missing = [score, notes, gold].filter((file) => !fs.existsSync(file));
if (missing.length > 0) {
  console.error(`eval needs ../shared beside the checkout, and the notes and labels it scores; not found: ${missing.join(", ")}`);
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "notes-eval-"));
const site = path.join(work, "site");
// The build as `npm run build` runs it; its own report (warnings about the notes) is shown only if it fails.
const { command, args: buildArgs } = scriptCommand(root, "build", "eleventy");
const build = spawnSync(command, buildArgs, {
  cwd: root,
  env: { ...process.env, NOTES_DIR: notes, OUTPUT_DIR: site, SEARCH_INDEX: "off" },
  encoding: "utf8",
});
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.exit(build.status ?? 1);
}

let goldFile = gold;
if (year) {
  const labels = JSON.parse(fs.readFileSync(gold, "utf8")) as Array<{ file: string }>;
  goldFile = path.join(work, `gold-${year}.json`);
  fs.writeFileSync(goldFile, JSON.stringify(labels.filter((l) => l.file.startsWith(year))));
  console.log(`scoring the ${year} notes only`);
}
const scoreArgs = [score, "--site", site, "--notes", notes, "--gold", goldFile, ...(args.includes("--misses") ? ["--misses"] : [])];
process.stdout.write(execFileSync(process.execPath, scoreArgs, { encoding: "utf8" }));
fs.rmSync(work, { recursive: true, force: true });
