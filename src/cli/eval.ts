// npm run eval [-- --misses] [--year 2019] [--gold FILE] [--families]: builds the shared corpus
// and scores its api/meetings.json against the hand-made labels with ../shared/eval/score.mjs.
// --year scores one year's notes only, to measure rules tuned on the other year (a held-out set).
// NOTES_DIR and --gold score another set of labelled notes the same way, such as other projects'
// meetings. --families adds how many decisions each family of phrasing found, and how many of
// them matched no label: where precision is lost.

import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scriptCommand } from "../bench/scripts.js";
import { familyOf } from "../extract/decisions.js";
import type { Meeting } from "../model.js";

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
const families = args.includes("--families");
const scoreArgs = [score, "--site", site, "--notes", notes, "--gold", goldFile, ...(args.includes("--misses") || families ? ["--misses"] : [])];
const report = execFileSync(process.execPath, scoreArgs, { encoding: "utf8" });
process.stdout.write(args.includes("--misses") ? report : report.replace(/^ {2}(?:missed|extra) .*\n/gm, ""));
if (families) process.stdout.write(familyTable(report, JSON.parse(fs.readFileSync(path.join(site, "api/meetings.json"), "utf8")) as Meeting[], goldFile));
fs.rmSync(work, { recursive: true, force: true });

/** Each family's decisions in the scored notes, and how many matched no label (score.mjs's extras). */
function familyTable(report: string, meetings: Meeting[], goldPath: string): string {
  const scored = new Set((JSON.parse(fs.readFileSync(goldPath, "utf8")) as Array<{ file: string }>).map((g) => g.file));
  const decisionsPart = report.slice(report.indexOf("decisions "), report.indexOf("\nactions "));
  const extras = new Map<string, number>();
  for (const match of decisionsPart.matchAll(/^ {2}extra {3}(.*)$/gm)) extras.set(match[1]!, (extras.get(match[1]!) ?? 0) + 1);
  const counts = new Map<string, { found: number; extra: number }>();
  for (const meeting of meetings) {
    const file = path.basename(meeting.source);
    if (!scored.has(file)) continue;
    for (const decision of meeting.decisions) {
      const family = decision.explicit ? "explicit" : (familyOf(decision.text) ?? "by place (lead-in, answer, arrow)");
      const count = counts.get(family) ?? { found: 0, extra: 0 };
      counts.set(family, count);
      count.found++;
      const key = `${file}:${decision.line} ${decision.text}`;
      const left = extras.get(key) ?? 0;
      if (left > 0) {
        count.extra++;
        extras.set(key, left - 1);
      }
    }
  }
  const rows = [...counts].sort((a, b) => b[1].extra - a[1].extra || b[1].found - a[1].found);
  return `decisions by family (found, matching no label, precision):\n${rows.map(([family, c]) => `  ${family.padEnd(34)} ${String(c.found).padStart(4)} ${String(c.extra).padStart(4)}  ${(1 - c.extra / c.found).toFixed(2)}`).join("\n")}\n`;
}
