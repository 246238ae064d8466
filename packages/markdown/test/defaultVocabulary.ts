import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseVocabulary } from "@simpul/schema";
import { parseNote } from "../src/index";

const schemaDir = join(import.meta.dirname, "../../schema/vocabulary");

/** The vocabulary a vault without `_schema/` gets, which the tests parse notes against. */
export const { vocabulary } = parseVocabulary(
  { path: "types.yaml", text: readFileSync(join(schemaDir, "types.yaml"), "utf8") },
  { path: "relations.yaml", text: readFileSync(join(schemaDir, "relations.yaml"), "utf8") },
);

/** Parses a concept note of this body, at `concepts/x.md`: its body opens on line 4. */
export const parseConcept = (body: string) =>
  parseNote({ path: "concepts/x.md", text: `---\ntype: concept\n---\n${body}` }, vocabulary);
