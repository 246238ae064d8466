import { buildOutline } from "../core/outline/buildOutline";
import { outlineToCsv, outlineToMarkdown } from "../core/outline/exportOutline";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { useVisibleNodes } from "../hooks/useVisibleNodes";
import { download, downloadCsv } from "./download";
import { OutlineTree } from "./OutlineTree";

/** The topic hierarchy and the nodes by type, as trees, downloadable as Markdown or CSV. */
export function OutlinePanel() {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const visible = useVisibleNodes();
  const outline = buildOutline(graph, visible, lang);
  const hidden = graph.order - visible.size;
  const { focus } = useView();
  const hiddenNote = hidden > 0 ? t(focus > 0 ? "outlineFocused" : "outlineFiltered", { n: hidden }) : undefined;
  // A download of part of the vault says so in its name too.
  const filename = (extension: string) => `simpul-outline-${lang}${hidden > 0 ? "-filtered" : ""}.${extension}`;
  return (
    <section className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading" tabIndex={-1}>
        {t("outline")}
      </h2>
      {hiddenNote && <p className="muted small">{hiddenNote}</p>}
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            download(
              filename("md"),
              "text/markdown",
              outlineToMarkdown(graph, outline, lang, {
                topics: t("topics"),
                byType: t("byType"),
                note: hidden > 0 ? t("outlinePartial", { n: hidden }) : undefined,
              }),
            )
          }
        >
          {t("downloadMarkdown")}
        </button>
        <button type="button" onClick={() => downloadCsv(filename("csv"), outlineToCsv(graph, outline, lang))}>
          {t("downloadCsv")}
        </button>
      </div>
      <h3 id="outline-topics">{t("topics")}</h3>
      {outline.topics.length === 0 ? (
        <p className="muted">{t("noTopics")}</p>
      ) : (
        <OutlineTree items={outline.topics} label={t("topics")} name="topics" />
      )}
      <h3>{t("byType")}</h3>
      <OutlineTree items={outline.byType} label={t("byType")} name="types" />
    </section>
  );
}
