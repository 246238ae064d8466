import { useT } from "../hooks/useT";

/** Says that note details are on their way, or could not be had; nothing once they are in. */
export function DetailsNotice({ status }: { status: "ready" | "loading" | "error" }) {
  const t = useT();
  if (status === "ready") return null;
  return (
    <p className="muted small" role="status">
      {t(status === "loading" ? "detailsLoading" : "detailsError")}
    </p>
  );
}
