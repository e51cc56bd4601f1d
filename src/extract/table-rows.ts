// Tables of tasks and outcomes name each row by a number and tell it in another column:
// "| Action Item | Description |" with "| **44.1** | Publish the second report. |".

import type { Block, Sentence } from "./walk.js";

/** The column that tells a row's task or outcome. */
const DESCRIPTION_COLUMN = /^(?:descriptions?|details?|summary|what)$/i;
/** A number or code that names a row, not what the row says: "44.1", "A-3", "#12". */
const ROW_NUMBER = /^#?\p{L}{0,3}[-.]?\d+(?:[.-]\d+)*\.?$/u;

/** What `cell`'s row says, when `cell` only numbers it: its description column's text. Else the cell's own first sentence. */
export function toldInRow(cell: Block): Sentence | undefined {
  const place = cell.table;
  const own = cell.sentences[0];
  if (!place || !own || !ROW_NUMBER.test(own.plain.trim())) return own;
  const column = place.of.rows[0]!.findIndex((header) => DESCRIPTION_COLUMN.test(header.text.trim()));
  return column < 0 ? undefined : place.of.rows[place.row]![column]?.sentences[0];
}
