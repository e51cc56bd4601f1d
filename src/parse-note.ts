// Parses one note into its Meeting: one markdown-it parse, one walk over the tokens, the
// extractors over that walk, decision anchors placed in the tokens, one render.

import type { Token } from "markdown-it";
import { detach } from "./detach.js";
import { assignDecisionIds } from "./anchors/decision-ids.js";
import type { RegisteredDecision } from "./anchors/registry.js";
import { extractActions } from "./extract/actions.js";
import { extractDecisions } from "./extract/decisions.js";
import { extractHighlights } from "./extract/highlights.js";
import { issueKey } from "./extract/github-ref.js";
import { extractIssues } from "./extract/issues.js";
import { definedIssues, type LinkDefinitions } from "./extract/link-definitions.js";
import { extractPeople } from "./extract/people.js";
import { frontMatterPeople } from "./extract/person-names.js";
import { extractRecording } from "./extract/recording.js";
import { type NoteText, type Sentence, walkNote } from "./extract/walk.js";
import type { NoteFile } from "./load/read-notes.js";
import { dateInText } from "./load/note-date.js";
import { type NoteMarkdown, withoutPermalink } from "./markdown/create-markdown.js";
import { unlinkDeadFragments } from "./markdown/dead-fragments.js";
import type { HeadingIdsEnv } from "./markdown/heading-ids.js";
import type { NoteEnv, NoteUrls } from "./markdown/local-links.js";
import type { NestingEnv } from "./markdown/nesting-limit.js";
import type { OverindentEnv } from "./markdown/overindented-lists.js";
import { sentenceTokens, wrapSentences } from "./markdown/sentence-tokens.js";
import type { Decision, Diagnostic, Meeting } from "./model.js";
import { collectNoteFacts, type NoteFacts } from "./check/note-facts.js";
import { encodeWide, hasWide, narrowStrings } from "./render/html.js";
import { MEETING_PAGE_IDS } from "./render/page-ids.js";
import { titleHeading } from "./title-heading.js";

export interface ParseContext {
  markdown: NoteMarkdown;
  slug: string;
  /** The meeting page's site path, `/meetings/<slug>/`, without the path prefix (templates add it). */
  url: string;
  /** Decisions of this meeting recorded in anchors.json. */
  registered: RegisteredDecision[];
  /** Meeting page URL of every note by source path, for links between notes. */
  noteUrls: NoteUrls;
  /** Title for notes without one; the date is appended. */
  meetingTitle: string;
  /** Also collect what `npm run check` reads beyond the model; the build does not need it. */
  collectFacts?: boolean;
}

export interface ParsedNote {
  meeting: Meeting;
  diagnostics: Diagnostic[];
  /** What the checks read beyond the model (links, short references, sentences), when asked for. */
  facts?: NoteFacts;
  /**
   * Every other note this note's links looked up, with the URL it had (null: no such note). Apart
   * from the note itself and its context, these are all the parse read: the parse cache keeps it
   * while they hold.
   */
  linkedNotes: NoteLink[];
}

export type NoteLink = [source: string, url: string | null];

interface Title {
  text: string;
  /** Index of the heading_open token the title came from, to leave it out of the body. */
  headingIndex: number | null;
}

function findTitle(note: NoteFile, tokens: Token[], text: NoteText, meetingTitle: string): Title {
  const fromFrontMatter = note.frontMatter.title;
  if (typeof fromFrontMatter === "string" && fromFrontMatter.trim()) return { text: fromFrontMatter.trim(), headingIndex: null };
  const h1 = titleHeading(text.sections);
  if (h1?.title) {
    const wrongDate = dateInText(h1.title);
    const title = wrongDate && wrongDate !== note.date ? h1.title.replace(/\d{4}-\d{2}-\d{2}/, note.date) : h1.title;
    const headingIndex = tokens.findIndex((t) => t.type === "heading_open" && t.tag === "h1");
    return { text: title, headingIndex };
  }
  return { text: `${meetingTitle} ${note.date}`, headingIndex: null };
}

function headingDateDiagnostic(note: NoteFile, text: NoteText): Diagnostic | null {
  for (const section of text.sections) {
    const date = dateInText(section.title);
    if (!date) continue;
    if (date === note.date) return null;
    return {
      file: note.source,
      line: section.line,
      severity: "warning",
      message: `the heading says ${date} but the meeting's date is ${note.date} (from ${note.dateFrom})`,
      hint: note.dateFrom === "file name" ? "fix the date in the heading, or set `date:` in front matter" : "fix the date in the heading or in front matter",
    };
  }
  return null;
}

/** The page's own title is its only h1: the note's headings start at h2. */
function demoteHeadings(tokens: Token[], titleIndex: number | null): Token[] {
  const body = titleIndex === null ? tokens : [...tokens.slice(0, titleIndex), ...tokens.slice(titleIndex + 3)];
  const headings = body.filter((t) => t.type === "heading_open" || t.type === "heading_close");
  // A loop, not Math.min(...levels): spreading a note's thousands of headings overflows the stack.
  let top = Infinity;
  for (const token of headings) top = Math.min(top, Number(token.tag.slice(1)));
  const shift = Math.max(0, 2 - top);
  if (shift > 0) for (const token of headings) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
  return body;
}

/** Counts parses, so a test can prove each note is parsed exactly once per build. */
export const parseStats = { notes: 0 };

export function parseNote(note: NoteFile, context: ParseContext): ParsedNote {
  parseStats.notes++;
  const { md, Token } = context.markdown;
  const diagnostics: Diagnostic[] = [];
  // Registered ids and the page's own are reserved before headings get theirs, so a new heading never takes one.
  const registeredIds = new Set(context.registered.map((r) => r.id));
  const takenIds = new Set([...MEETING_PAGE_IDS, ...registeredIds]);
  const linkedNotes: NoteLink[] = [];
  const noteUrls: NoteUrls = {
    get: (source) => {
      const url = context.noteUrls.get(source);
      linkedNotes.push([source, url ?? null]);
      return url;
    },
  };
  const env: NoteEnv & HeadingIdsEnv & NestingEnv & OverindentEnv & { references?: LinkDefinitions } = { source: note.source, noteUrls, takenIds };
  const tokens = md.parse(note.body, env);
  const text = walkNote(tokens, note.bodyLine);
  text.outsideReferences.push(...definedIssues(env.references, note.body, note.bodyLine));
  text.listedPeople = frontMatterPeople(note.frontMatter);
  const flattened = env.flattenedLines?.[0];
  if (flattened !== undefined) {
    diagnostics.push({
      file: note.source,
      line: note.bodyLine + flattened + 1,
      severity: "warning",
      message: "quotes or lists are nested too deeply here; the deepest part is shown as plain text",
      hint: "nest lists and quotes less deeply",
      lossy: true,
    });
  }
  const overindented = env.overindentedLines ?? [];
  if (overindented.length > 0) {
    diagnostics.push({
      file: note.source,
      line: note.bodyLine + overindented[0]! + 1,
      severity: "warning",
      message: `${overindented.length === 1 ? "this list is" : `${overindented.length} lists, the first here, are`} indented as code (four or more spaces past their item's text): GitHub shows code, the site a list`,
      hint: "line the sub-list up with its item's text (two to four spaces in)",
      lossy: true,
    });
  }
  const renderSentence = (sentence: Sentence) => encodeWide(detach(md.renderer.renderInline(withoutPermalink(sentenceTokens(sentence, Token)), md.options, env)));

  const found = extractDecisions(text);
  const requests = found.map((f) => {
    const explicitId = f.sentence.explicitId;
    const section = f.sentence.block.section?.title ?? null;
    if (explicitId === null || !takenIds.has(explicitId) || registeredIds.has(explicitId)) return { text: f.text, explicitId, section };
    const heading = text.sections.find((s) => s.id === explicitId);
    diagnostics.push({
      file: note.source,
      line: f.sentence.line,
      severity: "error",
      message: `decision id "${explicitId}" is also the id of ${heading ? `the heading on line ${heading.line}` : "an element of the page itself"}`,
      hint: "give the decision another {#id}",
    });
    return { text: f.text, explicitId: null, section };
  });
  const idResult = assignDecisionIds(
    requests,
    context.registered,
    takenIds,
  );
  for (const { fragment, line } of unlinkDeadFragments(tokens, takenIds)) {
    diagnostics.push({
      file: note.source,
      line: note.bodyLine + line + 1,
      severity: "warning",
      message: `the link to ${fragment} leads nowhere on the meeting page (no heading or decision has that id); it is shown as text`,
      hint: "link to a heading of this note, or give the page's full address",
    });
  }
  const decisions: Decision[] = found.map((f, i) => ({
    id: idResult.ids[i]!,
    text: f.text,
    html: f.answer ? `${renderSentence(f.sentence)} ${renderSentence(f.answer)}` : renderSentence(f.sentence),
    line: f.sentence.line,
    explicit: f.explicit,
    issues: [],
  }));
  for (const i of idResult.duplicateExplicit) {
    diagnostics.push({
      file: note.source,
      line: found[i]!.sentence.line,
      severity: "error",
      message: `decision id "${found[i]!.sentence.explicitId}" is used twice in this note`,
      hint: "give each decision its own {#id}",
    });
  }
  const actions = extractActions(text, renderSentence);
  const highlights = extractHighlights(text, (block) => encodeWide(detach(md.renderer.renderInline(block.inline.children ?? [], md.options, env))));
  const issues = extractIssues(text);
  found.forEach((f, i) => {
    decisions[i]!.issues = [...new Set(f.sentence.references.flatMap((r) => (r.issue ? [issueKey(r.issue)] : [])))];
  });

  const byBlock = new Map<NoteText["blocks"][number], Array<{ sentence: Sentence; open: Token; close: Token }>>();
  found.forEach((f, i) => {
    const open = new Token("decision_open", "span", 1);
    open.attrs = [
      ["id", decisions[i]!.id],
      ["class", f.explicit ? "decision decision-explicit" : "decision"],
    ];
    const close = new Token("decision_close", "span", -1);
    const list = byBlock.get(f.sentence.block) ?? [];
    list.push({ sentence: f.sentence, open, close });
    byBlock.set(f.sentence.block, list);
  });
  for (const [block, wraps] of byBlock) wrapSentences(block, wraps, Token);

  const title = findTitle(note, tokens, text, context.meetingTitle);
  const mismatch = headingDateDiagnostic(note, text);
  if (mismatch) diagnostics.push(mismatch);
  const recording = extractRecording(text);
  if (!note.body.trim()) {
    diagnostics.push({ file: note.source, line: note.bodyLine + 1, severity: "warning", message: "the note is empty", hint: "write the meeting's notes, or delete the file" });
  } else if (!recording) {
    diagnostics.push({ file: note.source, line: note.bodyLine + 1, severity: "warning", message: "no recording link", hint: "add a line such as `Recording: https://youtu.be/...`" });
  }

  const rendered = detach(md.renderer.render(demoteHeadings(tokens, title.headingIndex), md.options, env));
  const html = encodeWide(rendered);
  const meeting: Meeting = {
    source: note.source,
    slug: context.slug,
    url: context.url,
    date: note.date,
    title: title.text,
    recording,
    sections: text.sections,
    highlights,
    decisions,
    removedDecisions: idResult.missing.map((r) => ({ id: r.id, text: r.text })),
    actions,
    issues,
    people: extractPeople(text),
    html,
  };
  // A note with a character past Latin-1 (in its file, or decoded from an entity into its HTML)
  // gives two-byte strings; the others give one-byte strings already.
  if (html !== rendered || hasWide(note.text)) narrowStrings(meeting);
  return context.collectFacts ? { meeting, diagnostics, facts: collectNoteFacts(text), linkedNotes } : { meeting, diagnostics, linkedNotes };
}
