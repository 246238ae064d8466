import { compareStrings } from "@simpul/schema";

/**
 * Finds cycles in a directed relation, deterministically: each cycle found by
 * a depth-first search from the smallest keys, listed from its smallest node
 * key and closed by repeating it (`a → b → a`). Iterative, so a long chain
 * cannot overflow the call stack.
 */
export function findCycles(edges: readonly (readonly [string, string])[]): string[][] {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const targets = next.get(from) ?? [];
    targets.push(to);
    next.set(from, targets);
  }
  for (const targets of next.values()) targets.sort(compareStrings);
  const state = new Map<string, "active" | "done">();
  const cycles: string[][] = [];
  for (const root of [...next.keys()].sort(compareStrings)) {
    if (state.has(root)) continue;
    const path: string[] = [root];
    const cursors: number[] = [0];
    state.set(root, "active");
    while (path.length > 0) {
      const node = path[path.length - 1] as string;
      const targets = next.get(node) ?? [];
      const cursor = cursors[cursors.length - 1] as number;
      if (cursor >= targets.length) {
        state.set(node, "done");
        path.pop();
        cursors.pop();
        continue;
      }
      cursors[cursors.length - 1] = cursor + 1;
      const target = targets[cursor] as string;
      const seen = state.get(target);
      if (seen === "active") {
        const cycle = path.slice(path.indexOf(target));
        const smallest = [...cycle].sort(compareStrings)[0] as string;
        const start = cycle.indexOf(smallest);
        cycles.push([...cycle.slice(start), ...cycle.slice(0, start), smallest]);
      } else if (seen === undefined) {
        state.set(target, "active");
        path.push(target);
        cursors.push(0);
      }
    }
  }
  return cycles;
}
