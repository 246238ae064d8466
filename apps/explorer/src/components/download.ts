/** Offers text as a file without a server round trip. */
export function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Offers a table as a CSV file, in UTF-8 with its byte order mark: without
 * it Excel reads the file in the system's code page, and "Pémberdayaan" or
 * "–" come out garbled.
 */
export function downloadCsv(filename: string, csv: string): void {
  download(filename, "text/csv;charset=utf-8", `\uFEFF${csv}`);
}
