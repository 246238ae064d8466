import { describe, expect, it } from "vitest";
import { ownCitations, rowCitations, sharedCitations } from "../src/core/comparison/sharedCitations";
import type { ComparisonRow } from "../src/core/comparison/types";

const cell = (value: string, ...citations: [string, string?][]) => ({
  table: "t",
  dimension: "d",
  row: 0,
  value,
  citations: citations.map(([key, page]) => (page === undefined ? { key } : { key, page })),
});

describe("citations every value of a table gives", () => {
  const rows: ComparisonRow[] = [
    {
      dimension: "Posisi",
      cells: [cell("Berpihak", ["src"], ["marbun", "154"]), cell("Netral", ["marbun", "154"], ["src"])],
    },
    { dimension: "Tujuan", cells: [cell("Menang", ["src"], ["marbun", "154"], ["zastrow", "52"]), null] },
  ];

  it("are said once for the table, and left out of each cell", () => {
    expect(sharedCitations(rows)).toEqual([{ key: "src" }, { key: "marbun", page: "154" }]);
    expect(ownCitations(rows[1]?.cells[0]?.citations ?? [], sharedCitations(rows))).toEqual([
      { key: "zastrow", page: "52" },
    ]);
  });

  it("are none where one value gives another page, or a table has fewer than three values", () => {
    const otherPage = [...rows, { dimension: "Cara", cells: [cell("Tekan", ["src"], ["marbun", "155"])] }];
    expect(sharedCitations(otherPage)).toEqual([{ key: "src" }]);
    expect(sharedCitations(rows.slice(0, 1))).toEqual([]);
  });

  it("of one row, of two values or more, are said for the row, less what the whole table's give", () => {
    const [posisi, tujuan] = rows;
    if (!posisi || !tujuan) throw new Error("rows");
    expect(rowCitations(posisi, [])).toEqual([{ key: "src" }, { key: "marbun", page: "154" }]);
    expect(rowCitations(posisi, [{ key: "src" }])).toEqual([{ key: "marbun", page: "154" }]);
    // One value is no row to share.
    expect(rowCitations(tujuan, [])).toEqual([]);
  });
});
