// The extraction scored against the hand-made labels of the 38 osquery notes, with the shared
// scorer (../shared/eval/score.mjs), so a change that finds fewer decisions or actions fails
// here. Each year is scored on its own as well: the rules were tuned on one year and checked
// on the other, and a regression in either shows. Runs where ../shared exists.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config.js";
import { publicMeeting } from "../../src/site/meetings-json.js";
import { loadSite } from "../../src/site/load-site.js";
import { corpusDir, goldFile, projectRoot } from "../helpers/paths.js";

const scorer = path.resolve(projectRoot, "../shared/eval/score.mjs");

interface Scores {
  decisions: number;
  actions: number;
  issues: number;
  highlights: number;
}

let work: string;

/** Scores the notes that `gold` labels, by the scorer's summary line. */
function score(gold: unknown[]): Scores {
  const goldPath = path.join(work, `gold-${gold.length}.json`);
  fs.writeFileSync(goldPath, JSON.stringify(gold));
  const out = execFileSync(process.execPath, [scorer, "--site", work, "--notes", corpusDir, "--gold", goldPath], { encoding: "utf8" });
  const summary = /summary decisions F1=([\d.]+) actions F1=([\d.]+) issues R=([\d.]+) highlights R=([\d.]+)/.exec(out);
  if (!summary) throw new Error(`no summary line in the scorer's output:\n${out}`);
  const [decisions, actions, issues, highlights] = summary.slice(1).map(Number) as [number, number, number, number];
  return { decisions, actions, issues, highlights };
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "extraction-scores-"));
  const site = await loadSite(loadConfig({ NOTES_DIR: corpusDir }));
  fs.mkdirSync(path.join(work, "api"));
  fs.writeFileSync(path.join(work, "api/meetings.json"), JSON.stringify(site.meetings.map((m) => publicMeeting(m, (p) => p))));
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("extraction quality on the osquery corpus", () => {
  const labels = JSON.parse(fs.readFileSync(goldFile, "utf8")) as Array<{ file: string }>;

  test("finds decisions and actions as the labels do, and every issue and highlight, on all 38 notes", () => {
    const scores = score(labels);
    expect(scores.decisions).toBeGreaterThanOrEqual(0.88);
    expect(scores.actions).toBeGreaterThanOrEqual(0.96);
    expect(scores.issues).toBe(1);
    expect(scores.highlights).toBe(1);
  });

  test.each([
    { year: "2019", decisions: 0.9, actions: 0.98 },
    { year: "2020", decisions: 0.87, actions: 0.96 },
  ])("holds its floors on the $year notes alone", ({ year, decisions, actions }) => {
    const scores = score(labels.filter((l) => l.file.startsWith(year)));
    expect(scores.decisions).toBeGreaterThanOrEqual(decisions);
    expect(scores.actions).toBeGreaterThanOrEqual(actions);
  });
});
