/** The two languages of the knowledge base and the UI. */
export type Lang = "id" | "en";

export const LANGS: readonly Lang[] = ["id", "en"];

/** Each language by its own name, as a language picker names it for every reader. */
export const LANG_NAMES: Record<Lang, string> = { id: "Bahasa Indonesia", en: "English" };
