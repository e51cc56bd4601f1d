// Everything the site shows, computed once per build: every note read and parsed once, then the
// views across meetings that the templates render. `npm run check` and `npm run anchors` read
// the folder through the same parseFolder, so they see exactly what the build sees.

import v8 from "node:v8";
import { type Registry, readRegistry } from "../anchors/registry.js";
import { type SiteConfig, siteUrl } from "../config.js";
import { NotesError } from "../diagnostics.js";
import { assignSlugs } from "../load/assign-slugs.js";
import { type NoteFile, readNotes } from "../load/read-notes.js";
import type { Diagnostic, Meeting } from "../model.js";
import type { ParsedNote } from "../parse-note.js";
import { buildDecisionLog, type DecisionLog } from "./decision-log.js";
import { buildIssueIndex, type IssueIndex } from "./issue-threads.js";
import { MeetingCache } from "./meeting-cache.js";
import { buildMeetingList, type MeetingList } from "./meeting-list.js";
import { cacheStats, ParseCache, parseKey } from "./parse-cache.js";
import { type ParseJob, parseNotes, type SharedContext } from "./parse-notes.js";
import { buildPeopleIndex, type PeopleIndex } from "./people-index.js";

export interface Neighbours {
  previous: Meeting | null;
  next: Meeting | null;
}

export interface Site {
  config: SiteConfig;
  /** Oldest first, as in api/meetings.json. */
  meetings: Meeting[];
  neighbours: Map<string, Neighbours>;
  /** The views across meetings, each computed in one pass over the meetings. */
  meetingList: MeetingList;
  decisionLog: DecisionLog;
  issues: IssueIndex;
  people: PeopleIndex;
  diagnostics: Diagnostic[];
}

export function meetingPath(slug: string): string {
  return `/meetings/${slug}/`;
}

export interface ParsedFolder {
  registry: Registry;
  /** anchors.json as read, null when the folder has none. */
  registryText: string | null;
  /** Problems reading the notes and anchors.json; the build stops on their errors. */
  readDiagnostics: Diagnostic[];
  /** Every readable note with what its one parse gave, in the folder's order. */
  notes: Array<{ note: NoteFile; parsed: ParsedNote }>;
  /** Every note file of the folder, readable or not, as absolute paths. */
  files: string[];
}

/**
 * Reads and parses every note of the folder once, whatever fails; the build and the checks share
 * it (the checks ask for `collectFacts`). `cache` keeps unchanged notes between the builds of one
 * process (npm start); Meetings from it are shared between builds, so they are frozen. With
 * `stored`, notes it lacks are taken from the parse cache on disk (config.parseCache), which is
 * then brought up to date.
 */
export async function parseFolder(config: SiteConfig, cache = new MeetingCache({ betweenBuilds: false }), options: { collectFacts?: boolean; stored?: boolean } = {}): Promise<ParsedFolder> {
  cache.beginLoad();
  const read = readNotes(config.notesDir, cache.readNote);
  const { registry, text: registryText, diagnostics: registryDiagnostics } = readRegistry(config.notesDir);
  const slugs = assignSlugs(read.notes, registry);
  const noteUrls = new Map(read.notes.map((n) => [n.source, siteUrl(config, meetingPath(slugs.get(n.source)!))]));
  const collectFacts = options.collectFacts ?? false;
  const shared: SharedContext = { defaultRepo: config.defaultRepo, pathPrefix: config.pathPrefix, meetingTitle: config.meetingTitle, noteUrls, collectFacts };
  cache.setSharedContext(JSON.stringify([config, collectFacts, [...noteUrls]]));
  const jobs: ParseJob[] = read.notes.map((note) => {
    const slug = slugs.get(note.source)!;
    return { note, slug, url: meetingPath(slug), registered: registry.meetings[slug]?.decisions ?? [] };
  });
  const keys = jobs.map((job) => JSON.stringify([job.slug, job.registered]));
  const parsed = jobs.map((job, i) => cache.parsed(job.note, keys[i]!));
  const unparsed = jobs.flatMap((_, i) => (parsed[i] ? [] : [i]));
  const store = options.stored && config.parseCache ? ParseCache.open(config.parseCache, config.notesDir, { facts: collectFacts }) : null;
  await parseUncached(jobs, parsed, shared, store);
  for (const i of unparsed) {
    Object.freeze(parsed[i]!.meeting);
    cache.remember(jobs[i]!.note, keys[i]!, parsed[i]!);
  }
  cache.endLoad();
  return {
    registry,
    registryText,
    readDiagnostics: [...read.diagnostics, ...registryDiagnostics],
    notes: jobs.map((job, i) => ({ note: job.note, parsed: parsed[i]! })),
    files: read.files,
  };
}

/**
 * Fills in the parses `parsed` lacks: from the parse cache on disk where it has them, by parsing
 * where not. The cache is then rewritten, with every note of the folder, if a note was parsed or
 * left the folder.
 */
async function parseUncached(jobs: ParseJob[], parsed: Array<ParsedNote | undefined>, shared: SharedContext, store: ParseCache | null): Promise<void> {
  const storeKeys = store ? jobs.map((job) => parseKey(job, shared)) : [];
  const storedBytes = new Map<number, Uint8Array>();
  for (let i = 0; store && i < jobs.length; i++) {
    const hit = parsed[i] ? undefined : store.take(storeKeys[i]!, shared.noteUrls);
    if (!hit) continue;
    parsed[i] = hit.parsed;
    storedBytes.set(i, hit.bytes);
  }
  cacheStats.taken += storedBytes.size;
  const missing = jobs.flatMap((_, i) => (parsed[i] ? [] : [i]));
  const writer = store && (missing.length > 0 || store.size !== jobs.length) ? store.rewrite() : null;
  const keep = (i: number, note: ParsedNote, bytes: Uint8Array) => writer!.add({ key: storeKeys[i]!, linkedNotes: note.linkedNotes, bytes });
  try {
    // A parse from the memory cache is serialized again: that happens only after npm start's first build failed.
    for (let i = 0; writer && i < jobs.length; i++) if (parsed[i]) keep(i, parsed[i]!, storedBytes.get(i) ?? v8.serialize(parsed[i]));
    const fresh = await parseNotes(
      missing.map((i) => jobs[i]!),
      shared,
      { serialized: writer ? (k, note, bytes) => keep(missing[k]!, note, bytes) : undefined },
    );
    missing.forEach((i, k) => (parsed[i] = fresh[k]!));
  } catch (error) {
    writer?.abandon();
    throw error;
  }
  writer?.finish();
}

/** Reads and parses the notes folder. @throws NotesError naming every note that cannot be read. */
export async function loadSite(config: SiteConfig, cache?: MeetingCache, options: { stored?: boolean } = {}): Promise<Site> {
  const folder = await parseFolder(config, cache, options);
  if (folder.readDiagnostics.some((d) => d.severity === "error")) throw new NotesError(folder.readDiagnostics, config.notesDir);
  const meetings = folder.notes.map((n) => n.parsed.meeting);
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.slug < b.slug ? -1 : 1));
  const neighbours = new Map<string, Neighbours>(
    meetings.map((m, i) => [m.slug, { previous: meetings[i - 1] ?? null, next: meetings[i + 1] ?? null }]),
  );
  const diagnostics = [...folder.readDiagnostics, ...folder.notes.flatMap((n) => n.parsed.diagnostics)];
  return {
    config,
    meetings,
    neighbours,
    meetingList: buildMeetingList(meetings),
    decisionLog: buildDecisionLog(meetings),
    issues: buildIssueIndex(meetings),
    people: buildPeopleIndex(meetings),
    diagnostics,
  };
}
