// Everything the site shows, computed once per build: every note read and parsed once, then the
// views across meetings that the templates render. `npm run check` and `npm run anchors` read
// the folder through the same parseFolder, so they see exactly what the build sees.

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
import { type ParseJob, parseNotes } from "./parse-notes.js";
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
 * it (the checks ask for `collectFacts`). `cache` keeps unchanged notes between the builds of one process (npm start); Meetings from
 * it are shared between builds, so they are frozen.
 */
export async function parseFolder(config: SiteConfig, cache = new MeetingCache({ betweenBuilds: false }), options: { collectFacts?: boolean } = {}): Promise<ParsedFolder> {
  cache.beginLoad();
  const read = readNotes(config.notesDir, cache.readNote);
  const { registry, text: registryText, diagnostics: registryDiagnostics } = readRegistry(config.notesDir);
  const slugs = assignSlugs(read.notes, registry);
  const noteUrls = new Map(read.notes.map((n) => [n.source, siteUrl(config, meetingPath(slugs.get(n.source)!))]));
  const collectFacts = options.collectFacts ?? false;
  cache.setSharedContext(JSON.stringify([config, collectFacts, [...noteUrls]]));
  const jobs: ParseJob[] = read.notes.map((note) => {
    const slug = slugs.get(note.source)!;
    return { note, slug, url: meetingPath(slug), registered: registry.meetings[slug]?.decisions ?? [] };
  });
  const keys = jobs.map((job) => JSON.stringify([job.slug, job.registered]));
  const parsed = jobs.map((job, i) => cache.parsed(job.note, keys[i]!));
  const missing = jobs.flatMap((_, i) => (parsed[i] ? [] : [i]));
  const fresh = await parseNotes(
    missing.map((i) => jobs[i]!),
    { defaultRepo: config.defaultRepo, pathPrefix: config.pathPrefix, meetingTitle: config.meetingTitle, noteUrls, collectFacts },
  );
  missing.forEach((i, k) => {
    Object.freeze(fresh[k]!.meeting);
    cache.remember(jobs[i]!.note, keys[i]!, fresh[k]!);
    parsed[i] = fresh[k]!;
  });
  cache.endLoad();
  return {
    registry,
    registryText,
    readDiagnostics: [...read.diagnostics, ...registryDiagnostics],
    notes: jobs.map((job, i) => ({ note: job.note, parsed: parsed[i]! })),
    files: read.files,
  };
}

/** Reads and parses the notes folder. @throws NotesError naming every note that cannot be read. */
export async function loadSite(config: SiteConfig, cache?: MeetingCache): Promise<Site> {
  const folder = await parseFolder(config, cache);
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
