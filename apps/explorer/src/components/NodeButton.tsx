import { nodeLabel } from "../core/i18n/labels";
import { selectNode, setPointer } from "../core/view";
import { useGraph } from "../hooks/useGraph";
import { useLang } from "../hooks/useT";

/**
 * A node named in a panel: opens it, and while pointed at or focused lights
 * it up on the graph, so text and picture stay connected.
 */
export function NodeButton({ nodeKey }: { nodeKey: string }) {
  const graph = useGraph();
  const lang = useLang();
  if (!graph.hasNode(nodeKey)) return <span className="node-missing">{nodeKey}</span>;
  const node = graph.getNodeAttributes(nodeKey);
  const point = () => setPointer(nodeKey, null);
  const leave = () => setPointer(null, null);
  return (
    <button
      type="button"
      className="node-link"
      onClick={() => {
        leave();
        selectNode(nodeKey);
      }}
      onMouseEnter={point}
      onMouseLeave={leave}
      onFocus={point}
      onBlur={leave}
    >
      <span className="dot" style={{ background: node.color }} aria-hidden="true" />
      {nodeLabel(node, lang)}
    </button>
  );
}
