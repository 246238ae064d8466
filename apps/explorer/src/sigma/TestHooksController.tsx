import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type Sigma from "sigma";
import type { DrawnLabel } from "./placedLabels";

declare global {
  interface Window {
    /** End-to-end builds only: the sigma instance, to read display data and positions. */
    __sigma?: Sigma;
    /** End-to-end builds only: frames rendered so far, to wait on a render instead of sleeping. */
    __sigmaRenders?: number;
    /** End-to-end builds only: the node labels of the last frame, as drawn. */
    __drawnLabels?: () => readonly DrawnLabel[];
  }
}

/** Exposes sigma to the end-to-end tests; rendered only in builds made with SIMPUL_E2E=1. */
export function TestHooksController({ drawnLabels }: { drawnLabels: () => readonly DrawnLabel[] }) {
  const sigma = useSigma();
  useEffect(() => {
    window.__sigma = sigma;
    window.__drawnLabels = drawnLabels;
    const counted = () => {
      window.__sigmaRenders = (window.__sigmaRenders ?? 0) + 1;
    };
    sigma.on("afterRender", counted);
    sigma.scheduleRefresh();
    return () => {
      sigma.off("afterRender", counted);
    };
  }, [sigma, drawnLabels]);
  return null;
}
