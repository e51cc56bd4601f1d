// Parses many notes at once. Parsing is most of a build's work and each note's parse is
// independent, so a large folder can be split over worker threads (PARSE_THREADS), while a small
// one (or a rebuild after one edit) is parsed here, where starting threads costs more than it saves.

import os from "node:os";
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
import type { RegisteredDecision } from "../anchors/registry.js";
import { siteUrl } from "../config.js";
import type { NoteFile } from "../load/read-notes.js";
import { createMarkdown, type NoteMarkdown } from "../markdown/create-markdown.js";
import { type ParsedNote, parseNote, parseStats } from "../parse-note.js";

export interface ParseJob {
  note: NoteFile;
  slug: string;
  /** The meeting page's site path, `/meetings/<slug>/`, without the path prefix (templates add it). */
  url: string;
  registered: RegisteredDecision[];
}

/** What every note's parse shares: settings and the URL of every note. */
export interface SharedContext {
  defaultRepo: string;
  pathPrefix: string;
  meetingTitle: string;
  noteUrls: Map<string, string>;
  /** Collect what `npm run check` reads beyond the model. */
  collectFacts?: boolean;
}

/**
 * Below this many notes per thread, starting a worker costs more than it saves: a thread's first
 * hundred notes cost about as much as its next thousand (its code compiled, its patterns and
 * compromise's lexicon loaded). A build of 1,000 generated notes parsed in 3.1 s on one thread
 * and 3.8 s on two, one of 3,000 in 7.2 s and 6.8 s, one of 10,000 in 20.8 s and 11.7 s.
 */
const NOTES_PER_THREAD_MIN = 1000;
/** Notes handed to a thread at a time: small enough to balance the load, large enough to batch. */
const BATCH = 50;

export function sharedMarkdown(shared: SharedContext): NoteMarkdown {
  return createMarkdown({ defaultRepo: shared.defaultRepo, url: (p) => siteUrl(shared, p) });
}

export function parseJob(job: ParseJob, markdown: NoteMarkdown, shared: SharedContext): ParsedNote {
  return parseNote(job.note, { markdown, slug: job.slug, url: job.url, registered: job.registered, noteUrls: shared.noteUrls, meetingTitle: shared.meetingTitle, collectFacts: shared.collectFacts ?? false });
}

/**
 * How many threads parse `count` notes, this one included: PARSE_THREADS=N, or by default one
 * per core once there are enough notes for each. On a machine busy with other work they can cost
 * more than they save, so PARSE_THREADS=1 turns them off.
 */
export function threadsFor(count: number, env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism()): number {
  const set = Number(env.PARSE_THREADS);
  if (Number.isInteger(set) && set >= 1) return set;
  return Math.max(1, Math.min(cores, Math.floor(count / NOTES_PER_THREAD_MIN)));
}

export interface ParseOptions {
  threads?: number;
  /** Given each note's parse as it is done, serialized with node:v8: the parse cache stores it. */
  serialized?: (index: number, parsed: ParsedNote, bytes: Uint8Array) => void;
}

/** Parses every job, in order. Results are the same however many threads do it. */
export async function parseNotes(jobs: ParseJob[], shared: SharedContext, options: ParseOptions = {}): Promise<ParsedNote[]> {
  const notes = new Array<ParsedNote>(jobs.length);
  const { serialized } = options;
  let next = 0;
  /** The next batch of jobs not yet handed to a thread, as [start, end). */
  const take = (): [number, number] | null => {
    if (next >= jobs.length) return null;
    const start = next;
    next = Math.min(jobs.length, next + BATCH);
    return [start, next];
  };
  const threads = options.threads ?? threadsFor(jobs.length);
  const workers = Array.from({ length: Math.min(threads, Math.ceil(jobs.length / BATCH)) - 1 }, () => startWorker(shared));
  try {
    const done = workers.map((worker) => runWorker(worker, jobs, notes, take, serialized));
    // This thread parses too, a batch at a time, letting the workers' results in between.
    const markdown = sharedMarkdown(shared);
    for (let batch = take(); batch; batch = take()) {
      for (let i = batch[0]; i < batch[1]; i++) {
        notes[i] = parseJob(jobs[i]!, markdown, shared);
        serialized?.(i, notes[i]!, v8.serialize(notes[i]));
      }
      if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(done);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return notes;
}

interface BatchResult {
  start: number;
  /** Each note's parse, serialized with node:v8: the bytes the parse cache stores. */
  parsed: Uint8Array[];
  /** Parses the worker counted, added to this thread's parseStats. */
  count: number;
}

function startWorker(shared: SharedContext): Worker {
  // The worker is TypeScript. In Node 20 the loader that `--import tsx` registers does not reach a
  // worker's own modules, so the worker's entry registers tsx itself, then imports it.
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const entry = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.resolve("./parse-worker.ts"))}); });`;
  return new Worker(entry, { eval: true, workerData: shared });
}

/**
 * Feeds `worker` batches until none are left; resolves when it has sent back its last one. It
 * keeps two batches in flight, so the worker starts the next while this thread, busy parsing a
 * batch of its own, has not yet read the last result.
 */
function runWorker(worker: Worker, jobs: ParseJob[], results: ParsedNote[], take: () => [number, number] | null, serialized: ParseOptions["serialized"]): Promise<void> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    const send = () => {
      const batch = take();
      if (batch) {
        inFlight++;
        worker.postMessage({ start: batch[0], jobs: jobs.slice(batch[0], batch[1]) });
      } else if (inFlight === 0) resolve();
    };
    worker.on("message", (batch: BatchResult) => {
      inFlight--;
      batch.parsed.forEach((bytes, i) => {
        const parsed = (results[batch.start + i] = v8.deserialize(bytes) as ParsedNote);
        serialized?.(batch.start + i, parsed, bytes);
      });
      parseStats.notes += batch.count;
      send();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`a parse worker stopped early (exit code ${code})`)));
    worker.on("online", () => {
      send();
      send();
    });
  });
}
