import { describe, expect, test } from "vitest";
import { siteAbsoluteUrl } from "../../src/render/absolute-url.js";
import { rfc3339 } from "../../src/render/atom.js";

describe("siteAbsoluteUrl", () => {
  test.each([
    { siteUrl: "https://example.org/", path: "/feed.xml", expected: "https://example.org/feed.xml" },
    { siteUrl: "https://example.org/", path: "/notes/feed.xml", expected: "https://example.org/notes/feed.xml" },
    { siteUrl: "https://example.org/notes/", path: "/notes/feed.xml", expected: "https://example.org/notes/feed.xml" },
    // Links inside the pages are /meetings/...: without PATH_PREFIX the site lives at the root.
    { siteUrl: "https://example.org/site/", path: "/meetings/2019-09-03/", expected: "https://example.org/meetings/2019-09-03/" },
  ])("SITE_URL $siteUrl and $path give $expected", ({ siteUrl, path, expected }) => {
    expect(siteAbsoluteUrl(siteUrl, path)).toBe(expected);
  });
});

describe("rfc3339", () => {
  test("dates a meeting at midnight UTC, as Atom requires a time", () => {
    expect(rfc3339("2019-09-03")).toBe("2019-09-03T00:00:00Z");
  });
});
