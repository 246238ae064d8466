// The steps graphology-layout-forceatlas2's own index and worker are made of. The package ships them
// (they are in its "files") but declares types only for its index, which runs all three in one thread.

declare module "graphology-layout-forceatlas2/defaults.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology-types";

  const helpers: {
    /** The node matrix (10 numbers a node, x and y first) and edge matrix (source, target, weight), in graph order. */
    graphToByteArrays(graph: Graph, getEdgeWeight: () => number): { nodes: Float32Array; edges: Float32Array };
    assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
  };
  export default helpers;
}

declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  /** One iteration, moving the positions in `nodes`. */
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
