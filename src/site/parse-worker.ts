// A worker thread of parseNotes: parses the batches of notes it is sent, with the shared
// context it was started with, and sends back the parsed notes (serialized) and how many it parsed.

import v8 from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { parseStats } from "../parse-note.js";
import { type ParseJob, parseJob, type SharedContext, sharedMarkdown } from "./parse-notes.js";

const shared = workerData as SharedContext;
const markdown = sharedMarkdown(shared);

parentPort!.on("message", ({ start, jobs }: { start: number; jobs: ParseJob[] }) => {
  const before = parseStats.notes;
  // Serialized here, as the parse cache stores them: posting the bytes costs what posting the objects would.
  const parsed = jobs.map((job) => v8.serialize(parseJob(job, markdown, shared)));
  parentPort!.postMessage({ start, parsed, count: parseStats.notes - before });
});
