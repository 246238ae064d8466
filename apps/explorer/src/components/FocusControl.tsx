import { setFocus } from "../core/view";
import type { FocusDepth } from "../core/view/types";
import { useT } from "../hooks/useT";
import { useView } from "../hooks/useView";

const DEPTHS: FocusDepth[] = [0, 1, 2];

/** "Show everything / 1 step / 2 steps" around the selected or compared nodes. */
export function FocusControl({ name }: { name: string }) {
  const t = useT();
  const { focus } = useView();
  const labels = { 0: t("focusAll"), 1: t("focusOne"), 2: t("focusTwo") };
  return (
    <fieldset className="segmented">
      <legend>{t("focus")}</legend>
      {DEPTHS.map((depth) => (
        <label key={depth}>
          <input type="radio" name={name} checked={focus === depth} onChange={() => setFocus(depth)} />
          <span>{labels[depth]}</span>
        </label>
      ))}
    </fieldset>
  );
}
