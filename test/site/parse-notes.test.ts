import { expect, test } from "vitest";
import { generateNotes } from "../../src/bench/generate-notes.js";
import { readNote } from "../../src/load/read-notes.js";
import { parseStats } from "../../src/parse-note.js";
import { type ParseJob, parseNotes, type SharedContext, threadsFor } from "../../src/site/parse-notes.js";

const sources = [
  { name: "20190903_meeting_notes.md", text: "# Office hours 2019-09-03\n\nRecording: https://youtu.be/a\n\n## Highlights\n\n- We **will** merge #5706.\n\nLet's try it. @seph will review PR 7048. See [last time](2000-01-04.md).\n" },
  { name: "20200107_meeting_notes.md", text: "# Office hours 2019-01-07\n\nDecision: ship 4.2.0 {#ship}\n\nTODO: alessandro: open an issue for https://github.com/osquery/osquery/issues/6280\n" },
];

function jobsFor(count: number): { jobs: ParseJob[]; shared: SharedContext } {
  const notes = generateNotes(sources, count).map((n) => readNote(n.name, n.name, Buffer.from(n.text)).note!);
  const jobs = notes.map((note) => ({ note, slug: note.date, url: `/meetings/${note.date}/`, registered: [] }));
  return { jobs, shared: { defaultRepo: "osquery/osquery", pathPrefix: "/", meetingTitle: "Office hours", noteUrls: new Map(jobs.map((j) => [j.note.source, j.url])) } };
}

test("worker threads parse notes to the same meetings, in the same order, as one thread", async () => {
  const { jobs, shared } = jobsFor(230);
  const before = parseStats.notes;
  const [alone, together] = [await parseNotes(jobs, shared, { threads: 1 }), await parseNotes(jobs, shared, { threads: 3 })];
  expect(together).toEqual(alone);
  expect(together.map((p) => p.meeting.source)).toEqual(jobs.map((j) => j.note.source));
  expect(parseStats.notes - before).toBe(2 * 230);
});

test.each([
  { notes: 10_000, cores: 8, env: {}, threads: 8 },
  { notes: 10_000, cores: 8, env: { PARSE_THREADS: "1" }, threads: 1 },
  { notes: 38, cores: 2, env: { PARSE_THREADS: "auto" }, threads: 1 },
  { notes: 1000, cores: 2, env: { PARSE_THREADS: "auto" }, threads: 1 },
  { notes: 2000, cores: 2, env: { PARSE_THREADS: "auto" }, threads: 2 },
  { notes: 5000, cores: 8, env: { PARSE_THREADS: "auto" }, threads: 5 },
  { notes: 10_000, cores: 8, env: { PARSE_THREADS: "auto" }, threads: 8 },
  { notes: 38, cores: 2, env: { PARSE_THREADS: "3" }, threads: 3 },
  { notes: 38, cores: 2, env: { PARSE_THREADS: "none" }, threads: 1 },
  { notes: 2000, cores: 2, env: { PARSE_THREADS: "none" }, threads: 2 },
])("parses $notes notes on $cores cores with $env in $threads threads", ({ notes, cores, env, threads }) => {
  expect(threadsFor(notes, env, cores)).toBe(threads);
});
