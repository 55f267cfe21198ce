/** A node to place: its id and whether it is a profile or a shared attribute. */
export interface GraphNode {
  id: string;
  kind: 'profile' | 'attribute';
}

export interface GraphEdge {
  from: string;
  to: string;
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
}

export interface LayoutOptions {
  width: number;
  /** Vertical space per row of the taller column. */
  rowHeight: number;
  /** Space above and below the columns. */
  margin: number;
  /** x of the attribute column and of the profile column. */
  columns: { attribute: number; profile: number };
  /** Ordering sweeps (barycentre heuristic); more untangles more. */
  sweeps?: number;
}

/**
 * Places a bipartite graph (shared attributes and the profiles that carry them) in two columns, with
 * the order in each column chosen by the barycentre heuristic (Sugiyama-style crossing reduction):
 * each node moves towards the mean position of its neighbours, alternating columns for a few sweeps.
 * Ties break by the initial order, so the layout is deterministic: same input, same picture, on any
 * machine, with no randomness at all. Labels never collide, which a force layout cannot promise.
 *
 * @example
 * const placed = layoutBipartite(nodes, edges, { width: 760, rowHeight: 30, margin: 30, columns: { attribute: 40, profile: 520 } });
 * placed.height; // the drawing's height
 */
export function layoutBipartite(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  options: LayoutOptions,
): { nodes: PlacedNode[]; height: number } {
  const left = nodes.filter((node) => node.kind === 'attribute').map((node) => node.id);
  const right = nodes.filter((node) => node.kind === 'profile').map((node) => node.id);
  const neighbours = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const edge of edges) {
    neighbours.get(edge.from)?.push(edge.to);
    neighbours.get(edge.to)?.push(edge.from);
  }
  const rows = Math.max(left.length, right.length, 1);
  const height = options.margin * 2 + rows * options.rowHeight;
  const yOf = (column: readonly string[]): Map<string, number> => {
    const step = (rows * options.rowHeight) / Math.max(column.length, 1);
    return new Map(column.map((id, i) => [id, options.margin + step * (i + 0.5)]));
  };
  const reorder = (column: string[], other: Map<string, number>): string[] => {
    const initial = new Map(column.map((id, i) => [id, i]));
    const centre = (id: string): number => {
      const ys = (neighbours.get(id) ?? []).flatMap((n) => {
        const y = other.get(n);
        return y === undefined ? [] : [y];
      });
      return ys.length === 0 ? Number.POSITIVE_INFINITY : ys.reduce((a, b) => a + b, 0) / ys.length;
    };
    const keyed = column.map((id) => ({ id, key: centre(id) }));
    keyed.sort((a, b) => a.key - b.key || (initial.get(a.id) as number) - (initial.get(b.id) as number));
    return keyed.map((entry) => entry.id);
  };
  let attributes = left;
  let profiles = right;
  for (let sweep = 0; sweep < (options.sweeps ?? 4); sweep += 1) {
    profiles = reorder(profiles, yOf(attributes));
    attributes = reorder(attributes, yOf(profiles));
  }
  const ya = yOf(attributes);
  const yp = yOf(profiles);
  const round = (value: number): number => Math.round(value * 10) / 10;
  return {
    height,
    nodes: nodes.map((node) =>
      node.kind === 'attribute'
        ? { ...node, x: options.columns.attribute, y: round(ya.get(node.id) as number) }
        : { ...node, x: options.columns.profile, y: round(yp.get(node.id) as number) },
    ),
  };
}
