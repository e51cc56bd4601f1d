// Notes folders in temp directories: written from inline text, or copied from a real folder so
// a test can edit the copy.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new temp folder holding the given files (relative path -> contents); removed after the test file. */
export function makeNotes(files: Record<string, string | Uint8Array> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "notes-"));
  made.push(dir);
  for (const [name, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), contents);
  }
  return dir;
}

/** A temp copy of the Markdown notes of `from` (not its anchors.json). */
export function copyNotes(from: string): string {
  const files: Record<string, Uint8Array> = {};
  for (const name of fs.readdirSync(from)) if (name.endsWith(".md")) files[name] = fs.readFileSync(path.join(from, name));
  return makeNotes(files);
}

/** Replaces `from` with `to` in a note, failing loudly if `from` is not there. */
export function editNote(dir: string, name: string, from: string, to: string): void {
  const file = path.join(dir, name);
  const text = fs.readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${name} does not contain ${JSON.stringify(from)}`);
  fs.writeFileSync(file, text.replace(from, to));
}
