import { MENTIONS, type Vocabulary } from "../graph/types";

// Dark, saturated hues distinct from the node palette (Tableau 10), so an
// edge never reads as a node type. Plain mentions stay a quiet grey.
const PALETTE = [
  "#1b7f6a",
  "#c85200",
  "#6a5acd",
  "#c2185b",
  "#4d7c0f",
  "#a16207",
  "#1f5fa8",
  "#7b3f9e",
  "#8d5524",
  "#0e7490",
  "#b91c1c",
  "#4b5563",
  "#9d174d",
  "#15803d",
  "#7c2d12",
  "#3730a3",
  "#be6a00",
  "#0f766e",
  "#86198f",
  "#365314",
  "#1e40af",
  "#92400e",
  "#155e75",
  "#991b1b",
];

export const MENTION_COLOR = "#b4b9c0";

/** A colour per relation, by relation name, so a relation keeps its colour across builds. */
export function edgeColors(vocabulary: Vocabulary): Record<string, string> {
  const colors: Record<string, string> = { [MENTIONS]: MENTION_COLOR };
  const names = Object.keys(vocabulary.relations)
    .filter((name) => name !== MENTIONS)
    .sort();
  names.forEach((name, index) => {
    colors[name] = PALETTE[index % PALETTE.length] ?? MENTION_COLOR;
  });
  return colors;
}
