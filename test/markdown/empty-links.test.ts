// From Rust's compiler team notes: "#57893 [](https://github.com/rust-lang/rust/issues/57893)— [Coherence ...](...)".

import { expect, test } from "vitest";
import { parse } from "../helpers/parse.js";

test("a link with no text shows its address, so there is something to read and click", () => {
  expect(parse("See [](https://example.org/a) and [ ](https://example.org/b).\n").html).toBe(
    '<p>See <a href="https://example.org/a">https://example.org/a</a> and <a href="https://example.org/b">https://example.org/b</a>.</p>\n',
  );
});

test("a link with no text to an issue is still the meeting's issue", () => {
  expect(parse("- [](https://github.com/rust-lang/rust/issues/57893)— coherence\n").issues.map((issue) => issue.url)).toEqual([
    "https://github.com/rust-lang/rust/issues/57893",
  ]);
});
