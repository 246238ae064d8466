/**
 * Drops a byte-order mark and turns CRLF and CR into LF, so a note gives the
 * same result whichever editor saved it. Line numbers are unchanged.
 */
export function normalizeSource(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
