import { TOOL_LABELS } from "../core/i18n/labels";
import { LANG_NAMES, LANGS } from "../core/i18n/types";
import { useExplorer } from "../core/store/explorerStore";
import { phoneSheet } from "../core/store/phoneSheet";
import { openPanel, setLang } from "../core/view";
import { TOOL_PANELS, type ToolPanel } from "../core/view/types";
import { usePhoneLayout } from "../hooks/usePhoneLayout";
import { useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { focusToolPanel, toolButtonId } from "./focusMoves";
import { SearchBox } from "./SearchBox";

/** Title, search, the tool panels and the language switch. */
export function TopBar() {
  const t = useT();
  const { panel, lang } = useView();
  // On a phone an open panel may sit behind the detail sheet: its button shows it is not in view, and a press brings it.
  const phone = usePhoneLayout();
  const toolInView = useExplorer((state) => phoneSheet(state) === "tool");
  const shown = (name: ToolPanel) => panel === name && (!phone || toolInView);
  const tools = TOOL_PANELS.map((name): [ToolPanel, string] => [name, t(TOOL_LABELS[name])]);
  return (
    <header className="topbar">
      <h1 className="brand">
        simpul <span className="tagline">{t("tagline")}</span>
      </h1>
      <SearchBox />
      <nav className="tools" aria-label={t("tools")}>
        {tools.map(([name, label]) => (
          <button
            key={name}
            id={toolButtonId(name)}
            type="button"
            aria-pressed={shown(name)}
            onClick={() => {
              const opening = !shown(name);
              openPanel(opening ? name : null);
              if (opening) focusToolPanel();
            }}
          >
            {label}
          </button>
        ))}
      </nav>
      <fieldset className="segmented lang-switch">
        <legend className="visually-hidden">{t("language")}</legend>
        {LANGS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="lang"
              checked={lang === option}
              aria-label={LANG_NAMES[option]}
              lang={option}
              onChange={() => setLang(option)}
            />
            <span lang={option} aria-hidden="true">
              {option.toUpperCase()}
            </span>
          </label>
        ))}
      </fieldset>
    </header>
  );
}
