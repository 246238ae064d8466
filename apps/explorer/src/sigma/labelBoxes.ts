import type { LabelBox } from "./labelPlacement";

/** A node or edge end as sigma hands it to label drawing: in pixels on screen. */
export interface ScreenDisc {
  x: number;
  y: number;
  size: number;
}

/**
 * Where drawDiscNodeLabel puts a label: from the disc's right, its baseline a
 * third of the font size below the centre. A highlighted node's disc is drawn
 * again above every label (with its label, in a box), so its box takes the
 * disc in too.
 */
export function nodeLabelBox(node: ScreenDisc, width: number, fontSize: number, highlighted = false): LabelBox {
  const text = { left: node.x + node.size + 3, top: node.y - fontSize / 2 - 1, width, height: fontSize + 2 };
  if (!highlighted) return text;
  const top = Math.min(text.top, node.y - node.size);
  const bottom = Math.max(text.top + text.height, node.y + node.size);
  return { left: node.x - node.size, top, width: text.left + width - (node.x - node.size), height: bottom - top };
}

/** The sides of its disc a label may take: (dx, dy), each -1, 0 or 1, screen y pointing down. */
const AROUND: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
];

/**
 * Where a forced label may go, most wanted first: where sigma puts it (right
 * of its disc), then left, above, below, and at the four corners. A hub's
 * neighbours lie close around it, and a label kept only to the right had no
 * room for most of them. `move` is the move on screen from sigma's place, by
 * which the canvas is moved under sigma's drawing.
 */
export function nodeLabelPlaces(
  node: ScreenDisc,
  width: number,
  fontSize: number,
): { move: { x: number; y: number }; boxes: LabelBox[] }[] {
  const right = nodeLabelBox(node, width, fontSize);
  const gap = 3;
  // How far from the centre the label starts, across and up or down: to the rim, or for a corner place to
  // where the rim meets the diagonal.
  const corner = node.size * Math.SQRT1_2;
  return AROUND.map(([dx, dy]) => {
    const across = dy === 0 ? node.size + gap : corner + gap;
    const upDown = dx === 0 ? node.size + gap : corner;
    const left = dx > 0 ? node.x + across : dx < 0 ? node.x - across - width : node.x - width / 2;
    const top = dy > 0 ? node.y + upDown : dy < 0 ? node.y - upDown - right.height : right.top;
    return { move: { x: left - right.left, y: top - right.top }, boxes: [{ ...right, left, top }] };
  });
}

/** An edge between two discs on screen, from the source's rim to the target's: undefined where the discs touch. */
function edgeSpan(source: ScreenDisc, target: ScreenDisc) {
  const between = Math.hypot(target.x - source.x, target.y - source.y);
  if (between < source.size + target.size) return undefined;
  const unitX = (target.x - source.x) / between;
  const unitY = (target.y - source.y) / between;
  const length = between - source.size - target.size;
  const middle = (source.size + length / 2) / between;
  return {
    unitX,
    unitY,
    length,
    centreX: source.x + (target.x - source.x) * middle,
    centreY: source.y + (target.y - source.y) * middle,
  };
}

/**
 * Where an edge's label may go, most wanted first: its middle, where
 * drawStraightEdgeLabel puts it, then halfway and all the way towards either
 * end of the room the text leaves. `shift` is how far along the edge (from
 * source to target, in pixels) the text is moved from the middle, and `move`
 * that move on screen. None where sigma draws no label: the discs touch, or
 * the edge is too short.
 */
export function edgeLabelPlaces(
  source: ScreenDisc,
  target: ScreenDisc,
  edgeSize: number,
  width: number,
  fontSize: number,
): { shift: number; move: { x: number; y: number }; boxes: LabelBox[] }[] {
  const span = edgeSpan(source, target);
  // sigma cuts a label too long for its edge, and draws none when fewer than four characters, the "…" one of them,
  // would be left: about two and a half font sizes.
  if (!span || (width > span.length && span.length < fontSize * 2.5)) return [];
  const room = Math.max(0, span.length - width) / 2;
  const shifts = room < fontSize ? [0] : [0, -room / 2, room / 2, -room, room];
  return shifts.map((shift) => ({
    shift,
    move: { x: span.unitX * shift, y: span.unitY * shift },
    boxes: edgeLabelBoxes(span, edgeSize, width, fontSize, shift),
  }));
}

/**
 * Where drawStraightEdgeLabel puts an edge's label, as squares along it: the
 * text runs along the edge between the two discs, centred, just under it
 * (turned so that it never reads upside down), cut to the edge's length.
 * A turned box is covered by squares of its height, so that labels are
 * checked as upright boxes.
 */
function edgeLabelBoxes(
  span: NonNullable<ReturnType<typeof edgeSpan>>,
  edgeSize: number,
  width: number,
  fontSize: number,
  shift: number,
): LabelBox[] {
  const { unitX, unitY, length } = span;
  // sigma turns the text to read along the edge where it runs rightwards, else against it.
  const along = unitX > 0 ? 1 : -1;
  const [alongX, alongY] = [unitX * along, unitY * along];
  // The text's middle, below the line by the edge's half width and most of the font size.
  const offset = edgeSize / 2 + fontSize * 0.65;
  const middleX = span.centreX + unitX * shift - alongY * offset;
  const middleY = span.centreY + unitY * shift + alongX * offset;
  const text = Math.min(width, length);
  const side = fontSize + 2;
  const squares = Math.max(1, Math.ceil(text / side));
  return Array.from({ length: squares }, (_, i) => {
    const at = -text / 2 + ((i + 0.5) * text) / squares;
    return { left: middleX + alongX * at - side / 2, top: middleY + alongY * at - side / 2, width: side, height: side };
  });
}
