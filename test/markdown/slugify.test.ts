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
  // The general rule, by patterns; ASCII text takes a faster path that must agree with it.
  const byPatterns = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/['’]/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "");

  test("is the general rule's slug", () => {
    const piece = fc.oneof(fc.string({ unit: "binary-ascii", maxLength: 6 }), fc.constantFrom("'", "-", " ", "We", "don't", "4.x", "__", "''", "a'", "'b"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        const slug = byPatterns(text);
        // Long slugs are cut alike on both paths; compare what is cut.
        fc.pre(slug.length <= 64);
        expect(slugify(text)).toBe(slug);
      }),
      { numRuns: 5000 },
    );
  });
});
