// Highlights are the top-level list items under a heading that says so ("Highlights since the
// last meeting", "Announcements and Highlights since the last meeting").

import type { Highlight } from "../model.js";
import type { Block, NoteText } from "./walk.js";

const HIGHLIGHTS_HEADING = /highlight/i;

/**
 * @example extractHighlights(walkNote(md.parse("## Highlights\n\n* Shipped 4.0\n", {}), 0), render)
 *   // [{ text: "Shipped 4.0", html: "Shipped 4.0", line: 3 }]
 */
export function extractHighlights(note: NoteText, renderInline: (block: Block) => string): Highlight[] {
  return note.blocks
    .filter((b) => b.kind === "item" && b.itemStart && b.listDepth === 1 && HIGHLIGHTS_HEADING.test(b.section?.title ?? ""))
    .map((b) => ({ text: b.text.trim(), html: renderInline(b), line: b.line }));
}
