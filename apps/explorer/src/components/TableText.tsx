import { tableText } from "../core/i18n/labels";
import { useLang } from "../hooks/useT";

/**
 * A comparison table's title, dimension or value as the reader's language
 * shows it; where English is asked for and the note gives none, its text
 * is marked as Indonesian, so that screen readers say it as such.
 */
export function TableText({ text, en }: { text: string; en?: string | undefined }) {
  const lang = useLang();
  return lang === "en" && !en ? <span lang="id">{text}</span> : tableText(text, en, lang);
}
