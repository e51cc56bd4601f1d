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
