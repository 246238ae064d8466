import { scrollOnceDrawn } from "./scrollPlaces";
import { offsetIn } from "./useScrollMargin";

/** What marks the place a link led to in a panel (see placeMark). */
const PLACE = '[aria-current="location"]';

/**
 * The attributes of the place a link led to, when `here`: it is the reader's
 * current location to assistive technology, and focusable by script, so
 * landOnPlace can move focus to it.
 */
export const placeMark = (here: boolean) => (here ? { "aria-current": "location" as const, tabIndex: -1 } : {});

/**
 * Brings the place a link led to into the panel's view, as a browser lands
 * on an anchor: with its section's heading above it when both fit (the
 * relation or table it belongs to), else at the top, below the panel's bar.
 * Focus moves to it, so a screen reader reads it and Tab goes on from it; a
 * glow fading out shows where it is. Where the reader asked for reduced
 * motion the scroll is a jump and nothing fades. It waits until `settled`
 * says nothing that would push the place down is still coming (the note's
 * details, above its relations). A place that never shows (a hand-edited
 * link, details that could not be had) leaves the panel at its top.
 */
export function landOnPlace(panel: HTMLElement, settled: () => boolean): () => void {
  return scrollOnceDrawn(() => {
    const place = panel.querySelector<HTMLElement>(PLACE);
    if (!place || !settled()) return "waiting";
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const bar = Number.parseFloat(getComputedStyle(panel).scrollPaddingTop) || 0;
    const start = offsetIn(place, panel);
    const section = place.closest("section");
    const sectionStart = section ? offsetIn(section, panel) : start;
    const fits = start + place.offsetHeight - sectionStart <= panel.clientHeight - bar;
    place.focus({ preventScroll: true });
    panel.scrollTo({ top: (fits ? sectionStart : start) - bar, behavior: still ? "auto" : "smooth" });
    if (!still) {
      place.classList.add("landed");
      place.addEventListener("animationend", () => place.classList.remove("landed"), { once: true });
    }
    return "done";
  });
}
