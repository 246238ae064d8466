/** The two languages of the vault and the UI. */
export type Lang = "id" | "en";

export const LANGS: readonly Lang[] = ["id", "en"];
