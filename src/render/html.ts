// Templates are TypeScript functions. This tagged template escapes every interpolated value
// unless it is already SafeHtml, so text from a note can never become markup by accident.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** A character past Latin-1: one code unit, or a surrogate pair. */
const WIDE = "[\\u0100-\\ud7ff\\ue000-\\uffff]|[\\ud800-\\udbff][\\udc00-\\udfff]";
const ESCAPED = new RegExp(`[&<>"']|${WIDE}`, "g");
const WIDE_CHARACTERS = new RegExp(WIDE, "g");
const HAS_WIDE = new RegExp(WIDE);

const reference = (c: string) => `&#${c.codePointAt(0)};`;

export function escapeHtml(text: string): string {
  return text.replace(ESCAPED, (c) => ESCAPES[c] ?? reference(c));
}

/**
 * HTML with every character past Latin-1 as a numeric reference. V8 holds a string with even one
 * such character (an arrow, a curly quote) at two bytes a character, and Eleventy holds every
 * page until the build ends: pages of Latin-1 text take half the memory, and read the same.
 */
export function encodeWide(html: string): string {
  return html.replace(WIDE_CHARACTERS, reference);
}

/**
 * A whole page as one flat string of one byte a character, when it has no character past Latin-1
 * (encodeWide and escapeHtml see to that). V8 keeps a string built by appending as a tree of its
 * pieces, at two bytes a character if any piece was (a slice of a note with one curly quote in
 * it is, whatever the slice holds), and Eleventy keeps every page until the build ends.
 */
export function compactPage(page: string): string {
  return HAS_WIDE.test(page) ? page : Buffer.from(page, "latin1").toString("latin1");
}

/** Marks HTML that is already safe: markdown-it's output for a note, or our own markup. */
export function trusted(html: string): SafeHtml {
  return new SafeHtml(html);
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function piece(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof SafeHtml) return value.value;
  // Appended, not joined: a join copies the text of every item, at every level of nesting,
  // and compactPage copies the whole page once more anyway.
  if (Array.isArray(value)) {
    let out = "";
    for (const item of value) out += piece(item);
    return out;
  }
  return escapeHtml(String(value));
}

/**
 * @example html`<p>${"<b>"}</p>`.toString() === "<p>&lt;b&gt;</p>"
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += piece(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}
