// Intl.Segmenter finds sentence boundaries by the Unicode rules, but V8's costs time in
// proportion to the whole text for every sentence it returns: a long paragraph was quadratic.

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Characters segmented at a time; see sentenceSegments. */
const SEGMENT_CHUNK = 4096;
/** Characters at which every look-ahead of the Unicode sentence rules (UAX #29) stops: letters, sentence terminators, paragraph separators. */
const LOOKAHEAD_STOP = /[\p{L}.!?\u3002\uff01\uff1f\uff0e\n\r\u0085\u2028\u2029]/u;

/**
 * Intl.Segmenter's sentences of `text`, exactly, segmented a chunk at a time. A chunk's
 * boundaries are kept up to the last one with a look-ahead stop after it: what follows the chunk
 * cannot move those. Without such a stop the chunk grows.
 */
export function* sentenceSegments(text: string): Generator<{ segment: string; index: number }> {
  let start = 0;
  while (start < text.length) {
    for (let size = SEGMENT_CHUNK; ; size *= 2) {
      if (start + size >= text.length) {
        for (const { segment, index } of segmenter.segment(text.slice(start))) yield { segment, index: start + index };
        return;
      }
      const chunk = text.slice(start, start + size);
      let lastStop = chunk.length - 1;
      while (lastStop >= 0 && !LOOKAHEAD_STOP.test(chunk[lastStop]!)) lastStop--;
      const segments = [...segmenter.segment(chunk)];
      let keep = segments.length - 1;
      while (keep > 0 && segments[keep]!.index > lastStop) keep--;
      if (keep === 0) continue;
      for (const { segment, index } of segments.slice(0, keep)) yield { segment, index: start + index };
      start += segments[keep]!.index;
      break;
    }
  }
}
