// Short references resolve against the default repository (osquery/osquery) and become links.

import { describe, expect, test } from "vitest";
import { parse } from "../helpers/parse.js";

const issuesOf = (text: string) => parse(`${text}\n`).issues.map(({ repo, type, number, lines }) => ({ repo, type, number, lines }));

describe("short references", () => {
  test.each([
    { input: "We're mostly waiting on #6280.", expected: [{ repo: "osquery/osquery", type: "issues", number: 6280, lines: [1] }] },
    { input: "See PR 7048 for the fix.", expected: [{ repo: "osquery/osquery", type: "pull", number: 7048, lines: [1] }] },
    { input: "See PR #7048 for the fix.", expected: [{ repo: "osquery/osquery", type: "pull", number: 7048, lines: [1] }] },
    { input: "Tracked in osquery/foundation#15.", expected: [{ repo: "osquery/foundation", type: "issues", number: 15, lines: [1] }] },
    { input: "Issue 5702 has the background.", expected: [{ repo: "osquery/osquery", type: "issues", number: 5702, lines: [1] }] },
    { input: "Released PR 4.0.1 today, see https://example.com/#12", expected: [] },
    { input: "Mail me at a#1@example.com", expected: [] },
    { input: "`#6280` in code is not a reference", expected: [] },
  ])("$input", ({ input, expected }) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  test("a short reference and the full URL of the same pull request are one issue of type pull", () => {
    expect(issuesOf("Waiting on #5706.\n\nhttps://github.com/osquery/osquery/pull/5706")).toEqual([
      { repo: "osquery/osquery", type: "pull", number: 5706, lines: [1, 3] },
    ]);
  });

  test("short references are rendered as links to GitHub, which leaves them unlinked in files", () => {
    expect(parse("Waiting on #6280 and PR 7048.\n").html).toBe(
      '<p>Waiting on <a href="https://github.com/osquery/osquery/issues/6280">#6280</a> and <a href="https://github.com/osquery/osquery/pull/7048">PR 7048</a>.</p>\n',
    );
  });

  test("@mentions link to the person's page and are listed once each", () => {
    const meeting = parse("@zwass and @Directionless met; @zwass will write it up. mail@example.com is not one.\n");
    expect(meeting.people).toEqual(["@zwass", "@directionless"]);
    expect(meeting.html).toContain('<a href="/people/zwass/">@zwass</a>');
    expect(meeting.html).toContain('<a href="/people/directionless/">@Directionless</a>');
  });

  test("a reference inside link text is not linked twice", () => {
    expect(parse("[see #6280](https://github.com/osquery/osquery/pull/6280)\n").html).toBe(
      '<p><a href="https://github.com/osquery/osquery/pull/6280">see #6280</a></p>\n',
    );
  });

  test("a relative link to another note goes to its meeting page; other relative links become text", () => {
    const noteUrls = new Map([["20190820_meeting_notes.md", "/meetings/2019-08-20/"]]);
    const html = parse("[last time](20190820_meeting_notes.md) and [@directionless](seph)\n", { noteUrls }).html;
    expect(html).toBe('<p><a href="/meetings/2019-08-20/">last time</a> and <a href="/people/directionless/">@directionless</a></p>\n');
  });

  test("a GitHub URL given in a link reference definition is the meeting's issue, used or not, on the definition's line", () => {
    const text = "Intro.\n\n[sc21-milestone]: https://github.com/hpc-carpentry/coordination/milestone/1\n[isc22]:\n  https://github.com/hpc-carpentry/coordination/pull/2\n\nSee [the milestone][sc21-milestone].";
    expect(issuesOf(text)).toEqual([
      { repo: "hpc-carpentry/coordination", type: "milestone", number: 1, lines: [3, 7] },
      { repo: "hpc-carpentry/coordination", type: "pull", number: 2, lines: [5] },
    ]);
  });

  test("a reference at the end of an aside that closes the paragraph is kept with its sentence", () => {
    expect(issuesOf("We will fix it (see #3. Or the next PR 7048.)")).toEqual([
      { repo: "osquery/osquery", type: "issues", number: 3, lines: [1] },
      { repo: "osquery/osquery", type: "pull", number: 7048, lines: [1] },
    ]);
  });

  test("a reference in a table is on its row's line", () => {
    expect(issuesOf("Intro\n\n| PR | State |\n|---|---|\n| #12 | open |\n| #13 | merged |")).toEqual([
      { repo: "osquery/osquery", type: "issues", number: 12, lines: [5] },
      { repo: "osquery/osquery", type: "issues", number: 13, lines: [6] },
    ]);
  });

  test("a link pasted whole into a link's address links to the URL it wraps", () => {
    const meeting = parse("Add the build [#785]([https://github.com/AdoptOpenJDK/openjdk-build/issues/785](https://github.com/AdoptOpenJDK/openjdk-build/issues/785))\n");
    expect(meeting.html).toBe('<p>Add the build <a href="https://github.com/AdoptOpenJDK/openjdk-build/issues/785">#785</a></p>\n');
    expect(meeting.issues.map(({ repo, number }) => [repo, number])).toEqual([["adoptopenjdk/openjdk-build", 785]]);
  });
});

describe("GitHub URLs the page does not show as links", () => {
  test("are the meeting's issues all the same: in code, an image's address", () => {
    const note = [
      "Run `gh pr view https://github.com/osquery/osquery/pull/7001`.",
      "",
      "![screenshot](https://github.com/osquery/osquery/issues/7002)",
      "",
      "    https://github.com/osquery/osquery/pull/7005",
    ].join("\n");
    expect(issuesOf(note).map(({ type, number, lines }) => [type, number, lines])).toEqual([
      ["pull", 7001, [1]],
      ["issues", 7002, [3]],
      ["pull", 7005, [5]],
    ]);
  });

  test("in a comment, of its own lines or in a sentence: the author hid the text, not the link", () => {
    expect(issuesOf("Intro.\n\n<!--\n\n* Delayed: https://github.com/jenkins-infra/helpdesk/issues/2703\n-->\n\nLater <!-- see https://github.com/osquery/osquery/pull/7004 --> maybe.")).toEqual([
      { repo: "osquery/osquery", type: "pull", number: 7004, lines: [8] },
      { repo: "jenkins-infra/helpdesk", type: "issues", number: 2703, lines: [5] },
    ]);
  });

  test("in a link's text when the link goes elsewhere, as notes pasted from Google Docs write it", () => {
    expect(issuesOf("* PR: [https://github.com/swcarpentry/site/pull/864](https://www.google.com/url?q=x)")).toEqual([{ repo: "swcarpentry/site", type: "pull", number: 864, lines: [1] }]);
  });

  test("every URL in a link's address that joins two, as Google Docs exports write them", () => {
    expect(issuesOf("- [Cabal split](https://github.com/haskell/cabal/pull/7620#issuecomment-914180574,%20%20https://github.com/haskell/cabal/issues/7974)")).toEqual([
      { repo: "haskell/cabal", type: "pull", number: 7620, lines: [1] },
      { repo: "haskell/cabal", type: "issues", number: 7974, lines: [1] },
    ]);
  });

  test("both of one number's URLs, as the note wrote them; a short reference joins the first", () => {
    expect(issuesOf("See #36.\n\n- https://github.com/osquery/osquery/issues/36\n- https://github.com/osquery/osquery/pull/36 and #36\n")).toEqual([
      { repo: "osquery/osquery", type: "issues", number: 36, lines: [1, 3, 4] },
      { repo: "osquery/osquery", type: "pull", number: 36, lines: [4] },
    ]);
  });
});
