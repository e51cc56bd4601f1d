// The parse cache: a build stores every note's parse on disk, and the next build of the same
// folder takes an unchanged note's parse from there instead of parsing the note again. Parsing is
// most of a build's work (about 14 s of 20 at 10,000 notes), so a build after an edit, or a CI
// run that restores the folder, parses only what changed.
//
// A stored parse is used only when everything it was made from is the same: the note's path and
// text, its slug and anchors.json entries, the settings, the URL of each note it links to, and the
// code (every file of src/, package-lock.json and Node's version). Anything else (a missing,
// damaged or older file) is a miss, and the note is parsed as if there were no cache.

import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { NoteUrls } from "../markdown/local-links.js";
import type { NoteLink, ParsedNote } from "../parse-note.js";
import type { ParseJob, SharedContext } from "./parse-notes.js";

/** Counts the notes taken from the cache, so a test can tell a stored parse from a fresh one. */
export const cacheStats = { taken: 0 };

const MAGIC = Buffer.from("notes parse cache\n");
const root = path.resolve(import.meta.dirname, "../..");

interface StoredEntry {
  key: string;
  linkedNotes: NoteLink[];
  /** Bytes of the serialized parse: the parses open the file, in the entries' order. */
  length: number;
}

interface Header {
  code: string;
  entries: StoredEntry[];
}

export interface CacheEntry {
  key: string;
  linkedNotes: NoteLink[];
  /** The parse, serialized with node:v8. */
  bytes: Uint8Array;
}

/** An entry as the cache holds it, by its key. */
type Stored = Omit<CacheEntry, "key">;

function sha1(...parts: Array<string | Uint8Array>): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("base64url");
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

let code: string | undefined;

/** What the code that parses is: any change to it, to the dependencies or to Node makes every stored parse a miss. */
export function codeVersion(): string {
  code ??= sha1(
    process.version,
    ...[...filesUnder(path.join(root, "src")), path.join(root, "package-lock.json")].flatMap((file) => [path.relative(root, file), fs.existsSync(file) ? fs.readFileSync(file) : ""]),
  );
  return code;
}

/** What one note's parse is made of, apart from the notes it links to (see ParseCache.take). */
export function parseKey(job: ParseJob, shared: SharedContext): string {
  const settings = JSON.stringify([shared.defaultRepo, shared.pathPrefix, shared.meetingTitle, shared.collectFacts ?? false]);
  const place = JSON.stringify([job.note.source, job.slug, job.url, job.registered, job.note.invalidUtf8Line]);
  return sha1(settings, place, job.note.text);
}

export class ParseCache {
  readonly file: string;
  readonly #code: string;
  readonly #entries: Map<string, Stored>;

  private constructor(file: string, code: string, entries: Map<string, Stored>) {
    this.file = file;
    this.#code = code;
    this.#entries = entries;
  }

  /**
   * The cache of the notes folder `notesDir`, kept in `dir`. The parses `npm run check` makes hold
   * more than the build's (`facts`): they are kept in a file of their own, so neither command
   * overwrites the other's.
   */
  static open(dir: string, notesDir: string, options: { facts?: boolean; code?: string } = {}): ParseCache {
    const code = options.code ?? codeVersion();
    const file = path.join(dir, `${sha1(path.resolve(notesDir)).slice(0, 16)}${options.facts ? "-facts" : ""}.bin`);
    return new ParseCache(file, code, readEntries(file, code));
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The stored parse for `key`, if each note it links to still has the URL it had. */
  take(key: string, noteUrls: NoteUrls): { parsed: ParsedNote; bytes: Uint8Array } | undefined {
    const entry = this.#entries.get(key);
    if (!entry || !entry.linkedNotes.every(([source, url]) => (noteUrls.get(source) ?? null) === url)) return undefined;
    try {
      return { parsed: v8.deserialize(entry.bytes) as ParsedNote, bytes: entry.bytes };
    } catch {
      return undefined;
    }
  }

  /**
   * Starts replacing what is stored: the entries added, as they come, are the notes of the folder
   * as it is now. Null when the file cannot be written, with a warning: the build goes on without.
   */
  rewrite(): CacheWriter | null {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      return new CacheWriter(this.file, this.#code);
    } catch (error) {
      warnUnwritable(this.file, error);
      return null;
    }
  }
}

function warnUnwritable(file: string, error: unknown): void {
  console.warn(`[parse cache] cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): the next build parses every note again`);
}

/**
 * Writes a cache file one parse at a time, so no parse is held in memory for it: the file is the
 * parses, then the header listing them, then the header's length.
 */
export class CacheWriter {
  readonly #file: string;
  readonly #code: string;
  /** Written aside, then renamed: a build that reads the file meanwhile sees the old one or the new one, never half. */
  readonly #temp: string;
  #fd: number | null;
  readonly #entries: StoredEntry[] = [];

  constructor(file: string, code: string) {
    this.#file = file;
    this.#code = code;
    this.#temp = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
    this.#fd = fs.openSync(this.#temp, "w");
    this.#write(MAGIC);
  }

  add(entry: CacheEntry): void {
    this.#write(entry.bytes);
    this.#entries.push({ key: entry.key, linkedNotes: entry.linkedNotes, length: entry.bytes.length });
  }

  /** Puts the file in place of the old one. */
  finish(): void {
    const header = Buffer.from(JSON.stringify({ code: this.#code, entries: this.#entries } satisfies Header));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    this.#write(header);
    this.#write(length);
    if (this.#fd === null) return;
    this.#close();
    try {
      fs.renameSync(this.#temp, this.#file);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Leaves the old file as it was. */
  abandon(): void {
    if (this.#fd === null) return;
    this.#close();
    fs.rmSync(this.#temp, { force: true });
  }

  #write(bytes: Uint8Array): void {
    if (this.#fd === null) return;
    try {
      fs.writeSync(this.#fd, bytes);
    } catch (error) {
      this.#fail(error);
    }
  }

  #close(): void {
    fs.closeSync(this.#fd!);
    this.#fd = null;
  }

  #fail(error: unknown): void {
    warnUnwritable(this.#file, error);
    if (this.#fd !== null) this.#close();
    fs.rmSync(this.#temp, { force: true });
  }
}

function readEntries(file: string, code: string): Map<string, Stored> {
  const entries = new Map<string, Stored>();
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return entries;
  }
  if (data.length < MAGIC.length + 4 || !data.subarray(0, MAGIC.length).equals(MAGIC)) return entries;
  const headerStart = data.length - 4 - data.readUInt32LE(data.length - 4);
  if (headerStart < MAGIC.length) return entries;
  let header: Header;
  try {
    header = JSON.parse(data.subarray(headerStart, data.length - 4).toString("utf8")) as Header;
  } catch {
    return entries;
  }
  if (header.code !== code || !Array.isArray(header.entries)) return entries;
  let offset = MAGIC.length;
  for (const { key, linkedNotes, length } of header.entries) {
    if (typeof key !== "string" || !Array.isArray(linkedNotes) || !Number.isInteger(length) || length < 0 || offset + length > headerStart) return new Map();
    entries.set(key, { linkedNotes, bytes: data.subarray(offset, offset + length) });
    offset += length;
  }
  return entries;
}
