import { useCamera, useSigma } from "@react-sigma/core";
import { useT } from "../hooks/useT";
import { fitVisible, ZOOM_CONTROLS_CLASS } from "./fitNodes";

/**
 * Zoom in, zoom out, and fit the whole graph (what the filters leave, clear
 * of these buttons); buttons for those without a wheel or a pinch.
 */
export function ZoomControls() {
  const t = useT();
  const sigma = useSigma();
  const { zoomIn, zoomOut } = useCamera({ duration: 250, factor: 1.6 });
  return (
    <fieldset className={ZOOM_CONTROLS_CLASS}>
      <legend className="visually-hidden">{t("zoom")}</legend>
      <button type="button" aria-label={t("zoomIn")} title={t("zoomIn")} onClick={() => zoomIn()}>
        +
      </button>
      <button type="button" aria-label={t("zoomOut")} title={t("zoomOut")} onClick={() => zoomOut()}>
        −
      </button>
      <button type="button" aria-label={t("zoomFit")} title={t("zoomFit")} onClick={() => fitVisible(sigma)}>
        ⤢
      </button>
    </fieldset>
  );
}
