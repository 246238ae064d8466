import { explorerStore, useExplorer } from "../core/store/explorerStore";
import { usePhoneLayout } from "../hooks/usePhoneLayout";
import { useT } from "../hooks/useT";

const toggleSheetSize = () => explorerStore.set((state) => ({ ...state, sheetFull: !state.sheetFull }));

/**
 * A panel's × in a bar of its own that stays at the panel's top while it
 * scrolls: text scrolls under the bar, never under the button alone. On a
 * phone, where the panel is a sheet over the lower half, the bar also
 * grows it to the whole screen and back.
 */
export function PanelClose({ label, onClose }: { label: string; onClose: () => void }) {
  const t = useT();
  const phone = usePhoneLayout();
  const full = useExplorer((state) => state.sheetFull);
  return (
    <div className="panel-bar">
      {phone && (
        <button
          type="button"
          className="close"
          aria-pressed={full}
          aria-label={t("sheetFull")}
          onClick={toggleSheetSize}
        >
          <span aria-hidden="true">{full ? "▾" : "▴"}</span>
        </button>
      )}
      <button type="button" className="close" aria-label={label} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
