/** A label's box on screen, in pixels from the canvas's top left. */
export interface LabelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A label sigma would draw, in the places it may take, most wanted first;
 * each place is the boxes that cover the label there. Labels of a lower tier
 * are placed first: 0 for node labels a view forces (a highlighted
 * neighbourhood's), 1 for other node labels, 2 for edge labels; within a
 * tier, those of larger nodes or thicker edges first.
 */
export interface LabelCandidate {
  key: string;
  places: LabelBox[][];
  tier: 0 | 1 | 2;
  size: number;
}

/** A label kept, and which of its places it takes. */
export interface Placement<T extends LabelCandidate> {
  label: T;
  place: number;
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

function placedFirst(a: LabelCandidate, b: LabelCandidate): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.size !== b.size) return b.size - a.size;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The labels to draw so that none covers another. Sigma keeps one label per
 * grid cell, but a long label reaches into the next cells, a highlighted
 * neighbourhood forces every label in it however close its nodes lie, and
 * edge labels are drawn whatever they cross: text was drawn over text.
 * Taken greedily in order (placedFirst), each in the first of its places
 * clear of every label kept before it, or left out. Kept boxes are filed by
 * band of rows, so each is checked against its neighbours only.
 */
export function placeLabels<T extends LabelCandidate>(candidates: readonly T[]): Placement<T>[] {
  const ordered = [...candidates].sort(placedFirst);
  let band = 1;
  for (const { places } of ordered) for (const box of places.flat()) band = Math.max(band, box.height + GAP);
  const bands = new Map<number, LabelBox[]>();
  const rowsOf = (box: LabelBox) => {
    const first = Math.floor((box.top - GAP) / band);
    return Array.from({ length: Math.floor((box.top + box.height + GAP) / band) - first + 1 }, (_, i) => first + i);
  };
  const clear = (box: LabelBox) => rowsOf(box).every((row) => !bands.get(row)?.some((other) => overlaps(box, other)));
  const kept: Placement<T>[] = [];
  for (const label of ordered) {
    const place = label.places.findIndex((boxes) => boxes.every(clear));
    if (place < 0) continue;
    kept.push({ label, place });
    for (const box of label.places[place] ?? []) {
      for (const row of rowsOf(box)) {
        const filed = bands.get(row);
        if (filed) filed.push(box);
        else bands.set(row, [box]);
      }
    }
  }
  return kept;
}
