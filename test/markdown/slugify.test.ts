import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { slugify } from "../../src/markdown/slugify.js";

describe("slugify", () => {
  test.each([
    ["We **will** merge the toolchain!", "we-will-merge-the-toolchain"],
    ["What's missing from 4.x?", "whats-missing-from-4-x"],
    ["Café déjà vu", "cafe-deja-vu"],
    ["ﬁx the Ⅻ build", "fix-the-xii-build"],
    ["Überprüfung der Änderungen", "uberprufung-der-anderungen"],
    ["日本語 notes", "日本語-notes"],
    ["--- ***", ""],
  ])("%j becomes %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe("slugify of ASCII text", () => {
  // ASCII text takes a faster path. A combining accent sends the same text down the general
  // path (any non-ASCII character does), which drops it with the other accents.
  test("is the general rule's slug", () => {
    const piece = fc.oneof(fc.string({ unit: "binary-ascii", maxLength: 6 }), fc.constantFrom("'", "-", " ", "We", "don't", "4.x", "__", "''", "a'", "'b"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(slugify(text)).toBe(slugify(`${text}\u0301`));
      }),
      { numRuns: 5000 },
    );
  });
});
