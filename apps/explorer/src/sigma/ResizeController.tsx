import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useGraph } from "../hooks/useGraph";
import { frameView } from "./frameView";

/**
 * Follows the canvas when it changes size without the window doing so: a
 * panel opening or closing beside it, a comparison widening its panel, a
 * phone's bottom sheet taking half of it. Sigma only listens to window
 * resizes; here it measures the container again, and what the view is about
 * is framed anew in the area now visible, as if opened there. The observer
 * reports the size it starts with too; sigma drew at that size already.
 * When the window resized too, the canvas follows it and the view is left
 * as the reader panned and zoomed it.
 */
export function ResizeController() {
  const sigma = useSigma();
  const graph = useGraph();
  useEffect(() => {
    const drawn = sigma.getDimensions();
    const windowSize = () => `${window.innerWidth}x${window.innerHeight}`;
    let lastWindow = windowSize();
    const observer = new ResizeObserver(() => {
      const { width, height } = sigma.getContainer().getBoundingClientRect();
      if (Math.round(width) === Math.round(drawn.width) && Math.round(height) === Math.round(drawn.height)) return;
      drawn.width = width;
      drawn.height = height;
      // Measured now, not at the next frame: the framing reads the new size.
      sigma.resize();
      // The window resized (dragged, turned, a phone's keyboard): the reader's pan and zoom stay as they were.
      const nowWindow = windowSize();
      if (nowWindow === lastWindow) frameView(sigma, graph);
      lastWindow = nowWindow;
      sigma.scheduleRender();
    });
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma, graph]);
  return null;
}
