import { useT } from "../hooks/useT";

/** Where a claim is stated in the vault (`file:line`), so a curator can open the note. */
export function Provenance({ places }: { places: string[] }) {
  const t = useT();
  if (places.length === 0) return null;
  return (
    <span className="provenance" title={t("statedIn")}>
      {places.map((place) => (
        <code key={place}>{place}</code>
      ))}
    </span>
  );
}
