/** A label's box on screen, in pixels from the canvas's top left. */
export interface LabelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A label sigma would draw: its box, whether the view forces it (a highlighted neighbourhood), and its node's size. */
export interface LabelCandidate {
  box: LabelBox;
  forced: boolean;
  nodeSize: number;
  key: string;
}

/** Room kept free around a label, so that two drawn labels never touch. */
const GAP = 2;

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.left < b.left + b.width + GAP &&
    b.left < a.left + a.width + GAP &&
    a.top < b.top + b.height + GAP &&
    b.top < a.top + a.height + GAP
  );
}

function drawnFirst(a: LabelCandidate, b: LabelCandidate): number {
  if (a.forced !== b.forced) return a.forced ? -1 : 1;
  if (a.nodeSize !== b.nodeSize) return b.nodeSize - a.nodeSize;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The labels to draw so that none covers another. Sigma keeps one label per
 * grid cell, but a long label reaches into the next cells, and a highlighted
 * neighbourhood forces every label in it, however close its nodes lie; both
 * drew text over text. Taken greedily: forced labels first, then those of
 * larger nodes, each kept if it is clear of every label kept before it. Kept
 * labels are filed by band of rows, so each is checked against its
 * neighbours only.
 */
export function placeLabels<T extends LabelCandidate>(candidates: readonly T[]): T[] {
  const ordered = [...candidates].sort(drawnFirst);
  const band = ordered.reduce((tallest, candidate) => Math.max(tallest, candidate.box.height + GAP), 1);
  const bands = new Map<number, LabelBox[]>();
  const kept: T[] = [];
  for (const candidate of ordered) {
    const { box } = candidate;
    const first = Math.floor((box.top - GAP) / band);
    const last = Math.floor((box.top + box.height + GAP) / band);
    let clear = true;
    for (let row = first; row <= last && clear; row++) {
      clear = !bands.get(row)?.some((other) => overlaps(box, other));
    }
    if (!clear) continue;
    kept.push(candidate);
    for (let row = first; row <= last; row++) {
      const boxes = bands.get(row);
      if (boxes) boxes.push(box);
      else bands.set(row, [box]);
    }
  }
  return kept;
}
