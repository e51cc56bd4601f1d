import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import { linkNormalization } from "../../src/markdown/link-normalization.js";

const plain = new MarkdownIt();
const ours = new MarkdownIt().use(linkNormalization);

describe("link addresses and texts are normalized exactly as markdown-it does", () => {
  test.each([
    "https://github.com/osquery/osquery/pull/6663",
    "https://github.com/osquery/osquery/issues?q=is%3Aopen+label%3Abug#top",
    "http://example.com",
    "https://example.com/a b",
    "https://example.com/ü",
    "https://bücher.example/",
    "https://xn--bcher-kva.example/",
    "https://XN--bcher-kva.example/",
    "https://user@example.com/",
    "https://example.com/@seph",
    "mailto:someone@example.com",
    "HTTP://Example.COM:8080/x",
    "//example.com/x",
    "https://[::1]:80/",
    "https://under_score.example/",
    "https://example.com/%zz%41",
    `https://${"a".repeat(63)}.${"b".repeat(64)}.com/x`,
    `https://${"a.".repeat(130)}com/`,
    "https://example.com\\evil.com/",
    "  https://example.com/  ",
  ])("%s", (url) => {
    expect(ours.normalizeLink(url)).toBe(plain.normalizeLink(url));
    expect(ours.normalizeLinkText(url)).toBe(plain.normalizeLinkText(url));
  });
});
