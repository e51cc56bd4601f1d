// npm run bench [-- --notes 1000,10000 --runs 3 --only site,bare --also ../other-checkout --variant PARSE_THREADS=1 --edit --keep --distinct-issues]
// Generates N notes from the corpus and times our build (with an empty parse cache, and with the
// cache of the build before one note was edited) side by side with bare Eleventy,
// markdown-it alone and Hugo, interleaved (A B C D A B C D) so drift in the machine's load hits
// every build alike. Prints a table, then one summary line for the largest N.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { bareEleventy, hugo, markdownItAlone } from "./baselines.js";
import { measureEditLatency } from "./edit-latency.js";
import { generateNotes, readSourceNotes, writeNotes } from "./generate-notes.js";
import { BuildFailed, type Command, measureOutput, median, type OutputStats, runMeasured } from "./measure.js";
import { scriptCommand } from "./scripts.js";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.resolve(root, "../shared/corpus/osquery-office-hours");

interface Row {
  name: string;
  /** The command, given the folder it writes to. */
  command: (outputDir: string) => Command;
  /** Runs on the output of the row before it instead of writing its own. */
  indexes?: string;
  /** Run once, unmeasured, before the first run. */
  prime?: boolean;
  /** Around each measured run. */
  before?: () => void;
  after?: () => void;
}

interface Result {
  seconds: number[];
  rss: number[];
  cpu: number[];
  output: OutputStats | null;
  /** The build wrote a Pagefind index itself, so its time includes Pagefind's (its own row shows how much). */
  ranPagefind?: boolean;
  /** Why the build failed, if it did: it is not run again, and shows as failed in the table. */
  failed?: string;
}

const usage = "usage: npm run bench -- [--notes 1000,10000] [--runs 3] [--only site,bare,markdown-it,hugo] [--also <checkout>] [--variant NAME=value] [--edit] [--keep] [--distinct-issues]";
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        notes: { type: "string", multiple: true, default: ["1000,10000"] },
        runs: { type: "string", default: "3" },
        only: { type: "string" },
        also: { type: "string", multiple: true, default: [] },
        variant: { type: "string", multiple: true, default: [] },
        edit: { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
        "distinct-issues": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
})();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const sizes = values.notes.flatMap((v) => v.split(",")).map(Number).sort((a, b) => a - b);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(usage);
  process.exit(2);
}
if (!fs.existsSync(corpus)) {
  console.error(`bench needs the corpus beside the checkout: ${corpus} is missing`);
  process.exit(2);
}

const tmpRoot = fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
const work = fs.mkdtempSync(path.join(tmpRoot, "notes-bench-"));
const hasHugo = (process.env.PATH ?? "").split(path.delimiter).some((dir) => fs.existsSync(path.join(dir, "hugo")));
const hasPagefind = fs.existsSync(path.join(root, "node_modules/pagefind/package.json"));

function siteRow(name: string, checkout: string, notesDir: string, env: Record<string, string> = {}): Row {
  const build = scriptCommand(checkout, "build", "eleventy");
  // Pagefind has a row of its own, as issue 7 reports it apart.
  return { name, command: (outputDir) => ({ ...build, env: { SEARCH_INDEX: "off", ...env, NOTES_DIR: notesDir, OUTPUT_DIR: outputDir } }) };
}

/** A build with an empty parse cache, as a first build or a CI run without a cache has it. */
function coldRow(name: string, checkout: string, notesDir: string, env: Record<string, string> = {}): Row {
  const cacheDir = path.join(work, "parse-cache-cold");
  return { ...siteRow(name, checkout, notesDir, { PARSE_CACHE: cacheDir, ...env }), before: () => fs.rmSync(cacheDir, { recursive: true, force: true }) };
}

/**
 * Our build with the parse cache of the build before, after an edit to one note, as a pull request
 * makes: the first run fills the cache unmeasured, and each run parses the edited note alone (each
 * run's edit is its own, so the cache never holds it already).
 */
function cachedRow(notesDir: string): Row {
  const note = path.join(notesDir, fs.readdirSync(notesDir).filter((name) => name.endsWith(".md")).sort()[0]!);
  const text = fs.readFileSync(note, "utf8");
  let edits = 0;
  return {
    ...siteRow("site cached", root, notesDir, { PARSE_CACHE: path.join(work, "parse-cache-warm") }),
    prime: true,
    before: () => fs.writeFileSync(note, `${text}\nEdit ${++edits} for the benchmark.\n`),
    after: () => fs.writeFileSync(note, text),
  };
}

function rowsFor(notesDir: string): Row[] {
  const rows: Row[] = [coldRow("site", root, notesDir), cachedRow(notesDir)];
  if (hasPagefind) {
    rows.push({
      name: "pagefind",
      indexes: "site",
      // Indexes the site's output on its own, so its cost shows apart from the build's.
      command: (siteDir) => ({ command: path.join(root, "node_modules/.bin/pagefind"), args: ["--site", siteDir, "--output-path", path.join(work, "pagefind")], cwd: root }),
    });
  }
  for (const checkout of values.also) rows.push(coldRow(`site@${path.basename(path.resolve(checkout))}`, path.resolve(checkout), notesDir));
  // The same build with a setting changed, e.g. PARSE_THREADS=1, to see what the setting buys.
  for (const variant of values.variant) {
    const [name = "", value = ""] = variant.split("=", 2);
    rows.push(coldRow(`site ${name}=${value}`, root, notesDir, { [name]: value }));
  }
  rows.push({ name: "bare", command: (out) => bareEleventy(root, work, notesDir, out) });
  rows.push({ name: "markdown-it", command: () => markdownItAlone(root, notesDir) });
  if (hasHugo) rows.push({ name: "hugo", command: (out) => hugo(work, notesDir, out) });
  const only = values.only?.split(",");
  return only ? rows.filter((r) => only.includes(r.name) || only.includes(r.name.split(/[@ ]/)[0]!)) : rows;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const fixed = (n: number, digits = 2) => n.toFixed(digits);

function benchmark(count: number, notesDir: string): Map<string, Result> {
  const rows = rowsFor(notesDir);
  const results = new Map<string, Result>(rows.map((r) => [r.name, { seconds: [], rss: [], cpu: [], output: null }]));
  for (let run = 1; run <= runs; run++) {
    for (const row of rows) {
      const outputDir = path.join(work, `out-${(row.indexes ?? row.name).replace(/[^\w.-]+/g, "-")}`);
      if (!row.indexes) fs.rmSync(outputDir, { recursive: true, force: true });
      const result = results.get(row.name)!;
      if (result.failed || (row.indexes && results.get(row.indexes)?.failed)) continue;
      let measured;
      try {
        if (run === 1 && row.prime) runMeasured(row.command(outputDir));
        row.before?.();
        measured = runMeasured(row.command(outputDir));
      } catch (error) {
        if (!(error instanceof BuildFailed)) throw error;
        result.failed = error.message;
        process.stderr.write(`notes=${count} run ${run}/${runs} ${row.name} FAILED: ${firstError(error.message)}\n`);
        continue;
      } finally {
        row.after?.();
      }
      result.seconds.push(measured.seconds);
      if (measured.rss !== null) result.rss.push(measured.rss);
      if (measured.cpu !== null) result.cpu.push(measured.cpu);
      if (!row.indexes && run === runs) result.output = measureOutput(outputDir);
      if (!row.indexes && fs.existsSync(path.join(outputDir, "pagefind"))) result.ranPagefind = true;
      process.stderr.write(`notes=${count} run ${run}/${runs} ${row.name} ${fixed(measured.seconds)} s\n`);
    }
  }
  return results;
}

/** The line of a failed build's output that says what went wrong. */
function firstError(output: string): string {
  const lines = output.split("\n");
  // An errno code (EMFILE, ENOENT) says most; else the first line that mentions an error.
  const line = lines.find((l) => /\bE[A-Z]{3,}\b/.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? lines[0] ?? "";
  return line.replace(/^\[11ty\]\s*(\d+\.\s*)?/, "").trim().slice(0, 120);
}

function printTable(count: number, results: Map<string, Result>): void {
  console.log(`\nnotes=${count}, median of ${runs} interleaved runs, notes and output in ${tmpRoot}`);
  const header = ["build", "seconds", "runs", "cpu s", "notes/s", "peak MB", "output MB", "pages", "largest page"];
  const lines = [...results].map(([row, r]) => {
    const name = r.ranPagefind ? `${row} (with pagefind)` : row;
    if (r.failed) return [name, "failed", "", "", "", "", "", "", firstError(r.failed)];
    const seconds = median(r.seconds);
    const largest = r.output?.largestPage;
    return [
      name,
      fixed(seconds),
      r.seconds.map((s) => fixed(s)).join(" "),
      r.cpu.length ? fixed(median(r.cpu)) : "-",
      String(Math.round(count / seconds)),
      r.rss.length ? String(Math.round(mb(median(r.rss)))) : "-",
      r.output?.bytes ? fixed(mb(r.output.bytes), 1) : "-",
      r.output?.htmlPages ? String(r.output.htmlPages) : "-",
      largest ? `${Math.round(largest.bytes / 1024)} KB ${largest.file}` : "-",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd());
}

function summaryLine(count: number, results: Map<string, Result>): string {
  const seconds = (name: string) => {
    const r = results.get(name);
    return r && !r.failed && r.seconds.length ? median(r.seconds) : null;
  };
  const show = (s: number | null) => (s === null ? "-" : fixed(s));
  const ratio = (a: number | null, b: number | null) => (a === null || b === null ? "-" : fixed(a / b));
  const site = seconds("site");
  const rss = results.get("site")?.rss ?? [];
  return `bench notes=${count} site=${show(site)} bare=${show(seconds("bare"))} markdown-it=${show(seconds("markdown-it"))} hugo=${show(seconds("hugo"))} site/bare=${ratio(site, seconds("bare"))} site/hugo=${ratio(site, seconds("hugo"))} rss=${rss.length ? Math.round(mb(median(rss))) : "-"}`;
}

try {
  const sources = readSourceNotes(corpus);
  const all = new Map<number, Map<string, Result>>();
  const folders = new Map<number, { dir: string; names: string[] }>();
  for (const count of sizes) {
    const notes = generateNotes(sources, count, { distinctIssues: values["distinct-issues"] });
    const dir = path.join(work, `notes-${count}`);
    writeNotes(dir, notes);
    folders.set(count, { dir, names: notes.map((n) => n.name) });
  }
  if (values.edit) {
    const count = sizes[0]!;
    const { dir, names } = folders.get(count)!;
    const latency = await measureEditLatency(root, dir, names, runs, path.join(work, "out-serve"));
    console.log(`edit to served under npm start, notes=${count}: median ${fixed(median(latency))} s (${latency.map((s) => fixed(s)).join(" ")})`);
  } else {
    for (const count of sizes) {
      const results = benchmark(count, folders.get(count)!.dir);
      all.set(count, results);
      printTable(count, results);
    }
    const [smallest, largest] = [sizes[0]!, sizes.at(-1)!];
    if (largest > smallest) {
      const growth = median(all.get(largest)!.get("site")?.seconds ?? [NaN]) / median(all.get(smallest)!.get("site")?.seconds ?? [NaN]);
      console.log(`\nsite at ${largest} notes costs ${fixed(growth)}x its time at ${smallest} (linear would be ${fixed(largest / smallest, 0)}x)`);
    }
    console.log(summaryLine(largest, all.get(largest)!));
  }
} finally {
  if (values.keep) console.error(`kept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
