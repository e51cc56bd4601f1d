// Notes arrive from many editors: byte-order marks, CRLF or CR-only line endings, stray invalid
// bytes. Decoding keeps every line where it was, so line numbers match the file on disk.

import type { Diagnostic } from "../model.js";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

export interface DecodedNote {
  text: string;
  /** Set when the bytes are not valid UTF-8; they were replaced with U+FFFD. */
  invalidUtf8Line: number | null;
}

/** @example decodeNote(Buffer.from("\ufeff# Hi\r\n")).text === "# Hi\n" */
export function decodeNote(bytes: Uint8Array): DecodedNote {
  let text: string;
  let valid = true;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    valid = false;
  }
  // CRLF and lone CR both end a line (before the bad byte's line is counted); NUL is replaced as CommonMark says.
  text = text.replace(/\r\n?/g, "\n");
  return { text: text.replace(/\u0000/g, "\ufffd"), invalidUtf8Line: valid ? null : countLines(text, text.indexOf("\ufffd")) };
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export function invalidUtf8Diagnostic(file: string, line: number, severity: Diagnostic["severity"]): Diagnostic {
  return {
    file,
    line,
    severity,
    message: "the file is not valid UTF-8; the bad bytes are shown as \ufffd",
    hint: "save the file as UTF-8 in your editor",
    lossy: true,
  };
}
