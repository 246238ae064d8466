import { STRINGS, type StringKey } from "./strings";
import type { Lang } from "./types";

/**
 * A UI string in `lang`, with `{name}` placeholders filled from `values`, and
 * `{name:one|other}` the form of a word the number `name` takes ("1 work",
 * "2 works"), by the language's plural rules.
 */
export function translate(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(
    /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
    (match, name: string, one?: string, other?: string) => {
      if (!(name in values)) return match;
      const value = values[name];
      if (one === undefined) return String(value);
      return typeof value === "number" && new Intl.PluralRules(lang).select(value) === "one" ? one : (other ?? "");
    },
  );
}
