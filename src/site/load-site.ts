// Everything the site shows, computed once per build: every note read and parsed once, then the
// views across meetings that the templates render.

import { readRegistry } from "../anchors/registry.js";
import { type SiteConfig, siteUrl } from "../config.js";
import { NotesError } from "../diagnostics.js";
import { assignSlugs } from "../load/assign-slugs.js";
import { readNotes } from "../load/read-notes.js";
import type { Diagnostic, Meeting } from "../model.js";
import { MeetingCache } from "./meeting-cache.js";
import { type ParseJob, parseNotes } from "./parse-notes.js";

export interface Neighbours {
  previous: Meeting | null;
  next: Meeting | null;
}

export interface Site {
  config: SiteConfig;
  /** Oldest first, as in api/meetings.json. */
  meetings: Meeting[];
  neighbours: Map<string, Neighbours>;
  diagnostics: Diagnostic[];
}

export function meetingPath(slug: string): string {
  return `/meetings/${slug}/`;
}

/**
 * Reads and parses the notes folder. `cache` keeps unchanged notes between the builds of one
 * process (npm start); Meetings from it are shared between builds, so they are frozen.
 * @throws NotesError naming every note that cannot be read.
 */
export async function loadSite(config: SiteConfig, cache = new MeetingCache()): Promise<Site> {
  cache.beginLoad();
  const read = readNotes(config.notesDir, cache.readNote);
  const { registry, diagnostics: registryDiagnostics } = readRegistry(config.notesDir);
  const diagnostics = [...read.diagnostics, ...registryDiagnostics];
  if (diagnostics.some((d) => d.severity === "error")) throw new NotesError(diagnostics, config.notesDir);

  const slugs = assignSlugs(read.notes, registry);
  const noteUrls = new Map(read.notes.map((n) => [n.source, siteUrl(config, meetingPath(slugs.get(n.source)!))]));
  cache.setSharedContext(JSON.stringify([config, [...noteUrls]]));
  const jobs: ParseJob[] = read.notes.map((note) => {
    const slug = slugs.get(note.source)!;
    return { note, slug, url: meetingPath(slug), registered: registry.meetings[slug]?.decisions ?? [] };
  });
  const keys = jobs.map((job) => JSON.stringify([job.slug, job.registered]));
  const parsed = jobs.map((job, i) => cache.parsed(job.note, keys[i]!));
  const missing = jobs.flatMap((_, i) => (parsed[i] ? [] : [i]));
  const fresh = await parseNotes(
    missing.map((i) => jobs[i]!),
    { defaultRepo: config.defaultRepo, pathPrefix: config.pathPrefix, meetingTitle: config.meetingTitle, noteUrls },
  );
  missing.forEach((i, k) => {
    Object.freeze(fresh[k]!.meeting);
    cache.remember(jobs[i]!.note, keys[i]!, fresh[k]!);
    parsed[i] = fresh[k]!;
  });
  const meetings = parsed.map((p) => {
    diagnostics.push(...p!.diagnostics);
    return p!.meeting;
  });
  cache.endLoad();
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.slug < b.slug ? -1 : 1));
  const neighbours = new Map<string, Neighbours>(
    meetings.map((m, i) => [m.slug, { previous: meetings[i - 1] ?? null, next: meetings[i + 1] ?? null }]),
  );
  return { config, meetings, neighbours, diagnostics };
}
