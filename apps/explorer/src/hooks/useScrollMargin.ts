import { type RefObject, useCallback, useLayoutEffect, useState } from "react";

/** How far below the top of `scroller`'s scrolled content `element` begins, wherever it is scrolled to. */
export function offsetIn(element: Element, scroller: Element): number {
  const top = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientTop;
  return Math.round(top + scroller.scrollTop);
}

/**
 * How far below the top of `scroller`'s scrolled content `ref` begins: the
 * scroll margin of a virtualized list that shares its scrollbar with what is
 * above it. Measured after every render of the caller and whenever the
 * scroller is resized, the two ways what is above can change height.
 */
export function useScrollMargin(
  ref: RefObject<HTMLElement | null>,
  scroller: (element: HTMLElement) => HTMLElement | null,
): number {
  const [margin, setMargin] = useState(0);
  const measure = useCallback(() => {
    const panel = ref.current && scroller(ref.current);
    if (!ref.current || !panel) return;
    setMargin(offsetIn(ref.current, panel));
  }, [ref, scroller]);
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const panel = ref.current && scroller(ref.current);
    if (!panel) return;
    const observer = new ResizeObserver(measure);
    observer.observe(panel);
    return () => observer.disconnect();
  }, [ref, scroller, measure]);
  return margin;
}
