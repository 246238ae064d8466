/** Widths measured, by font and text: measuring is the costly part of placing or framing labels, and a text's width never changes. */
const widths = new Map<string, number>();

/** How wide `text` is drawn in `font`, measured on `context` the first time only. */
export function labelWidth(context: CanvasRenderingContext2D, font: string, text: string): number {
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    context.font = font;
    width = context.measureText(text).width;
    widths.set(key, width);
  }
  return width;
}
