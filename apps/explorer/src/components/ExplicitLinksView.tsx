import type { ExplicitLink } from "../core/comparison/types";
import { relationLabel } from "../core/i18n/labels";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { CitationLinks } from "./CitationLinks";
import { NodeButton } from "./NodeButton";
import { Provenance } from "./Provenance";

/** What the sources say about the compared nodes themselves: contrasts and other direct links. */
export function ExplicitLinksView({ links }: { links: ExplicitLink[] }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const vocabulary = graph.getAttribute("vocabulary");
  return (
    <section>
      <h3>{t("directLinks")}</h3>
      {links.length === 0 ? (
        <p className="muted">{t("noDirectLinks")}</p>
      ) : (
        <ul className="claims">
          {links.map((link) => (
            <li key={link.edge} className={link.relation === "contrasts_with" ? "contrast" : undefined}>
              <NodeButton nodeKey={link.source} />{" "}
              <strong className="relation">{relationLabel(vocabulary, link.relation, "out", lang)}</strong>{" "}
              <NodeButton nodeKey={link.target} /> <CitationLinks citations={link.citations} />
              <Provenance places={link.provenance} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
