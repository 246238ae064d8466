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

/**
 * Where drawStraightEdgeLabel puts an edge's label, as squares along it: the
 * text runs along the edge between the two discs, centred, just under it
 * (turned so that it never reads upside down), cut to the edge's length.
 * A turned box is covered by squares of its height, so that labels are
 * checked as upright boxes. None when sigma draws no label: the discs touch.
 */
export function edgeLabelBoxes(
  source: ScreenDisc,
  target: ScreenDisc,
  edgeSize: number,
  width: number,
  fontSize: number,
): LabelBox[] {
  const between = Math.hypot(target.x - source.x, target.y - source.y);
  if (between < source.size + target.size) return [];
  const unitX = (target.x - source.x) / between;
  const unitY = (target.y - source.y) / between;
  const startX = source.x + unitX * source.size;
  const startY = source.y + unitY * source.size;
  const length = between - source.size - target.size;
  const centreX = startX + (unitX * length) / 2;
  const centreY = startY + (unitY * length) / 2;
  // sigma turns the text to read along the edge where it runs rightwards, else against it.
  const along = unitX > 0 ? 1 : -1;
  const [alongX, alongY] = [unitX * along, unitY * along];
  // The text's middle, below the line by the edge's half width and most of the font size.
  const offset = edgeSize / 2 + fontSize * 0.65;
  const middleX = centreX - alongY * offset;
  const middleY = centreY + alongX * offset;
  const text = Math.min(width, length);
  const side = fontSize + 2;
  const squares = Math.max(1, Math.ceil(text / side));
  return Array.from({ length: squares }, (_, i) => {
    const at = -text / 2 + ((i + 0.5) * text) / squares;
    return { left: middleX + alongX * at - side / 2, top: middleY + alongY * at - side / 2, width: side, height: side };
  });
}
