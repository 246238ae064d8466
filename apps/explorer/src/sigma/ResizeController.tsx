import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

/**
 * Redraws when the canvas changes size without the window doing so: a panel
 * opening beside it, or a phone's bottom sheet taking half of it. Sigma only
 * listens to window resizes; each render measures the container again. The
 * observer reports the size it starts with too; sigma drew at that size already.
 */
export function ResizeController() {
  const sigma = useSigma();
  useEffect(() => {
    const drawn = sigma.getDimensions();
    const observer = new ResizeObserver(() => {
      const { width, height } = sigma.getContainer().getBoundingClientRect();
      if (Math.round(width) === Math.round(drawn.width) && Math.round(height) === Math.round(drawn.height)) return;
      drawn.width = width;
      drawn.height = height;
      sigma.scheduleRender();
    });
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
