// npm run check -- --summary: what the site takes from a note, as Markdown for the pull request.

import path from "node:path";
import { describe, expect, test } from "vitest";
import { runScript } from "../helpers/cli.js";
import { makeNotes } from "../helpers/notes-folder.js";

const note = `# Fleet sync 2024-03-05

Recording: https://youtu.be/xyz

## Release

We will ship the \`<table>\` fix in 5.13. See #6280 and https://github.com/osquery/foundation/issues/15.

Decision: Keep *_underscores_* as they are. {#keep-underscores}

@seph will update the changelog.
`;

describe("npm run check -- --summary", () => {
  test("prints the decisions with their anchors, the actions with their owners and the issues, as Markdown", async () => {
    const dir = makeNotes({ "2024-03-05.md": note, "2024-03-12.md": "# Fleet sync 2024-03-12\n\nNo video.\n" });
    const result = await runScript("check", ["--summary", path.join(dir, "2024-03-05.md")], { NOTES_DIR: dir, PATH_PREFIX: "/notes-site/" });
    expect(result).toEqual({
      code: 0,
      stdout: `# What the site will show from this note

## Fleet sync 2024-03-05

\`${dir}/2024-03-05.md\` → \`/notes-site/meetings/2024-03-05/\` · [recording](<https://youtu.be/xyz>)

**Decisions (2)**

- \`/notes-site/meetings/2024-03-05/#ship-table-fix-5-13\` (line 7): We will ship the \\<table\\> fix in 5.13.
- \`/notes-site/meetings/2024-03-05/#keep-underscores\` (line 9, stated): Keep underscores as they are.

**Action items (1)**

- @seph (line 11): @seph will update the changelog.

**Issues and pull requests (2)**

- [\\#6280](<https://github.com/osquery/osquery/issues/6280>) (line 7)
- [osquery/foundation\\#15](<https://github.com/osquery/foundation/issues/15>) (line 7)

1 note checked: 0 errors, 0 warnings
`,
      stderr: "1 note checked: 0 errors, 0 warnings\n",
    });
  });

  test("adds the problems to the Markdown, and prints them for the log as well", async () => {
    const dir = makeNotes({ "2024-03-12.md": "# Fleet sync 2024-03-12\n\nNo video.\n" });
    const result = await runScript("check", ["--summary"], { NOTES_DIR: dir });
    const problem = `${dir}/2024-03-12.md:1: warning: no recording link\n  hint: add a line such as \`Recording: https://youtu.be/...\``;
    expect(result).toEqual({
      code: 0,
      stdout: `# What the site will show from this note

## Fleet sync 2024-03-12

\`${dir}/2024-03-12.md\` → \`/meetings/2024-03-12/\` · no recording link

**Decisions (0)**

_none found_

**Action items (0)**

_none found_

**Issues and pull requests (0)**

_none found_

## Problems

\`\`\`
${problem}
\`\`\`

1 note checked: 0 errors, 1 warning
`,
      stderr: `${problem}\n1 note checked: 0 errors, 1 warning\n`,
    });
  });
});
