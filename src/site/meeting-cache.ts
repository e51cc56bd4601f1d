// `npm start` rebuilds on every edit, and Eleventy computes the site's data again each time. This
// cache keeps each note's read and parse between the builds of one process, so an edit to one
// note re-reads and re-parses that note only. It never serves a stale Meeting: a note is read
// again unless its file is provably unchanged, and parsed again unless everything the parse
// depends on is the same.

import { createHash } from "node:crypto";
import fs from "node:fs";
import { type NoteFile, readNote, readNoteFile } from "../load/read-notes.js";
import type { ParsedNote } from "../parse-note.js";

type ReadResult = ReturnType<typeof readNote>;

/**
 * File times have a coarse clock (a few milliseconds on Linux, a second or two elsewhere): a
 * file read this soon after it changed could change again and keep the same times, so its
 * times are not trusted and it is read again on the next build (as git treats "racily clean"
 * files).
 */
const RACY_NS = 2_000_000_000n;

interface ReadEntry {
  source: string;
  /** Inode, size, modification and change times: any write changes the change time. */
  stamp: string;
  /** Of the bytes read: a file written again with the same bytes keeps its read and parse. */
  digest: string;
  /** False when the file changed too shortly before it was read for `stamp` to prove anything. */
  settled: boolean;
  result: ReadResult;
}

interface ParseEntry {
  /** The note as read: a new read is a new object, so a changed file never matches. */
  note: NoteFile;
  /** What else this note's parse reads: its slug and anchors.json entries. */
  key: string;
  parsed: ParsedNote;
}

export interface MeetingCacheOptions {
  /**
   * False for a one-off build, which has no next build to keep notes for: the notes' text (about
   * 5 MB per 1,000 notes) is then let go as soon as they are parsed. True by default.
   */
  betweenBuilds?: boolean;
  /** The clock, in milliseconds, that decides whether a file changed too recently to trust its times. */
  now?: () => number;
}

export class MeetingCache {
  readonly #now: () => number;
  readonly #betweenBuilds: boolean;
  #reads = new Map<string, ReadEntry>();
  #parses = new Map<string, ParseEntry>();
  #shared = "";
  #changed: Array<{ file: string; source: string }> = [];
  #filesUsed = new Set<string>();
  #sourcesUsed = new Set<string>();

  constructor(options: MeetingCacheOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#betweenBuilds = options.betweenBuilds ?? true;
  }

  /** Starts a build. */
  beginLoad(): void {
    this.#changed = [];
    this.#filesUsed = new Set();
    this.#sourcesUsed = new Set();
  }

  /** Ends a build: forgets notes it did not use (deleted or renamed), so a long session stays small. */
  endLoad(): void {
    for (const file of this.#reads.keys()) if (!this.#filesUsed.has(file)) this.#reads.delete(file);
    for (const source of this.#parses.keys()) if (!this.#sourcesUsed.has(source)) this.#parses.delete(source);
  }

  /** Notes new or changed in the current build: the ones whose copy in the site must be written. */
  get changed(): ReadonlyArray<{ file: string; source: string }> {
    return this.#changed;
  }

  /** What every note's parse depends on (settings, every note's URL); when it changes, all are parsed again. */
  setSharedContext(shared: string): void {
    if (shared !== this.#shared) this.#parses.clear();
    this.#shared = shared;
  }

  /** readNote, or its result from an earlier build if the file has not changed since. */
  readNote = (file: string, source: string): ReadResult => {
    if (!this.#betweenBuilds) {
      // One build keeps nothing for the next: no stamp or digest to compare, every readable note changed.
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch {
        return readNoteFile(file, source);
      }
      this.#changed.push({ file, source });
      return readNote(file, source, bytes);
    }
    const now = BigInt(this.#now()) * 1_000_000n;
    let stat: fs.BigIntStats;
    try {
      stat = fs.statSync(file, { bigint: true });
    } catch {
      return readNoteFile(file, source);
    }
    const stamp = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    this.#filesUsed.add(file);
    const cached = this.#reads.get(file)?.source === source ? this.#reads.get(file) : undefined;
    if (cached?.settled && cached.stamp === stamp) return cached.result;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return readNoteFile(file, source);
    }
    const digest = createHash("sha1").update(bytes).digest("base64");
    const result = cached?.digest === digest ? cached.result : readNote(file, source, bytes);
    if (result !== cached?.result) this.#changed.push({ file, source });
    this.#reads.set(file, { source, stamp, digest, settled: now - stat.ctimeNs > RACY_NS, result });
    return result;
  };

  /** The parse from an earlier build for the same read of the note and the same key, if any. */
  parsed(note: NoteFile, key: string): ParsedNote | undefined {
    this.#sourcesUsed.add(note.source);
    const cached = this.#parses.get(note.source);
    return cached && cached.note === note && cached.key === key ? cached.parsed : undefined;
  }

  remember(note: NoteFile, key: string, parsed: ParsedNote): void {
    this.#sourcesUsed.add(note.source);
    if (this.#betweenBuilds) this.#parses.set(note.source, { note, key, parsed });
  }
}
