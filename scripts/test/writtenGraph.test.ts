import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  assembleStructure,
  layoutStructure,
  placeStructure,
  planStructure,
  serializeGraph,
  serializeGraphPieces,
} from "@simpul/graph";
import { parseNote } from "@simpul/markdown";
import { parseVocabulary } from "@simpul/schema";
import { describe, expect, it } from "vitest";
import { inBytes, numberSlots, placeNumbers, textAt } from "../src/writtenGraph";

const schemaDir = join(import.meta.dirname, "../../packages/schema/vocabulary");
// Fields named like the numbers: a vault's own vocabulary may give its types any.
const types = readFileSync(join(schemaDir, "types.yaml"), "utf8").replace(
  /^concept:\n/m,
  "concept:\n  fields:\n    x: a place\n    y: another\n    size: how large\n",
);
const { vocabulary } = parseVocabulary(
  { path: "types.yaml", text: types },
  { path: "relations.yaml", text: readFileSync(join(schemaDir, "relations.yaml"), "utf8") },
);

// Quoted keys and prose with the texts of unplaced numbers in them must not be mistaken for those numbers.
const UNPLACED =
  '"centrality":0,"color": "community":0,"degree":0,"dimensions": "size":1,"summary": "x":0,"y":0},"key":';

const notes = ["a", "b", 'c "x":0,"y":0}', "dé ✓", "lone"].map((id, i, all) => {
  const link = id === "lone" ? "" : `Lihat [[${all[(i + 1) % 4]}]]. Teks ${UNPLACED} di sini.`;
  // Fields come before the last numbers.
  const fields = "x: '0'\ny: '0'\nsize: '1'";
  const frontmatter = `type: concept\ntitle: '${id}'\naliases: ['${UNPLACED}']\nsummary: '${UNPLACED}'\n${fields}`;
  return parseNote({ path: `${i}.md`, text: `---\n${frontmatter}\n---\n${link}\n` }, vocabulary).note;
});

function planned() {
  const { pendingLayout, ...structure } = planStructure(vocabulary, notes);
  if (!pendingLayout) throw new Error("expected a layout to run");
  return { structure, pendingLayout };
}

describe("numbers placed in a written graph", () => {
  it("writes a graph before its layout runs, then places it, as serializing the laid-out graph does", () => {
    const whole = serializeGraph(assembleStructure(vocabulary, notes).graph);
    const { structure, pendingLayout } = planned();
    const pieces = serializeGraphPieces(structure.graph);
    const early = inBytes(pieces);
    const slots = numberSlots(early);
    const { graph } = placeStructure(structure, pendingLayout, layoutStructure(pendingLayout.structure));
    const placed = placeNumbers(early, slots, (index) => graph.getNodeAttributes(pieces.nodes[index]?.key as string));
    expect(placed.bytes.toString()).toBe(whole);
    // Every range moved with the numbers: each still holds its piece.
    expect(placed).toEqual({ ...inBytes(serializeGraphPieces(graph)), bytes: placed.bytes });
    expect(JSON.parse(textAt(placed.bytes, placed.options))).toEqual({
      allowSelfLoops: false,
      multi: true,
      type: "directed",
    });
  });

  it("replaces numbers already placed, as a rebuild does in a written graph", () => {
    const unplaced = planned().structure.graph;
    const { structure, pendingLayout } = planned();
    const { graph } = placeStructure(structure, pendingLayout, layoutStructure(pendingLayout.structure));
    const pieces = serializeGraphPieces(graph);
    const written = inBytes({
      ...pieces,
      nodes: pieces.nodes.map(({ file, json }) => ({ file, json: Buffer.from(json) })),
    });
    expect(written.bytes.equals(Buffer.from(serializeGraph(graph)))).toBe(true);
    const back = placeNumbers(written, numberSlots(written), (index) =>
      unplaced.getNodeAttributes(pieces.nodes[index]?.key as string),
    );
    expect(back).toEqual(inBytes(serializeGraphPieces(unplaced)));
  });

  it("refuses a node whose numbers are not where serializeGraph writes them", () => {
    const pieces = serializeGraphPieces(planned().structure.graph);
    const [first, ...rest] = pieces.nodes;
    if (!first) throw new Error("expected a node");
    const at = first.json.lastIndexOf('"size":');
    const json = `${first.json.slice(0, at)}"sizes":${first.json.slice(at + '"size":'.length)}`;
    const broken = inBytes({ ...pieces, nodes: [{ ...first, json }, ...rest] });
    expect(() => numberSlots(broken)).toThrow(/has no number after "size":/);
  });
});
