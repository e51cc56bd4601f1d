// The link checker itself, on small hand-made sites: it must catch what it claims to catch, or the
// site tests that rely on it prove nothing.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { findBrokenLinks } from "./check-links.js";

function writeSite(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "link-check-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const meeting = `<main><span id="merge-custom-toolchain-work">We will merge.</span><h2 id="4-0-1">4.0.1</h2></main>`;

describe("finding broken internal links", () => {
  test("accepts pages, folders, files, fragments and external links that resolve", () => {
    const dir = writeSite({
      "index.html": `<link href="/assets/site.css"><a href="/meetings/2019-09-03/#merge-custom-toolchain-work">a</a>
<a href="meetings/2019-09-03/#4-0-1">b</a><a href="/meetings/2019-09-03">c</a><a href="https://github.com/osquery/osquery/pull/1#x">d</a>
<a href="mailto:someone@example.com">e</a><a href="#top">f</a><p id="top"></p>`,
      "meetings/2019-09-03/index.html": `${meeting}<a href="../../">home</a><a href="#4-0-1">up</a><a href="/notes/2019-09-03.md">source</a>`,
      "notes/2019-09-03.md": "# note",
      "assets/site.css": "",
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });

  test.each([
    { href: "/meetings/2019-09-04/", reason: "no such page" },
    { href: "/meetings/2019-09-03/#lets-try", reason: 'no element with id "lets-try" on meetings/2019-09-03/index.html' },
    { href: "#nowhere", reason: 'no element with id "nowhere" on index.html' },
    { href: "#", reason: "empty fragment" },
    { href: "/notes/2019-09-03.md#top", reason: "a fragment on notes/2019-09-03.md, which is not a page" },
    { href: "/assets/missing.css", reason: "no such page" },
    { href: "https://", reason: "not a URL" },
  ])("reports $href: $reason", ({ href, reason }) => {
    const dir = writeSite({ "index.html": `<a href="${href}">x</a>`, "meetings/2019-09-03/index.html": meeting, "notes/2019-09-03.md": "" });
    expect(findBrokenLinks(dir)).toEqual([{ page: "index.html", href, reason }]);
  });

  test("checks img and script sources as well as links", () => {
    const dir = writeSite({ "index.html": `<img src="/logo.png" alt=""><script src="/assets/search.js"></script>` });
    expect(findBrokenLinks(dir).map((b) => b.href)).toEqual(["/logo.png", "/assets/search.js"]);
  });

  test("under a path prefix, reports a link that forgot the prefix", () => {
    const dir = writeSite({ "index.html": `<a href="/meeting-notes/meetings/2019-09-03/">ok</a><a href="/meetings/2019-09-03/">bad</a>`, "meetings/2019-09-03/index.html": meeting });
    expect(findBrokenLinks(dir, { pathPrefix: "/meeting-notes/" })).toEqual([
      { page: "index.html", href: "/meetings/2019-09-03/", reason: "outside the path prefix /meeting-notes/" },
    ]);
  });

  test("checks absolute links to the site's own address, such as the canonical link", () => {
    const dir = writeSite({
      "index.html": `<link rel="canonical" href="https://example.org/meeting-notes/"><a href="https://example.org/meeting-notes/meeting-notes/">doubled</a>`,
    });
    expect(findBrokenLinks(dir, { pathPrefix: "/meeting-notes/", siteUrl: "https://example.org/meeting-notes/" })).toEqual([
      { page: "index.html", href: "https://example.org/meeting-notes/meeting-notes/", reason: "no such page" },
    ]);
  });

});
