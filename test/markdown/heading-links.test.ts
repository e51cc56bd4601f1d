// Every heading of a note links to itself. From 2020-11-10.md: "### File Events [pr6663](...)"
// holds a link, and a link inside a link is invalid HTML that browsers split apart.

import { describe, expect, test } from "vitest";
import { parse } from "../helpers/parse.js";

describe("heading permalinks", () => {
  test("makes a plain heading a link to itself", () => {
    expect(parse("## Toolchain\n").html).toBe(
      '<h2 id="toolchain"><a class="heading-link" href="#toolchain"><span>Toolchain</span></a></h2>\n',
    );
  });

  test("leaves out a heading with no words, which would be an empty link", () => {
    expect(parse("## Agenda\n\n## \n\n## Is it stable?\n").html).toBe(
      '<h2 id="agenda"><a class="heading-link" href="#agenda"><span>Agenda</span></a></h2>\n' +
        '<h2 id="is-it-stable"><a class="heading-link" href="#is-it-stable"><span>Is it stable?</span></a></h2>\n',
    );
  });

  test("puts a separate link after a heading that holds a link, never a link inside a link", () => {
    expect(parse("### File Events [pr6663](https://github.com/osquery/osquery/pull/6663)\n").html).toBe(
      '<h3 id="file-events-pr6663">File Events <a href="https://github.com/osquery/osquery/pull/6663">pr6663</a>' +
        ' <a class="heading-link heading-link-symbol" href="#file-events-pr6663" aria-label="Link to this section">§</a></h3>\n',
    );
  });

  test("treats a short reference in a heading as a link too", () => {
    expect(parse("### Mac sdk issues -- #5993\n").html).toBe(
      '<h3 id="mac-sdk-issues-5993">Mac sdk issues -- <a href="https://github.com/osquery/osquery/issues/5993">#5993</a>' +
        ' <a class="heading-link heading-link-symbol" href="#mac-sdk-issues-5993" aria-label="Link to this section">§</a></h3>\n',
    );
  });
});
