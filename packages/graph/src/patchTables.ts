import { compareStrings } from "@simpul/schema";
import { type ResolvedTable, tableFile } from "./noteTables";
import type { ComparisonTable, DimensionValue } from "./types";

/** What a graph's comparisons give once some notes' tables are resolved anew. */
export interface TablesPatch {
  /** The graph's own attributes as serialized, their comparisons patched. */
  attributes: string;
  /** The dimensions of every node a table edited had or has for a column. */
  dimensions: Map<string, DimensionValue[]>;
}

/**
 * The graph's attributes are written with their keys sorted (serializeGraph):
 * the comparisons first, then the format. As every quote inside a JSON string
 * is escaped, and no comparison has a `format` key, the comparisons end where
 * the format's key first appears.
 */
const HEAD = '{"comparisons":';
const AFTER = ',"format":';

/**
 * The comparisons and dimensions buildGraph would give once these notes'
 * tables (by file) are resolved anew, from those of the last graph: its
 * attributes as serialized, and the written dimensions of each node a table
 * of these notes had or has for a column (`dimensionsOf`). buildGraph takes
 * the notes in file order, and each note's tables, rows and cells in the
 * order written, so the tables of a note and the values they give stay
 * together in file order. Undefined when a table's id is another note's too
 * (the values it gave cannot be told apart) but for two notes of `retabled`,
 * a value names a table the graph has not, or a node's dimensions cannot be
 * had.
 */
export function patchTables(
  attributes: string,
  retabled: ReadonlyMap<string, readonly ResolvedTable[]>,
  dimensionsOf: (key: string) => readonly DimensionValue[] | undefined,
): TablesPatch | undefined {
  const written = writtenComparisons(attributes);
  if (written === undefined) return undefined;
  const fileOfTable = new Map<string, string>();
  const columns = new Set<string>();
  const kept: [file: string, table: ComparisonTable][] = [];
  // Tables of two notes whose tables are all patched may share an id (a note moved to another file keeps its
  // tables' ids): the values either gave are all taken out, and those of the new tables put in.
  const place = (id: string, file: string) => {
    const known = fileOfTable.get(id);
    fileOfTable.set(id, file);
    return known === undefined || known === file || (retabled.has(known) && retabled.has(file));
  };
  for (const table of written) {
    const file = tableFile(table);
    if (!place(table.id, file)) return undefined;
    if (retabled.has(file)) for (const column of table.columns) columns.add(column);
    else kept.push([file, table]);
  }
  const added = new Map<string, [file: string, value: DimensionValue][]>();
  for (const [file, tables] of retabled) {
    for (const { table, values } of tables) {
      if (!place(table.id, file)) return undefined;
      kept.push([file, table]);
      for (const { node, value } of values) {
        columns.add(node);
        added.set(node, [...(added.get(node) ?? []), [file, value]]);
      }
    }
  }
  const dimensions = new Map<string, DimensionValue[]>();
  for (const node of columns) {
    const before = dimensionsOf(node);
    const filed: [file: string | undefined, value: DimensionValue][] | undefined = before?.map((value) => [
      fileOfTable.get(value.table),
      value,
    ]);
    if (filed === undefined || filed.some(([file]) => file === undefined)) return undefined;
    const after = [...filed.filter(([file]) => !retabled.has(file as string)), ...(added.get(node) ?? [])];
    dimensions.set(node, inFileOrder(after as [string, DimensionValue][]));
  }
  const comparisons = inFileOrder(kept);
  return {
    attributes: `${HEAD}${JSON.stringify(comparisons)}${attributes.slice(attributes.indexOf(AFTER))}`,
    dimensions,
  };
}

/** The comparisons of a graph's attributes as serialized, read alone; undefined if they are not where it writes them. */
export function writtenComparisons(attributes: string): ComparisonTable[] | undefined {
  const end = attributes.indexOf(AFTER);
  if (!attributes.startsWith(HEAD) || end < 0) return undefined;
  return JSON.parse(attributes.slice(HEAD.length, end)) as ComparisonTable[];
}

/** The items in the order of their notes' files, those of one note kept in their order (sort is stable). */
function inFileOrder<T>(items: [file: string, item: T][]): T[] {
  return items.sort(([a], [b]) => compareStrings(a, b)).map(([, item]) => item);
}
