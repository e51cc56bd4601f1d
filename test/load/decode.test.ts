import { describe, expect, test } from "vitest";
import { decodeNote } from "../../src/load/decode.js";

describe("decoding a note's bytes", () => {
  test.each([
    { input: "\ufeff# Hi\r\nthere\r\n", expected: "# Hi\nthere\n" },
    { input: "# Old Mac\rline two\r", expected: "# Old Mac\nline two\n" },
    { input: "mixed\r\n\rends\n", expected: "mixed\n\nends\n" },
    { input: "a\u0000b", expected: "a\ufffdb" },
  ])("$input", ({ input, expected }) => {
    expect(decodeNote(Buffer.from(input))).toEqual({ text: expected, invalidUtf8Line: null });
  });

  test("replaces invalid UTF-8 and names the line of the first bad byte, counting CR-only line ends", () => {
    expect(decodeNote(Buffer.from([0x61, 0x0d, 0x62, 0x0d, 0x0a, 0x63, 0xff, 0x64]))).toEqual({ text: "a\nb\nc\ufffdd", invalidUtf8Line: 3 });
  });
});
