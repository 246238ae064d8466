import { useCallback } from "react";
import type { StringKey } from "../core/i18n/strings";
import { translate } from "../core/i18n/translate";
import type { Lang } from "../core/i18n/types";
import { useExplorer } from "../core/store/explorerStore";

/** The current language. */
export const useLang = (): Lang => useExplorer((state) => state.view.lang);

/** `t("key", {n: 3})` in the current language. */
export function useT(): (key: StringKey, values?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback((key, values) => translate(lang, key, values), [lang]);
}
