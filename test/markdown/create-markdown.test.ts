import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { expect, test } from "vitest";
import { createMarkdown } from "../../src/markdown/create-markdown.js";

const { md } = createMarkdown({ defaultRepo: "osquery/osquery", url: (p) => p });
const plain = new MarkdownIt({ linkify: true });
plain.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

const pieces = ["http", "https", "ftp", "mailto", "MailTo", ":", "//", "/", "@", ".", "example", "com", "a", " ", "x@y.org", "www.", "(", ")", "#6280"];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(""));

test("finds a link in text exactly when linkify itself does (it only skips text that cannot hold one)", () => {
  for (const known of ["Recording: https://youtu.be/x", "mail mailto:a@b.org", "see //example.com/x", "TODO: seph", "Next steps:"]) {
    expect(md.linkify.test(known)).toBe(plain.linkify.test(known));
  }
  fc.assert(
    fc.property(text, (input) => {
      expect(md.linkify.test(input)).toBe(plain.linkify.test(input));
    }),
    { numRuns: 3000 },
  );
});
