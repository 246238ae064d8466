/** Performance marks `npm run bench` reads: the first frame on screen, and search ready to answer. */
export const FIRST_RENDER_MARK = "simpul:first-render";
export const INTERACTIVE_MARK = "simpul:interactive";

/**
 * Sets a performance mark once the frame drawn by the running task is on
 * screen: the first animation frame starts it, the second comes after it was
 * presented. The explorer and the bench's plain-sigma page mark the same way.
 */
export function markWhenPresented(name: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(name)));
}
