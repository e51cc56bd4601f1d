// Published decision links must keep landing. Where the notes folder has an anchors.json, the
// check holds the notes to it: every decision recorded with its current words, every removal
// recorded (so the page keeps the anchor with a notice), every published meeting page still made.

import { similarity, SAME_DECISION } from "../anchors/decision-ids.js";
import { type Registry, type RegistryChange, REGISTRY_FILE, recordMeetings, registryChanges, registryLine } from "../anchors/registry.js";
import type { NoteFacts } from "./note-facts.js";
import type { NoteFile } from "../load/read-notes.js";
import type { Diagnostic, Meeting } from "../model.js";

export interface CheckedNote {
  note: NoteFile;
  meeting: Meeting;
  facts: NoteFacts;
}

const RECORD = "run `npm run anchors` and commit anchors.json";

/** The sentence of the note most like a vanished decision's words, if one is like it at all. */
function likeliestSentence(facts: NoteFacts, words: string): NoteFacts["sentences"][number] | null {
  let best: NoteFacts["sentences"][number] | null = null;
  let bestScore = SAME_DECISION;
  for (const sentence of facts.sentences) {
    const score = similarity(sentence.text, words);
    if (score >= bestScore) [best, bestScore] = [sentence, score];
  }
  return best;
}

function removalDiagnostic(checked: CheckedNote, id: string, words: string): Diagnostic {
  const { note, meeting, facts } = checked;
  const sentence = likeliestSentence(facts, words);
  const now = sentence && meeting.decisions.find((d) => d.line === sentence.line && sentence.text.endsWith(d.text));
  if (sentence && now) {
    return {
      file: note.source,
      line: sentence.line,
      severity: "error",
      message: `this decision was published as #${id} and is now #${now.id}; links to #${id} would break`,
      hint: `write {#${id}} after it to keep its published id, or run \`npm run anchors\` to keep #${id} as a removal notice`,
    };
  }
  if (sentence) {
    return {
      file: note.source,
      line: sentence.line,
      severity: "error",
      message: `decision #${id} is no longer read as a decision here, and links to it were published`,
      hint: `write {#${id}} after the sentence to keep it a decision with its id, or run \`npm run anchors\` to keep the anchor with a removal notice`,
    };
  }
  return {
    file: note.source,
    line: note.bodyLine + 1,
    severity: "error",
    message: `decision #${id} ("${words}") is no longer in this note, and links to it were published`,
    hint: "if it was removed on purpose, run `npm run anchors` to keep its anchor with a removal notice; otherwise restore the sentence",
  };
}

function changeDiagnostic(change: RegistryChange, checked: CheckedNote): Diagnostic {
  const file = checked.note.source;
  if (change.kind === "meeting-added") {
    return { file, line: 1, severity: "error", message: "this meeting is not recorded in anchors.json", hint: `${RECORD}, so its page keeps its address` };
  }
  if (change.kind === "renamed") {
    return { file, line: 1, severity: "error", message: `anchors.json records this meeting's note as ${change.was}`, hint: `${RECORD} to record the new file name` };
  }
  if (change.kind === "removed") return removalDiagnostic(checked, change.id, change.text);
  const line = checked.meeting.decisions.find((d) => d.id === change.id)?.line ?? 1;
  const message = {
    added: `decision #${change.id} is not recorded in anchors.json`,
    edited: `decision #${change.id} was edited since anchors.json recorded it`,
    restored: `decision #${change.id} is back, but anchors.json records it as removed`,
  }[change.kind];
  const why = {
    added: "so links to it keep working when the sentence is edited",
    edited: "so that the next edit keeps its id too",
    restored: "so its page stops showing the removal notice",
  }[change.kind];
  return { file, line, severity: "error", message, hint: `${RECORD}, ${why}` };
}

/**
 * Errors for every way the notes and anchors.json disagree. `registryText` is null when the
 * folder has no anchors.json: such a folder (the shared corpus) is not held to one.
 */
export function checkAnchors(notes: CheckedNote[], registry: Registry, registryText: string | null): Diagnostic[] {
  if (registryText === null) return [];
  const bySlug = new Map(notes.map((n) => [n.meeting.slug, n]));
  const changes = registryChanges(registry, recordMeetings(registry, notes.map((n) => n.meeting)));
  const diagnostics = changes.map((change) => changeDiagnostic(change, bySlug.get(change.slug)!));
  for (const [slug, entry] of Object.entries(registry.meetings)) {
    if (bySlug.has(slug)) continue;
    diagnostics.push({
      file: REGISTRY_FILE,
      line: registryLine(registryText, slug),
      severity: "error",
      message: `the page /meetings/${slug}/ was published from ${entry.source}, but no note makes it any more`,
      hint: "restore the note (or its date); to retire the page and break its links on purpose, delete its entry from anchors.json",
    });
  }
  return diagnostics;
}
