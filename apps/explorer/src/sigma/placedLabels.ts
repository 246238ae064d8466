import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from "sigma/rendering";
import { type LabelCandidate, placeLabels } from "./labelPlacement";

type LabelData = Parameters<NodeLabelDrawingFunction>[1] & { key?: string; forceLabel?: boolean };

interface QueuedLabel extends LabelCandidate {
  context: CanvasRenderingContext2D;
  data: LabelData;
  settings: Parameters<NodeLabelDrawingFunction>[2];
}

/** Sigma's node labels, placed together once a frame is drawn (placeLabels) rather than drawn one by one. */
export interface PlacedLabels {
  /** For sigma's `defaultDrawNodeLabel`. */
  drawNodeLabel: NodeLabelDrawingFunction;
  /** The labels of the last frame that had any, as drawn. */
  drawn(): readonly LabelCandidate[];
}

/**
 * Sigma draws a frame in one synchronous call, asking for each label in turn;
 * the labels are queued, and placed and drawn in a microtask once the frame
 * is done. Its label canvas is cleared only at the next frame.
 */
export function placedLabels(): PlacedLabels {
  let queue: QueuedLabel[] = [];
  let drawn: QueuedLabel[] = [];
  // Measuring text is the costly part of a box; a label's width does not change with the camera.
  const widths = new Map<string, number>();
  let widthsFont = "";

  const drawQueued = () => {
    drawn = placeLabels(queue);
    queue = [];
    for (const { context, data, settings } of drawn) drawDiscNodeLabel(context, data, settings);
  };

  const drawNodeLabel: NodeLabelDrawingFunction = (context, data: LabelData, settings) => {
    if (!data.label) return;
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== widthsFont) {
      widths.clear();
      widthsFont = font;
    }
    let width = widths.get(data.label);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(data.label).width;
      widths.set(data.label, width);
    }
    // Where drawDiscNodeLabel puts the text: from the disc's right, its baseline a third of the size below the centre.
    const box = {
      left: data.x + data.size + 3,
      top: data.y - settings.labelSize / 2 - 1,
      width,
      height: settings.labelSize + 2,
    };
    if (queue.length === 0) queueMicrotask(drawQueued);
    queue.push({
      box,
      forced: data.forceLabel === true,
      nodeSize: data.size,
      key: data.key ?? data.label,
      context,
      data,
      settings,
    });
  };

  return { drawNodeLabel, drawn: () => drawn };
}
