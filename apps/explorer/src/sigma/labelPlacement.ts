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
  /** A node label's disc, which labels moving around their own discs keep clear of. */
  disc?: Disc;
  /**
   * Whether the label moves around its disc: its places are then tried clear
   * of every other labelled disc and within the canvas first, so that a label
   * moved is not read as another node's.
   */
  moves?: boolean;
}

/** A node's disc on screen: its centre and radius, in pixels. */
export interface Disc {
  x: number;
  y: number;
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

/** Whether a box comes within the gap of a disc. */
function coversDisc(box: LabelBox, disc: Disc): boolean {
  const x = Math.max(box.left, Math.min(disc.x, box.left + box.width));
  const y = Math.max(box.top, Math.min(disc.y, box.top + box.height));
  return Math.hypot(disc.x - x, disc.y - y) < disc.size + GAP;
}

const inside = (box: LabelBox, canvas: { width: number; height: number }) =>
  box.left >= 0 && box.top >= 0 && box.left + box.width <= canvas.width && box.top + box.height <= canvas.height;

/**
 * The labels to draw so that none covers another. Sigma keeps one label per
 * grid cell, but a long label reaches into the next cells, a highlighted
 * neighbourhood forces every label in it however close its nodes lie, and
 * edge labels are drawn whatever they cross: text was drawn over text.
 * Taken greedily in order (placedFirst), each in the first of its places
 * clear of every label kept before it, or left out. Kept boxes are filed by
 * band of rows, so each is checked against its neighbours only.
 */
export function placeLabels<T extends LabelCandidate>(
  candidates: readonly T[],
  canvas?: { width: number; height: number },
): Placement<T>[] {
  const ordered = [...candidates].sort(placedFirst);
  let band = 1;
  for (const { places } of ordered) for (const box of places.flat()) band = Math.max(band, box.height + GAP);
  const bands = new Map<number, LabelBox[]>();
  const rowsOf = (box: LabelBox) => {
    const first = Math.floor((box.top - GAP) / band);
    return Array.from({ length: Math.floor((box.top + box.height + GAP) / band) - first + 1 }, (_, i) => first + i);
  };
  const clear = (box: LabelBox) => rowsOf(box).every((row) => !bands.get(row)?.some((other) => overlaps(box, other)));
  const discs = ordered.flatMap(({ disc }) => (disc ? [disc] : []));
  // A label moving around its disc takes a place clear of other discs and on the canvas, else sigma's own place
  // if clear of them, off the canvas or not, as a label that stays put is given: a label over another node's disc
  // would be read as that node's.
  const placeOf = ({ places, moves, disc: own }: T) => {
    if (!moves) return places.findIndex((boxes) => boxes.every(clear));
    const onCanvas = (boxes: LabelBox[]) => !canvas || boxes.every((box) => inside(box, canvas));
    const clearOfDiscs = (boxes: LabelBox[]) =>
      discs.every((disc) => disc === own || boxes.every((box) => !coversDisc(box, disc)));
    const first = places.findIndex((boxes) => boxes.every(clear) && onCanvas(boxes) && clearOfDiscs(boxes));
    if (first >= 0) return first;
    return places[0] && clearOfDiscs(places[0]) && places[0].every(clear) ? 0 : -1;
  };
  const kept: Placement<T>[] = [];
  for (const label of ordered) {
    const place = placeOf(label);
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
