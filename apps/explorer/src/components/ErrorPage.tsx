import type { GraphErrorKind } from "../core/graph/types";
import { useT } from "../hooks/useT";

/** What went wrong, why, and what to do; shown instead of a blank screen. */
export function ErrorPage({ kind, detail }: { kind: GraphErrorKind | "render"; detail: string }) {
  const t = useT();
  const why = {
    fetch: t("errorFetch"),
    json: t("errorJson"),
    format: t("errorFormat"),
    version: t("errorVersion"),
    shape: t("errorShape"),
    render: t("errorRender"),
  }[kind];
  return (
    <main className="error-page">
      <h1>simpul</h1>
      <h2>{t("errorTitle")}</h2>
      <p>{why}</p>
      <pre>{detail}</pre>
      <p>{kind === "render" ? t("errorRenderTodo") : t("errorTodo")}</p>
    </main>
  );
}
