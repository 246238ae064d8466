import type { MouseEvent } from "react";
import { nodeLabel } from "../core/i18n/labels";
import { selectNode, selectNodeAt, setPointer } from "../core/view";
import type { PanelPlace } from "../core/view/types";
import { emptyView, serializeView, withNode } from "../core/view/utils";
import { useGraph } from "../hooks/useGraph";
import { useLang } from "../hooks/useT";

/** A click the browser should have: a new tab or window, a download (modifier keys, other buttons). */
const forTheBrowser = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/**
 * A node named in a panel: a link to it, which opens it here, or, as any
 * link does, in a new tab or as an address to copy; while pointed at or
 * focused it lights the node up on the graph, so text and picture stay
 * connected. Given a place, it opens the node's panel there (a claim's
 * relation or table row), as a link to an anchor lands on it.
 */
export function NodeButton({ nodeKey, place }: { nodeKey: string; place?: PanelPlace }) {
  const graph = useGraph();
  const lang = useLang();
  if (!graph.hasNode(nodeKey)) return <span className="node-missing">{nodeKey}</span>;
  const node = graph.getNodeAttributes(nodeKey);
  const point = () => setPointer(nodeKey, null);
  const leave = () => setPointer(null, null);
  return (
    <a
      className="node-link"
      href={serializeView(withNode(emptyView(lang), nodeKey, place))}
      onClick={(event) => {
        if (forTheBrowser(event)) return;
        event.preventDefault();
        leave();
        if (place) selectNodeAt(nodeKey, place);
        else selectNode(nodeKey);
      }}
      onMouseEnter={point}
      onMouseLeave={leave}
      onFocus={point}
      onBlur={leave}
    >
      <span className="dot" style={{ background: node.color }} aria-hidden="true" />
      {nodeLabel(node, lang)}
    </a>
  );
}
