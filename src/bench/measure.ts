// Runs one build as a child process and measures what the benchmark reports: wall time, peak
// memory, and what it wrote (total size, largest HTML page).

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Command {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

export interface Measurement {
  seconds: number;
  /** Peak resident memory in bytes, or null when it cannot be measured. */
  rss: number | null;
  /** User plus system CPU seconds, or null: steadier than wall time on a busy machine. */
  cpu: number | null;
}

export interface OutputStats {
  bytes: number;
  htmlPages: number;
  largestPage: { file: string; bytes: number } | null;
}

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = fs.existsSync(GNU_TIME);
// Without GNU time, a Node child reports its own peak; other programs go unmeasured.
const RSS_REPORTER = path.join(import.meta.dirname, "report-rss.mjs");

export class BuildFailed extends Error {}

export function runMeasured(run: Command): Measurement {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-rss-")), "rss");
  const env: NodeJS.ProcessEnv = { ...process.env, ...run.env };
  let command = run.command;
  let args = run.args;
  if (hasGnuTime) {
    args = ["-f", "%M %U %S", "-o", rssFile, command, ...args];
    command = GNU_TIME;
  } else {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --import=${RSS_REPORTER}`;
    env.BENCH_RSS_FILE = rssFile;
  }
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: run.cwd, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    throw new BuildFailed(`${[run.command, ...run.args].join(" ")} failed (${result.status ?? result.signal}):\n${(result.stderr || result.stdout || "").slice(-4000)}`);
  }
  // One "<peak KB> <user s> <system s>" line: GNU time's for the whole run, or one per Node process.
  const lines = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, "utf8").split("\n").filter((l) => /^\d+ [\d.]+ [\d.]+$/.test(l)) : [];
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  if (lines.length === 0) return { seconds, rss: null, cpu: null };
  const fields = lines.map((l) => l.split(" ").map(Number) as [number, number, number]);
  return { seconds, rss: Math.max(...fields.map(([kb]) => kb)) * 1024, cpu: fields.reduce((sum, [, user, system]) => sum + user + system, 0) };
}

export function measureOutput(dir: string): OutputStats {
  const stats: OutputStats = { bytes: 0, htmlPages: 0, largestPage: null };
  if (!fs.existsSync(dir)) return stats;
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        visit(full);
        continue;
      }
      const { size } = fs.statSync(full);
      stats.bytes += size;
      if (!entry.name.endsWith(".html")) continue;
      stats.htmlPages++;
      if (!stats.largestPage || size > stats.largestPage.bytes) stats.largestPage = { file: path.relative(dir, full), bytes: size };
    }
  };
  visit(dir);
  return stats;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
