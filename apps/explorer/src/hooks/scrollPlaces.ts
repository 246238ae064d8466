import { useEffect } from "react";

/** The panels whose place in a long list (140 claims citing a work) Back returns to. */
const SCROLLED = [".detail-panel", ".tool-panel"];

/** What a history entry keeps beside its URL: how far each panel was scrolled when the reader left it. */
interface EntryState {
  scroll: number[];
}

export const scrollPlaces = (): EntryState => ({
  scroll: SCROLLED.map((selector) => document.querySelector(selector)?.scrollTop ?? 0),
});

/** How long a place to scroll to waits for content that loads late (a lazy panel, note details). */
const RESTORE_MS = 2000;
const READER_MOVES = ["wheel", "touchstart", "pointerdown", "keydown"];
/** Scrolling settles this long before its place is written: browsers cap how often history may change. */
const SCROLL_SAVE_MS = 250;

/** Whether a history entry keeps where its panels were scrolled: it was left, or scrolled, after it was shown. */
export const keepsPlaces = (state: unknown): boolean => Array.isArray((state as Partial<EntryState> | null)?.scroll);

/**
 * Runs `step` once the view just shown has drawn and after any focus move,
 * which scrolls too, then each frame while it says it is waiting for
 * content that loads late (the bibliography's code, a shard of note
 * details), until RESTORE_MS pass or the reader scrolls or presses a key:
 * no place is taken from under the reader. Returns what stops it.
 */
export function scrollOnceDrawn(step: () => "waiting" | "done"): () => void {
  const deadline = performance.now() + RESTORE_MS;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_MOVES) window.removeEventListener(type, stop, true);
  };
  const run = () => {
    if (step() === "waiting" && performance.now() < deadline) frame = requestAnimationFrame(run);
    else stop();
  };
  for (const type of READER_MOVES) window.addEventListener(type, stop, { capture: true, passive: true });
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(run);
  });
  return stop;
}

/** Scrolls the panels back to an entry's places (the top when it kept none), waiting for each to fit. */
export function restoreScroll(state: unknown): () => void {
  const kept = (state as Partial<EntryState> | null)?.scroll;
  const places = SCROLLED.map((_, i) => (Array.isArray(kept) && typeof kept[i] === "number" ? kept[i] : 0));
  return scrollOnceDrawn(() => {
    let waiting = false;
    SCROLLED.forEach((selector, i) => {
      const place = places[i] ?? 0;
      const panel = document.querySelector(selector);
      if (!panel || panel.scrollHeight - panel.clientHeight < place) waiting ||= place > 0;
      if (panel) panel.scrollTop = place;
    });
    return waiting ? "waiting" : "done";
  });
}

/** Keeps the current entry's scroll places as the reader scrolls, so Back and Forward return to the latest. */
export function useScrollKept(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Element) || !SCROLLED.some((selector) => target.matches(selector))) return;
      clearTimeout(timer);
      timer = setTimeout(() => window.history.replaceState(scrollPlaces(), "", window.location.href), SCROLL_SAVE_MS);
    };
    document.addEventListener("scroll", onScroll, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      document.removeEventListener("scroll", onScroll, { capture: true });
    };
  }, []);
}
