// npm run bench:parse -- <other-checkout> [--notes 500] [--rounds 12]
// The parse alone (reading a note's Markdown into the model, every extractor included) of this
// checkout and another, in one process, in alternating rounds over the same generated notes. The
// two share the machine's load at every moment, so a few percent shows where separate builds on a
// shared machine differ by more than that from run to run. Prints each side's median CPU time.

import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateNotes, readSourceNotes } from "./generate-notes.js";
import { median } from "./measure.js";

type ParseText = (text: string, options: { source: string }) => unknown;

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.resolve(root, "../shared/corpus/osquery-office-hours");
const usage = "usage: npm run bench:parse -- <other-checkout> [--notes 500] [--rounds 12]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { notes: { type: "string", default: "500" }, rounds: { type: "string", default: "12" } },
});
const count = Number(values.notes);
const rounds = Number(values.rounds);
const other = positionals[0] ? path.resolve(positionals[0]) : "";
if (!other || !Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 2) {
  console.error(usage);
  process.exit(2);
}
for (const needed of [corpus, path.join(other, "test/helpers/parse.ts")]) {
  if (!fs.existsSync(needed)) {
    console.error(`bench:parse: ${needed} is missing\n${usage}`);
    process.exit(2);
  }
}

const notes = generateNotes(readSourceNotes(corpus), count);
const load = async (checkout: string) => ((await import(path.join(checkout, "test/helpers/parse.ts"))) as { parseText: ParseText }).parseText;
const sides = [
  { name: "this", checkout: root, parse: await load(root), cpu: [] as number[] },
  { name: "other", checkout: other, parse: await load(other), cpu: [] as number[] },
];

// A first pass compiles each side's code and loads its lexicons; it is not timed.
for (const side of sides) for (const note of notes.slice(0, 100)) side.parse(note.text, { source: note.name });
for (let round = 0; round < rounds; round++) {
  for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
    const start = process.cpuUsage();
    for (const note of notes) side.parse(note.text, { source: note.name });
    const used = process.cpuUsage(start);
    side.cpu.push((used.user + used.system) / 1000);
  }
}

const [self, that] = sides.map((side) => median(side.cpu)) as [number, number];
for (const side of sides) console.log(`${side.name.padEnd(6)} ${side.checkout}: median ${median(side.cpu).toFixed(0)} ms CPU for ${count} notes (${rounds} rounds)`);
console.log(`bench:parse notes=${count} this=${self.toFixed(0)} other=${that.toFixed(0)} this/other=${(self / that).toFixed(3)}`);
