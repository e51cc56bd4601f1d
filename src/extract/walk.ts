// The one pass over a note's tokens. It turns markdown-it's token stream into blocks (headings,
// paragraphs, list items, table cells) and their sentences, each with the line it starts on and
// the references it contains. Every extractor reads this, never the tokens again.

import type { Token } from "markdown-it";
import type { Section } from "../model.js";
import { detach } from "../detach.js";
import { COMMENT, EXPLICIT_ID } from "../markdown/directives.js";
import { endsSourceLine } from "../markdown/html-breaks.js";
import type { LinkMeta } from "../markdown/references.js";
import { findGithubUrls, type GithubRef } from "./github-ref.js";
import { hasMarksToClean, plainWords } from "./sentence-cues.js";
import { sentenceEnds } from "./sentence-segments.js";
import { isWhiteSpace } from "./white-space.js";

export type BlockKind = "heading" | "paragraph" | "item" | "cell";

/** A table's cells by row, the header row first, so a cell can be read with its column's header and its row. */
export interface Table {
  rows: Block[][];
}

export interface Reference {
  issue?: GithubRef;
  person?: string;
  line: number;
  /** Written short (`#6280`, `PR 7048`, `osquery/foundation#15`, `@seph`), not as a URL. */
  short?: boolean;
}

export interface Sentence {
  text: string;
  /** The words without emphasis marks, typographic quotes and extra spaces, as the extractors read them. */
  plain: string;
  line: number;
  block: Block;
  /** Offsets of the sentence in its block's plain text. */
  start: number;
  end: number;
  references: Reference[];
  /** HTML comments that follow the sentence, e.g. "not a decision". */
  comments: string[];
  /** `{#id}` written after the sentence. */
  explicitId: string | null;
}

export interface Block {
  kind: BlockKind;
  inline: Token;
  line: number;
  /** The nearest heading above (for a heading block: itself). */
  section: Section | null;
  /** 0 outside lists, 1 for top-level items, 2 for items nested once, ... */
  listDepth: number;
  /** True for the first paragraph of a list item: the item's own text. */
  itemStart: boolean;
  /** For list items: the text that introduces the list ("Next steps:", or the parent item). */
  leadIn: string | null;
  /** For items of a nested list: the item it is nested in. */
  parentItem: Block | null;
  /** For table cells: the table, and where the cell is in it. */
  table: { of: Table; row: number; column: number } | null;
  quoted: boolean;
  text: string;
  sentences: Sentence[];
  /** Plain-text offset -> child index mapping, used to mark sentences in the rendered note. */
  pieces: Piece[];
}

/** A stretch of plain text that comes from one inline child token. */
export interface Piece {
  child: number;
  from: number;
  to: number;
}

export interface NoteText {
  sections: Section[];
  blocks: Block[];
  /** References found outside sentences: in code blocks, and in link reference definitions (see link-definitions.ts). */
  outsideReferences: Reference[];
  /** Who came, as front matter lists them (`participants:`, `attendees:`), lower-cased. */
  listedPeople: string[];
}

// Unicode sentence rules never break before a lower-case word, but notes start sentences with
// lower-case names and handles ("Let's try it. @directionless will ...", "... merged. seph will").
const LOWER_START = /[.!?]["'’”)\]]*\s+(?=@[A-Za-z0-9]|\p{Ll})/gu;
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|al|ca|incl|esp|resp|viz)|\b\p{L})\.["'’”)\]]*\s+$/iu;

// A bare answer belongs to the sentence that explains it: "No. It's way too slow for CI".
const BARE_ANSWER = /^\s*(?:yes|no|nope|yep|yeah|correct|agreed)[.!]\s*$/i;
/** The length of the longest bare answer, "correct.". */
const BARE_ANSWER_REACH = 8;

/** A title before a name, after which Unicode's rules end a sentence: "Mr. Mertic will send it". */
const TITLE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.\s+$/u;
/** The longest title ("Prof. "), the character before it and a second space. */
const TITLE_REACH = 8;

function afterTitle(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 0x20 && TITLE.test(text.slice(Math.max(0, end - TITLE_REACH), end));
}

/** The longest abbreviation ("approx") and the character before it, which `\b` looks at. */
const ABBREVIATION_REACH = 8;

/**
 * Offsets in `text` where a sentence starts in lower case inside one of the sentences `ends`
 * closes. One pass over the text: searching each sentence on its own cost a copy of the regex
 * per sentence, and a search that runs on past its sentence would make a long block quadratic.
 */
function lowerCaseStarts(text: string, ends: number[]): number[] {
  const cuts: number[] = [];
  let sentence = 0;
  LOWER_START.lastIndex = 0;
  for (let match = LOWER_START.exec(text); match; match = LOWER_START.exec(text)) {
    while (ends[sentence]! <= match.index) sentence++;
    const cut = match.index + match[0].length;
    // The next word is in the next sentence: Intl.Segmenter cut there already.
    if (cut >= ends[sentence]!) continue;
    // Only the word before the stop can be an abbreviation: testing the whole sentence up to
    // each stop made a long run of "a. b. c." quadratic.
    const sentenceStart = sentence > 0 ? ends[sentence - 1]! : 0;
    if (ABBREVIATION.test(text.slice(Math.max(sentenceStart, match.index - ABBREVIATION_REACH), cut))) continue;
    cuts.push(cut);
  }
  return cuts;
}

/**
 * A source line this short, or ending in a colon, ends its statement when the next line opens
 * with a capital, a handle or a bracket: notes written a statement a line ("Action Items:\nMDawson
 * will take the first draft\nDan & Jory talk to JSF projects"). Prose wrapped at 70 or 80 columns
 * breaks no line this short but a paragraph's last. The length is the source line's: a link's
 * address makes a wrapped line long in the file and short in the text.
 */
const SHORT_LINE = 40;
const OPENS_STATEMENT = /[\p{Lu}@[]/u;
/**
 * A line opening with a marker or a label starts a statement however the line before ends: "... and
 * be actioned\nACTION: ACB, check the code", "Poll: should we explore ...\nResult: 9:3 in favour",
 * a speaker's "mnot: ..." in dialogue. Wrapped prose does not open a line with one word and a colon.
 */
const OPENS_WITH_MARKER = /^(?:ACTION\b|(?:action(?:\s+items?)?|todo|to-do|decision(?:\s+(?:#?\d{1,3}|[a-z](?:\+1)?))?|ai)\s*:)/i;
const OPENS_WITH_LABEL = /^@?\p{L}[\p{L}\p{N}_-]*(?:\s\p{Lu}[\p{L}-]*)?:\s/u;
/** A line ending so goes on: "Reverse Sorted List of\nPRs", "introduced in\nPR6571". */
const GOES_ON = /(?:[,;\-–—(&]|\b(?:of|in|to|the|a|an|and|or|for|with|by|on|at|from|as|is|are|was|were|that|this|which|but|so|if|into|about|via|per|than|then|when|where|who|whose|its|their|our|his|her|my|your))$/i;

/**
 * Offsets in `text` where a line starts a statement of its own (see SHORT_LINE) inside one of the
 * sentences `ends` closes. `source` is the block's Markdown, a line for each of `breaks` and one more.
 */
function lineStarts(text: string, breaks: number[], linkBreaks: number[], ends: number[], source: string): number[] {
  const cuts: number[] = [];
  let lineStart = 0;
  let sourceStart = 0;
  let sentence = 0;
  for (const next of breaks) {
    const sourceEnd = source.indexOf("\n", sourceStart);
    const sourceLength = (sourceEnd < 0 ? source.length : sourceEnd) - sourceStart;
    sourceStart = sourceEnd + 1;
    const start = trimmedStart(text, lineStart, next);
    const end = trimmedEnd(text, start, next);
    lineStart = next;
    if (sourceEnd < 0) break;
    if (end === start || next >= text.length || linkBreaks.includes(next)) continue;
    const line = text.slice(start, end);
    const short = sourceLength <= SHORT_LINE && !GOES_ON.test(line);
    const nextStart = trimmedStart(text, next, text.length);
    const opening = text.slice(nextStart, nextStart + 40);
    const marked = OPENS_WITH_MARKER.test(opening) || OPENS_WITH_LABEL.test(opening);
    if (!marked && (!(short || line.endsWith(":")) || !OPENS_STATEMENT.test(text[nextStart] ?? ""))) continue;
    while (ends[sentence]! <= next) sentence++;
    const previousEnd = sentence > 0 ? ends[sentence - 1]! : 0;
    if (next > previousEnd && next < ends[sentence]!) cuts.push(next);
  }
  return cuts;
}

/** `a` and `b`, both ascending, merged into one ascending list without repeats. */
function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

interface Flattened {
  text: string;
  pieces: Piece[];
  /** Offsets in `text` where a source line ends. */
  breaks: number[];
  /** Those of `breaks` inside a link's text, which a line cannot end a statement at. */
  linkBreaks: number[];
  /** Offsets in `text` of a `<br>`: a line break on the page, within one source line, that ends a statement. */
  htmlBreaks: number[];
  marks: Array<{ at: number; reference?: Reference; comment?: string; explicitId?: string }>;
}

function flatten(inline: Token, firstLine: number): Flattened {
  const children = inline.children ?? [];
  let text = "";
  const pieces: Piece[] = [];
  const breaks: number[] = [];
  const linkBreaks: number[] = [];
  const htmlBreaks: number[] = [];
  let linkDepth = 0;
  const marks: Flattened["marks"] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    switch (child.type) {
      case "text":
      case "code_inline": {
        const from = text.length;
        text += child.content;
        pieces.push({ child: i, from, to: text.length });
        // Linked URLs are tagged by the references rule; these are the ones written in code spans.
        if (child.type === "code_inline") for (const { ref, index } of findGithubUrls(child.content)) marks.push({ at: from + index, reference: { issue: ref, line: firstLine + countBefore(breaks, from) } });
        break;
      }
      case "softbreak":
      case "hardbreak":
        pieces.push({ child: i, from: text.length, to: text.length + 1 });
        text += " ";
        if (!endsSourceLine(child)) {
          htmlBreaks.push(text.length);
          break;
        }
        breaks.push(text.length);
        if (linkDepth > 0) linkBreaks.push(text.length);
        break;
      case "image": {
        // An image's address is written in the note too, and may be an issue: ![shot](https://github.com/o/r/issues/1).
        const line = firstLine + countBefore(breaks, text.length);
        for (const { ref } of findGithubUrls(child.attrGet("src") ?? "")) marks.push({ at: text.length, reference: { issue: ref, line } });
        text += child.content;
        break;
      }
      case "link_close":
        linkDepth--;
        break;
      case "link_open": {
        linkDepth++;
        const meta = (child.meta ?? {}) as LinkMeta;
        // A Google Docs export can join two links into one address ("...pull/7620,%20https://github.com/.../issues/7974"):
        // the link goes to the first, and the note names the others too.
        const href = child.attrGet("href") ?? "";
        const joined = href.indexOf("://", 8) > 0 ? findGithubUrls(href).slice(meta.issue ? 1 : 0) : [];
        if (!meta.issue && !meta.person && joined.length === 0) break;
        const line = firstLine + countBefore(breaks, text.length);
        // Field by field, not { ...meta, line, short }: V8 spreads into a larger literal slowly.
        if (meta.issue || meta.person) marks.push({ at: text.length, reference: { issue: meta.issue, person: meta.person, line, short: child.markup === "reference" } });
        for (const { ref } of joined) marks.push({ at: text.length, reference: { issue: ref, line } });
        break;
      }
      case COMMENT: {
        marks.push({ at: text.length, comment: child.content });
        const line = firstLine + countBefore(breaks, text.length);
        for (const { ref } of findGithubUrls(child.content)) marks.push({ at: text.length, reference: { issue: ref, line } });
        break;
      }
      case EXPLICIT_ID:
        marks.push({ at: text.length, explicitId: String((child.meta as { id: string }).id) });
        break;
    }
  }
  // Meetings keep titles and sentences cut from this text; cut from the note's, they would keep the note.
  return { text: detach(text), pieces, breaks, linkBreaks, htmlBreaks, marks };
}


/** How many of the ascending `sorted` are <= `offset`, by binary search. */
function countBefore(sorted: number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `text` from `start` to `end` starts once trimmed. */
function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Where `text` from `start` to `end` ends once trimmed. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function isBareAnswer(text: string, start: number, end: number): boolean {
  const from = trimmedStart(text, start, end);
  const to = trimmedEnd(text, from, end);
  return to - from <= BARE_ANSWER_REACH && BARE_ANSWER.test(text.slice(from, to));
}

/** Adds the sentence in `flat.text` from `start` to `end`, trimmed by offsets: slicing and trimming copies made three strings per sentence. */
function addSentence(sentences: Sentence[], block: Block, flat: Flattened, from: number, to: number, clean: boolean): void {
  const start = trimmedStart(flat.text, from, to);
  const end = trimmedEnd(flat.text, start, to);
  if (start === end) return;
  const text = flat.text.slice(start, end);
  sentences.push({
    text,
    plain: clean ? plainWords(text) : text,
    line: block.line + countBefore(flat.breaks, start),
    block,
    start,
    end,
    references: [],
    comments: [],
    explicitId: null,
  });
}

const URL_IN_TEXT = /\b(?:https?|ftp):\/\/[^\s<>]*[^\s<>.,;:!?'")\]]/g;
/** A parenthesis longer than this is a stray bracket, not an aside. */
const ASIDE_MAX = 200;

/** A stretch of text where sentences do not end: all of it, or (in an aside that opens a sentence) only after "?" or "!". */
interface Unbroken {
  from: number;
  to: number;
  /** Only "?" and "!" end no sentence here: an aside of its own may hold whole sentences. */
  questionsOnly: boolean;
}

/**
 * Where no sentence ends: inside a link written out, or an aside in parentheses or brackets. Unicode
 * ends a sentence after every "?", so a query string ("...p1741031785519899?thread_ts=...") or an aside
 * ("Rob to log the wireframes (images? links?)", "... process [Aaron? Phil?]") would cut the sentence in two; so would a full
 * stop in an aside that opens mid-sentence ("update thrift (coordination point. Seems scary)").
 * An aside that is a sentence of its own ("... recent. (Probably cmake. Alessandro will answer)")
 * still ends its sentences at full stops.
 */
function unbrokenSpans(text: string): Unbroken[] {
  const spans: Unbroken[] = [];
  if (text.includes("://")) {
    URL_IN_TEXT.lastIndex = 0;
    for (let match = URL_IN_TEXT.exec(text); match; match = URL_IN_TEXT.exec(text)) spans.push({ from: match.index, to: match.index + match[0].length, questionsOnly: false });
  }
  if (text.includes("(") && text.includes(")")) asides(text, 0x28, 0x29, spans);
  if (text.includes("[") && text.includes("]")) asides(text, 0x5b, 0x5d, spans);
  return spans;
}

/** Adds to `spans` each aside between an `opener` and its `closer`: "(images? links?)", "[Aaron? Phil?]". */
function asides(text: string, opener: number, closer: number, spans: Unbroken[]): void {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === opener) open.push(i);
    else if (code === closer && open.length > 0) {
      const from = open.pop()!;
      if (i - from <= ASIDE_MAX) spans.push({ from, to: i, questionsOnly: opensSentence(text, from) });
    }
  }
}

/** Whether what stands before `at`, past white space and closing quotes or brackets, ends a sentence (or is nothing). */
function opensSentence(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && CLOSING.test(text[before]!)) before--;
  return before < 0 || ".!?:".includes(text[before]!);
}

/** `offsets` without those whose ending mark lies in a stretch where sentences do not end. */
function outside(text: string, offsets: number[], spans: Unbroken[]): number[] {
  if (spans.length === 0) return offsets;
  return offsets.filter((at) => {
    // The text's own end ends its last sentence, whatever stands before it.
    if (at >= text.length) return true;
    // The mark itself: back over the spaces and closing quotes and brackets after it.
    let mark = at - 1;
    while (mark > 0 && CLOSING.test(text[mark]!)) mark--;
    const question = text[mark] === "?" || text[mark] === "!";
    if (!question && text[mark] !== ".") return true;
    return !spans.some((span) => mark > span.from && mark < span.to && (!span.questionsOnly || question));
  });
}
const CLOSING = /[\s"'’”)\]]/;

/** The block's sentences: Intl.Segmenter's, plus the lower-case starts it misses, with a bare answer joined to the next sentence. */
function splitSentences(block: Block, flat: Flattened): Sentence[] {
  const sentences: Sentence[] = [];
  const { text } = flat;
  const unbroken = unbrokenSpans(text);
  const ends = outside(text, sentenceEnds(text), unbroken).filter((end) => end === text.length || !afterTitle(text, end));
  const lowerStarts = outside(text, lowerCaseStarts(text, ends), unbroken);
  let cuts = flat.breaks.length > 0 ? mergeSorted(lowerStarts, lineStarts(text, flat.breaks, flat.linkBreaks, ends, block.inline.content)) : lowerStarts;
  if (flat.htmlBreaks.length > 0) cuts = mergeSorted(cuts, flat.htmlBreaks.filter((at) => at < text.length && !ends.includes(at)));
  // A sentence has marks to clean only if its block has: one search per block, not per sentence.
  const clean = hasMarksToClean(text);
  // Where a bare answer starts that waits for the sentence explaining it, or -1.
  let answer = -1;
  let start = 0;
  // Every cut lies strictly inside a sentence, so the sentences are what lies between the merged cuts and ends.
  for (let e = 0, c = 0; e < ends.length; ) {
    const end = c < cuts.length && cuts[c]! < ends[e]! ? cuts[c++]! : ends[e++]!;
    if (isBareAnswer(text, start, end)) {
      if (answer < 0) answer = start;
    } else {
      addSentence(sentences, block, flat, answer < 0 ? start : answer, end, clean);
      answer = -1;
    }
    start = end;
  }
  if (answer >= 0) addSentence(sentences, block, flat, answer, text.length, clean);
  if (flat.marks.length === 0) return sentences;
  const starts = sentences.map((s) => s.start);
  for (const mark of flat.marks) {
    // A reference belongs to the sentence it sits in; a directive to the sentence it follows.
    const directive = mark.comment !== undefined || mark.explicitId !== undefined;
    const owner = sentences[countBefore(starts, directive ? mark.at - 1 : mark.at) - 1] ?? sentences[0];
    if (!owner) continue;
    if (mark.reference) owner.references.push(mark.reference);
    if (mark.comment !== undefined) owner.comments.push(mark.comment);
    if (mark.explicitId !== undefined) owner.explicitId = mark.explicitId;
  }
  return sentences;
}

interface ListFrame {
  leadIn: string | null;
  /** The item this list is nested in. */
  parentItem: Block | null;
  /** The current item's own paragraph. */
  item: Block | null;
  itemHasParagraph: boolean;
}

/** A block struck through whole, as notes cross off a task done or dropped: "* ~~Emil: upload the slides~~". */
export function struckThrough(block: Block): boolean {
  const children = block.inline.children ?? [];
  return children[0]?.type === "s_open" && children.at(-1)?.type === "s_close" && children.filter((c) => c.type === "s_open").length === 1;
}

/**
 * Walks the tokens once. `lineOffset` is the number of file lines before the Markdown body
 * (front matter), so every line number is the line in the file as on disk.
 */
export function walkNote(tokens: Token[], lineOffset: number): NoteText {
  const sections: Section[] = [];
  const blocks: Block[] = [];
  const outsideReferences: Reference[] = [];
  const lists: ListFrame[] = [];
  let section: Section | null = null;
  let quoteDepth = 0;
  let lastParagraph: Block | null = null;
  let table: Table | null = null;
  let rowLine = 0;
  let previousType = "";

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const line = (token.map?.[0] ?? 0) + lineOffset + 1;
    switch (token.type) {
      case "heading_open": {
        const inline = tokens[i + 1]!;
        const flat = flatten(inline, line);
        const heading: Section = { level: Number(token.tag.slice(1)), title: flat.text.trim(), id: String(token.attrGet("id") ?? ""), line };
        sections.push(heading);
        section = heading;
        blocks.push(makeBlock("heading", inline, line, section, lists, false, null, quoteDepth > 0, flat));
        i++;
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open": {
        const parent = lists.at(-1);
        const leadIn = parent?.item?.text ?? (previousType === "paragraph_close" ? lastParagraph?.text ?? null : null);
        lists.push({ leadIn, parentItem: parent?.item ?? null, item: null, itemHasParagraph: false });
        break;
      }
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open": {
        const frame = lists.at(-1);
        if (frame) {
          frame.item = null;
          frame.itemHasParagraph = false;
        }
        break;
      }
      case "blockquote_open":
        quoteDepth++;
        break;
      case "blockquote_close":
        quoteDepth--;
        break;
      case "paragraph_open": {
        const inline = tokens[i + 1]!;
        const frame = lists.at(-1);
        const itemStart = frame !== undefined && !frame.itemHasParagraph;
        const flat = flatten(inline, line);
        const block = makeBlock(frame ? "item" : "paragraph", inline, line, section, lists, itemStart, frame?.leadIn ?? null, quoteDepth > 0, flat, frame?.parentItem ?? null);
        if (frame && itemStart) {
          frame.itemHasParagraph = true;
          frame.item = block;
        }
        blocks.push(block);
        lastParagraph = block;
        i++;
        break;
      }
      case "table_open":
        table = { rows: [] };
        break;
      case "table_close":
        table = null;
        break;
      case "tr_open":
        table?.rows.push([]);
        rowLine = line;
        break;
      case "inline": {
        // Table cells: their text and references count, their sentences are not prose. A cell's
        // inline token has no lines of its own: its row's are where it is.
        const flat = flatten(token, rowLine);
        const block = makeBlock("cell", token, rowLine, section, lists, false, null, quoteDepth > 0, flat);
        const row = table?.rows.at(-1);
        if (table && row) {
          block.table = { of: table, row: table.rows.length - 1, column: row.length };
          row.push(block);
        }
        blocks.push(block);
        break;
      }
      case "fence":
      case "code_block":
      // The issues an author hid in a comment are still ones the note links: "<!-- Delayed to next week: ...issues/2703 -->".
      case COMMENT:
        for (const { ref, index } of findGithubUrls(token.content)) {
          outsideReferences.push({ issue: ref, line: line + (token.type === "fence" ? 1 : 0) + countNewlines(token.content, index) });
        }
        break;
    }
    if (token.type !== "inline") previousType = token.type;
  }
  return { sections, blocks, outsideReferences, listedPeople: [] };
}

/** How many line breaks `text` has before offset `end`. */
export function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function makeBlock(
  kind: BlockKind,
  inline: Token,
  line: number,
  section: Section | null,
  lists: ListFrame[],
  itemStart: boolean,
  leadIn: string | null,
  quoted: boolean,
  flat: Flattened,
  parentItem: Block | null = null,
): Block {
  const block: Block = {
    kind,
    inline,
    line,
    section,
    listDepth: lists.length,
    itemStart,
    leadIn,
    parentItem,
    table: null,
    quoted,
    text: flat.text,
    sentences: [],
    pieces: flat.pieces,
  };
  block.sentences = splitSentences(block, flat);
  return block;
}
