// The benchmark runs our build the way users do: the command in package.json's scripts, run
// directly rather than through npm (whose own start-up is not the site's cost).

import fs from "node:fs";
import path from "node:path";
import type { Command } from "./measure.js";

/**
 * The step of `npm run <script>` in `checkout` that mentions `step` (scripts may chain steps
 * with `&&`), as a command: `node` is this Node, other programs come from node_modules/.bin.
 * @example scriptCommand(".", "build", "eleventy").args.includes("--import")
 */
export function scriptCommand(checkout: string, script: string, step: string): Command {
  const scripts = (JSON.parse(fs.readFileSync(path.join(checkout, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  const line = scripts[script]?.split("&&").find((part) => part.includes(step));
  if (!line) throw new Error(`${checkout}/package.json: no "${script}" script that runs ${step}`);
  const [program = "", ...args] = line.trim().split(/\s+/);
  const command = program === "node" ? process.execPath : path.join(checkout, "node_modules/.bin", program);
  return { command, args, cwd: checkout };
}
