/** A row of the outline tree: a node, or a heading (a node type) grouping nodes. */
export interface OutlineItem {
  /** Unique within the tree: the path of keys from the root, since a topic may sit under two broader ones. */
  id: string;
  /** Node key; null for headings. */
  key: string | null;
  label: string;
  /** Node type, or the type a heading groups. */
  type: string;
  children: OutlineItem[];
}

/** The two outlines: the `broader` hierarchy and the nodes by type. */
export interface Outline {
  topics: OutlineItem[];
  byType: OutlineItem[];
}
