// Templates are TypeScript functions. This tagged template escapes every interpolated value
// unless it is already SafeHtml, so text from a note can never become markup by accident.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** A character past Latin-1: a surrogate pair, or one code unit (half a pair too, as a clipped emoji leaves it). */
const WIDE = "[\\ud800-\\udbff][\\udc00-\\udfff]|[\\u0100-\\uffff]";
const ESCAPED = new RegExp(`[&<>"']|${WIDE}`, "g");
const WIDE_CHARACTERS = new RegExp(WIDE, "g");
const HAS_WIDE = new RegExp(WIDE);

/** A numeric reference; half a surrogate pair is no character and becomes U+FFFD, as a browser would show it. */
const reference = (c: string) => {
  const code = c.codePointAt(0)!;
  return code >= 0xd800 && code <= 0xdfff ? "&#65533;" : `&#${code};`;
};

/** Whether text has anything escapeHtml changes; most of what pages interpolate (dates, URLs, names) has not. */
const TO_ESCAPE = new RegExp(ESCAPED.source);

export function escapeHtml(text: string): string {
  if (!TO_ESCAPE.test(text)) return text;
  let wide = false;
  const escaped = text.replace(ESCAPED, (c) => ESCAPES[c] ?? ((wide = true), reference(c)));
  // Text with a character past Latin-1 (a clipped description's "…") is held at two bytes a
  // character, and so is its escaped copy, though it no longer has one: every page it went into
  // was built, and flattened by compactPage, at two bytes a character.
  return wide ? oneByte(escaped) : escaped;
}

/** The same text held at one byte a character; it must have no character past Latin-1. */
function oneByte(text: string): string {
  return Buffer.from(text, "latin1").toString("latin1");
}

/**
 * The same text, held at one byte a character unless it has a character past Latin-1. V8 holds
 * text cut from a note with even one curly quote in it at two bytes a character, whatever the
 * piece holds, and so is every string and page it then goes into.
 */
export function narrow(text: string): string {
  return HAS_WIDE.test(text) ? text : oneByte(text);
}

/** Narrows every string of `value`: plain objects and arrays, walked and changed in place. */
export function narrowStrings(value: object): void {
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string") (value as Record<string, unknown>)[key] = narrow(item);
    else if (item !== null && typeof item === "object") narrowStrings(item);
  }
}

/** Whether `text` has a character past Latin-1. */
export function hasWide(text: string): boolean {
  return HAS_WIDE.test(text);
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
 * A whole page as one flat string. V8 keeps a string built by appending as a tree of its pieces,
 * and Eleventy keeps every page until the build ends. The page is one byte a character already,
 * as every piece of it is (escapeHtml, encodeWide and parseNote see to that, and
 * test/render/one-byte.test.ts holds them to it): copying it into a one-byte string, as this did,
 * cost 0.2 s a build.
 */
export function compactPage(page: string): string {
  // Searching a string flattens it, in place. Over a one-byte string, this search returns at once.
  HAS_WIDE.test(page);
  return page;
}

/** Marks HTML that is already safe: markdown-it's output for a note, or our own markup. */
export function trusted(html: string): SafeHtml {
  return new SafeHtml(html);
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function piece(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof SafeHtml) return value.value;
  // Appended, not joined: a join copies the text of every item, at every level of nesting;
  // appended pieces stay a tree that compactPage flattens once, for the whole page.
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
