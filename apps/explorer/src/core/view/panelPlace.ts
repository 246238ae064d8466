import type { PanelPlace } from "./types";

/**
 * A place as the URL's `at` says it: `out.has_role.role/advocate`,
 * `in.broader.model/social-action`, `row.2.concept/community-organization#tiga-model-rothman`.
 * The key comes last: node keys and table ids may hold dots, relation names do not.
 */
export function placeText(place: PanelPlace): string {
  return place.kind === "relation"
    ? `${place.direction}.${place.relation}.${place.neighbour}`
    : `row.${place.row}.${place.table}`;
}

/** Reads `at`; anything else than placeText writes (a hand-edited link) is no place, and the panel opens at its top. */
export function parsePlace(text: string | null): PanelPlace | null {
  const match = /^(out|in|row)\.([^.]+)\.(.+)$/.exec(text ?? "");
  if (!match) return null;
  const [, kind, middle = "", key = ""] = match;
  if (kind === "out" || kind === "in") return { kind: "relation", relation: middle, direction: kind, neighbour: key };
  return /^\d+$/.test(middle) ? { kind: "row", table: key, row: Number(middle) } : null;
}

/** Whether two places are one: the place a panel shows is compared with the view's. */
export function samePlace(a: PanelPlace | null, b: PanelPlace): boolean {
  return a !== null && placeText(a) === placeText(b);
}
