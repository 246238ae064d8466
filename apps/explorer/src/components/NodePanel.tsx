import { nodeLabel, nodeSummary, otherLabel } from "../core/i18n/labels";
import { fold } from "../core/search/normalize";
import { setQuery } from "../core/view";
import { useDetails } from "../hooks/useDetails";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { DetailsNotice } from "./DetailsNotice";
import { DimensionList } from "./DimensionList";
import { FilteredNotice } from "./FilteredNotice";
import { focusSearch } from "./focusMoves";
import { NodeActions } from "./NodeActions";
import { NoteText } from "./NoteText";
import { PanelHeading } from "./PanelHeading";
import { ReferenceText } from "./ReferenceText";
import { RelationGroups } from "./RelationGroups";
import { TypeBadge } from "./TypeBadge";

/** One node: both labels, type, tags, summary, actions, table values, relations, note text and source file. */
export function NodePanel({ nodeKey }: { nodeKey: string }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const details = useDetails([nodeKey]);
  if (!graph.hasNode(nodeKey)) {
    return (
      <article className="node-panel">
        <PanelHeading>{t("notFoundTitle")}</PanelHeading>
        <p>{t("notFound", { key: nodeKey })}</p>
      </article>
    );
  }
  const node = graph.getNodeAttributes(nodeKey);
  const other = otherLabel(node, lang);
  const summary = nodeSummary(node, lang);
  const reference = node.fields.bibkey ? graph.getAttribute("references")[node.fields.bibkey] : undefined;
  // Aliases often repeat the other language's label, already shown above.
  const labels = new Set([node.label, node.labelEn].map(fold));
  const aliases = node.aliases.filter((alias) => !labels.has(fold(alias)));
  return (
    <article className="node-panel" aria-labelledby="detail-heading">
      <TypeBadge type={node.type} />
      <PanelHeading>{nodeLabel(node, lang)}</PanelHeading>
      {other && (
        <p className="other-label" lang={lang === "en" ? "id" : "en"}>
          {other}
        </p>
      )}
      {aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">{t("aliases")}:</span> {aliases.join(" · ")}
        </p>
      )}
      {node.tags.length > 0 && (
        <p className="aliases">
          <span className="muted">{t("tags")}:</span>{" "}
          {node.tags.map((tag) => (
            <button
              key={tag}
              type="button"
              className="tag"
              title={t("searchTag", { tag })}
              onClick={() => {
                setQuery(`#${tag}`);
                focusSearch();
              }}
            >
              #{tag}
            </button>
          ))}
        </p>
      )}
      <FilteredNotice keys={[nodeKey]} />
      <DetailsNotice status={details} />
      {summary && <p className="summary">{summary}</p>}
      {reference && <ReferenceText reference={reference} />}
      <NodeActions nodeKey={nodeKey} />
      <DimensionList nodeKey={nodeKey} dimensions={node.dimensions} />
      <section>
        <h3>{t("relations")}</h3>
        <RelationGroups nodeKey={nodeKey} />
      </section>
      {node.body && node.body !== summary && (
        <details className="note-body">
          <summary>{t("noteText")}</summary>
          <NoteText body={node.body} />
        </details>
      )}
      {node.file && (
        <p className="muted small">
          {t("noteFile")}: <code>{node.file}</code>
        </p>
      )}
    </article>
  );
}
