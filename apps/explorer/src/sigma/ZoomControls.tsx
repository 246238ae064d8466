import { useCamera } from "@react-sigma/core";
import { useT } from "../hooks/useT";

/** Zoom in, zoom out, and fit the whole graph; buttons for those without a wheel or a pinch. */
export function ZoomControls() {
  const t = useT();
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 250, factor: 1.6 });
  return (
    <fieldset className="zoom-controls">
      <legend className="visually-hidden">{t("zoom")}</legend>
      <button type="button" aria-label={t("zoomIn")} title={t("zoomIn")} onClick={() => zoomIn()}>
        +
      </button>
      <button type="button" aria-label={t("zoomOut")} title={t("zoomOut")} onClick={() => zoomOut()}>
        −
      </button>
      <button type="button" aria-label={t("zoomFit")} title={t("zoomFit")} onClick={() => reset()}>
        ⤢
      </button>
    </fieldset>
  );
}
