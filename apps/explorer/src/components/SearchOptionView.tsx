import { citationIndex } from "../core/citations/citationIndex";
import { referenceShort } from "../core/citations/citationLabel";
import { citeSubject, citeTarget, claimCount } from "../core/citations/citeTarget";
import { keyLabel, nodeLabel, otherLabel, typeLabel } from "../core/i18n/labels";
import type { ResultOption } from "../core/search/resultOptions";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";

/** A row's type, after its name; the hidden comma keeps the two apart when read aloud. */
function OptionType({ name }: { name: string }) {
  return (
    <span className="option-type">
      <span className="visually-hidden">, </span>
      {name}
    </span>
  );
}

/**
 * One row of the results list: a node with its other-language label and its
 * type, or "claims citing …" (a bibliography entry's says it is one). The
 * list is in order of match, not type, so each row names its type.
 */
export function SearchOptionView({
  option,
  active,
  onChoose,
}: {
  option: ResultOption;
  active: boolean;
  onChoose: () => void;
}) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const index = citationIndex(graph);
  const common = {
    id: `option-${option.id}`,
    role: "option",
    "aria-selected": active,
    className: active ? "option active" : "option",
    // Keep focus in the search box: the list is driven from there.
    onMouseDown: (event: React.MouseEvent) => event.preventDefault(),
    onClick: onChoose,
  } as const;

  if (option.action === "cite") {
    const target = citeTarget(graph, index, option.key);
    const count = target ? claimCount(index, target.bibkeys) : 0;
    const subject = citeSubject(graph, index, option.key, lang);
    return (
      <div {...common} className={`${common.className} cite-option`}>
        <span aria-hidden="true">↳ </span>
        {t("claimsCitingOption", { name: subject, n: count })}
        {option.type === "reference" && <OptionType name={t("references")} />}
      </div>
    );
  }
  if (option.action === "compare") {
    const names = option.key.split(",").map((key) => keyLabel(graph, key, lang));
    return <div {...common}>{t("compareOption", { names: names.join(t("versus")) })}</div>;
  }
  const node = graph.getNodeAttributes(option.key);
  const other = otherLabel(node, lang);
  const bibkey = node.fields.bibkey;
  const reference = bibkey ? graph.getAttribute("references")[bibkey] : undefined;
  return (
    <div {...common}>
      <span className="dot" style={{ background: node.color }} aria-hidden="true" />
      <span className="option-label">{nodeLabel(node, lang)}</span>
      {other && <span className="option-other"> · {other}</span>}
      {reference && <span className="option-meta"> — {referenceShort(reference, reference.key, lang)}</span>}
      <OptionType name={typeLabel(graph.getAttribute("vocabulary"), node.type, lang)} />
    </div>
  );
}
