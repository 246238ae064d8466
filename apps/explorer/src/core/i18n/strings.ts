import { en } from "./stringsEn";
import { id, type StringKey } from "./stringsId";
import type { Lang } from "./types";

export type { StringKey };

/** The UI strings of each language; `{name}` placeholders are filled by `translate`. */
export const STRINGS: Record<Lang, Record<StringKey, string>> = { id, en };
