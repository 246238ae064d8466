import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

/**
 * Redraws when the canvas changes size without the window doing so: a panel
 * opening beside it, or a phone's bottom sheet taking half of it. Sigma only
 * listens to window resizes; each render measures the container again.
 */
export function ResizeController() {
  const sigma = useSigma();
  useEffect(() => {
    const observer = new ResizeObserver(() => sigma.scheduleRender());
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
