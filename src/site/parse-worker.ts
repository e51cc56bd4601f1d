// A worker thread of parseNotes: parses the batches of notes it is sent, with the shared
// context it was started with, and sends back the parsed notes and how many it parsed.

import { parentPort, workerData } from "node:worker_threads";
import { parseStats } from "../parse-note.js";
import { type ParseJob, parseJob, type SharedContext, sharedMarkdown } from "./parse-notes.js";

const shared = workerData as SharedContext;
const markdown = sharedMarkdown(shared);

parentPort!.on("message", ({ start, jobs }: { start: number; jobs: ParseJob[] }) => {
  const before = parseStats.notes;
  const parsed = jobs.map((job) => parseJob(job, markdown, shared));
  parentPort!.postMessage({ start, parsed, count: parseStats.notes - before });
});
