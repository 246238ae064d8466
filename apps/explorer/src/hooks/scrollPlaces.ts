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

/** How long a restored place waits for content that loads late (a lazy panel, note details). */
const RESTORE_MS = 2000;
const READER_MOVES = ["wheel", "touchstart", "pointerdown", "keydown"];
/** Scrolling settles this long before its place is written: browsers cap how often history may change. */
const SCROLL_SAVE_MS = 250;

/**
 * Scrolls the panels back to an entry's places (the top when it kept none),
 * once the restored view has drawn and after any focus move, which scrolls
 * too; content that arrives later (the bibliography's code, a shard of note
 * details) is waited for, until the place fits, RESTORE_MS pass, or the
 * reader scrolls or presses a key.
 */
export function restoreScroll(state: unknown): () => void {
  const kept = (state as Partial<EntryState> | null)?.scroll;
  const places = SCROLLED.map((_, i) => (Array.isArray(kept) && typeof kept[i] === "number" ? kept[i] : 0));
  const deadline = performance.now() + RESTORE_MS;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_MOVES) window.removeEventListener(type, stop, true);
  };
  const step = () => {
    let waiting = false;
    SCROLLED.forEach((selector, i) => {
      const place = places[i] ?? 0;
      const panel = document.querySelector(selector);
      if (!panel || panel.scrollHeight - panel.clientHeight < place) waiting ||= place > 0;
      if (panel) panel.scrollTop = place;
    });
    if (waiting && performance.now() < deadline) frame = requestAnimationFrame(step);
    else stop();
  };
  for (const type of READER_MOVES) window.addEventListener(type, stop, { capture: true, passive: true });
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(step);
  });
  return stop;
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
