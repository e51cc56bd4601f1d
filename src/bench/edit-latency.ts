// How long an author waits under `npm start`: the dev server runs on a notes folder, a note is
// edited, and the clock stops when the server serves the meeting page with the new text.

import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { dateFromFileName } from "../load/note-date.js";
import { scriptCommand } from "./scripts.js";

const POLL_MS = 10;
const START_TIMEOUT_MS = 180_000;
const EDIT_TIMEOUT_MS = 60_000;
/** Time for the watcher to settle between edits, so each edit is its own rebuild. */
const SETTLE_MS = 1_500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function fetchText(url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

async function waitFor(url: string, test: (body: string) => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const body = await fetchText(url);
    if (body !== null && test(body)) return true;
    await sleep(POLL_MS);
  }
  return false;
}

/** Seconds from writing each of `runs` edits to the server serving it. Notes' slugs are their dates. */
export async function measureEditLatency(root: string, notesDir: string, names: string[], runs: number, outputDir: string): Promise<number[]> {
  const start = scriptCommand(root, "start", "eleventy");
  const port = await freePort();
  const server = spawn(start.command, [...start.args, `--port=${port}`], {
    cwd: start.cwd,
    env: { ...process.env, NOTES_DIR: notesDir, OUTPUT_DIR: outputDir, PARSE_CACHE: `${outputDir}-parse-cache` },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };
  try {
    const seconds: number[] = [];
    for (let run = 0; run < runs; run++) {
      // Spread the edits over the folder: first, middle, last...
      const name = names[Math.floor((run * names.length) / runs)]!;
      const url = `http://localhost:${port}/meetings/${dateFromFileName(name)}/`;
      if (!(await waitFor(url, () => true, START_TIMEOUT_MS))) throw new Error(`the dev server never served ${url}`);
      await sleep(SETTLE_MS);
      const marker = `benchmark-edit-${run}-${Date.now()}`;
      const file = path.join(notesDir, name);
      const began = performance.now();
      fs.appendFileSync(file, `\n\nEdited: ${marker}.\n`);
      if (!(await waitFor(url, (body) => body.includes(marker), EDIT_TIMEOUT_MS))) throw new Error(`the edit to ${name} never showed at ${url}`);
      seconds.push((performance.now() - began) / 1000);
    }
    return seconds;
  } finally {
    stop();
  }
}
