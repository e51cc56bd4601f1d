// Pages and the model are held at one byte a character wherever their text allows: V8 holds a
// string at two bytes a character when any piece it was made from was, and Eleventy keeps every
// page until the build ends. Whether a string is one-byte shows in how V8 serializes it.

import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { escapeHtml, narrow } from "../../src/render/html.js";
import { parse } from "../helpers/parse.js";

/** V8 serializes a one-byte string with the tag `"`, a two-byte one with `c`. */
const isOneByte = (text: string) => v8.serialize(text)[2] === 0x22;

/** Strings of `value` that are two-byte and have no character past Latin-1. */
function needlesslyWide(value: unknown): string[] {
  if (typeof value === "string") return isOneByte(value) || /[^\x00-\xff]/.test(value) ? [] : [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(needlesslyWide);
  return [];
}

describe("one byte a character", () => {
  it("escaped text that had a character past Latin-1", () => {
    expect(isOneByte("café …")).toBe(false);
    expect(escapeHtml("café …")).toBe("café &#8230;");
    expect(isOneByte(escapeHtml("café …"))).toBe(true);
  });

  it("a narrowed piece of two-byte text, unless it has a character past Latin-1", () => {
    const piece = "don’t merge yet".slice(6);
    expect(isOneByte(piece)).toBe(false);
    expect(isOneByte(narrow(piece))).toBe(true);
    expect(narrow("→")).toBe("→");
  });

  it("every string of a meeting from a note with curly quotes, and of the next note with the same headings", () => {
    const heading = "## Release “notes” plan\n\nWe decided to ship it. @seph will tag the release.\n\n## Release plan\n\nDone.\n";
    const wide = parse(`# Office hours\n\n${heading}`, { source: "2019-09-03.md" });
    expect(needlesslyWide(wide)).toEqual([]);
    const next = parse("# Office hours\n\n## Release plan\n\nWe decided to wait.\n", { source: "2019-09-10.md" });
    expect(isOneByte(next.html)).toBe(true);
    expect(needlesslyWide(next)).toEqual([]);
  });
});
