// Builds a notes folder into a temp folder through the real command line, as a user would.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { projectRoot } from "./paths.js";

const run = promisify(execFile);

export interface Built {
  outputDir: string;
  stdout: string;
  stderr: string;
  code: number;
  read(file: string): string;
  exists(file: string): boolean;
}

/** The build's command line after `node`, as a user runs it (without npm's flags for speed). */
export const ELEVENTY_ARGS = ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts"];

/** `args` are Eleventy's own command-line options, after the config. */
export async function buildSite(notesDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<Built> {
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), "notes-site-"));
  let stdout = "";
  let stderr = "";
  let code = 0;
  try {
    ({ stdout, stderr } = await run(process.execPath, [...ELEVENTY_ARGS, ...args], {
      cwd: projectRoot,
      env: { ...process.env, NOTES_DIR: notesDir, OUTPUT_DIR: outputDir, ...env },
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    ({ stdout, stderr } = failed);
    code = failed.code ?? 1;
  }
  return {
    outputDir,
    stdout,
    stderr,
    code,
    read: (file) => fs.readFileSync(path.join(outputDir, file), "utf8"),
    exists: (file) => fs.existsSync(path.join(outputDir, file)),
  };
}
