/**
 * A panel's × in a bar of its own that stays at the panel's top while it
 * scrolls: text scrolls under the bar, never under the button alone.
 */
export function PanelClose({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <div className="panel-bar">
      <button type="button" className="close" aria-label={label} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
