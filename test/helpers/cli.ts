// Runs an npm script of the project as a contributor would (`npm run <script> -- args`), in a
// child process, and collects what it printed.

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { projectRoot } from "./paths.js";

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `cwd` is where the contributor is; npm runs the script from the project root, as always. */
export async function runScript(script: string, args: string[] = [], env: Record<string, string> = {}, cwd = projectRoot): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run("npm", ["--prefix", projectRoot, "run", "--silent", script, "--", ...args], {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
