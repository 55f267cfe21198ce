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
  height: number;
  /** Space kept free around the drawing, for labels. */
  margin: number;
  iterations?: number;
  /** Seeds the small jitter that breaks symmetric starts; same seed, same picture. */
  seed: number;
}

/** mulberry32: a tiny seeded generator, so the layout never depends on Math.random. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Places a small bipartite graph (profiles and the attributes they share) with a seeded
 * Fruchterman-Reingold force layout: attributes start on an inner ring, profiles on an outer ring,
 * then edges pull and all nodes push apart while the temperature cools. Deterministic: the same
 * nodes, edges and seed give the same coordinates, on any machine.
 *
 * @example
 * layoutGraph([{ id: 'a', kind: 'profile' }, { id: 'k', kind: 'attribute' }], [{ from: 'a', to: 'k' }],
 *   { width: 600, height: 400, margin: 40, seed: 7 });
 */
export function layoutGraph(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  options: LayoutOptions,
): PlacedNode[] {
  const random = seeded(options.seed);
  const n = nodes.length;
  if (n === 0) return [];
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const attributes = nodes.filter((node) => node.kind === 'attribute').length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let a = 0;
  let p = 0;
  nodes.forEach((node, i) => {
    const inner = node.kind === 'attribute';
    const count = inner ? attributes : n - attributes;
    const k = inner ? a++ : p++;
    const angle = (2 * Math.PI * k) / Math.max(count, 1) + (inner ? 0.3 : 0);
    const radius = inner ? (attributes === 1 ? 0 : 0.35) : 1;
    x[i] = radius * Math.cos(angle) + (random() - 0.5) * 0.05;
    y[i] = radius * Math.sin(angle) + (random() - 0.5) * 0.05;
  });
  const links = edges.flatMap((edge) => {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    return from === undefined || to === undefined ? [] : [[from, to] as const];
  });
  const ideal = Math.sqrt(4 / n);
  const iterations = options.iterations ?? 300;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let step = 0; step < iterations; step += 1) {
    const temperature = 0.1 * (1 - step / iterations) + 0.002;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        const ex = (x[i] as number) - (x[j] as number);
        const ey = (y[i] as number) - (y[j] as number);
        const d2 = Math.max(ex * ex + ey * ey, 1e-6);
        const force = (ideal * ideal) / d2;
        dx[i] = (dx[i] as number) + ex * force;
        dy[i] = (dy[i] as number) + ey * force;
        dx[j] = (dx[j] as number) - ex * force;
        dy[j] = (dy[j] as number) - ey * force;
      }
    }
    for (const [from, to] of links) {
      const ex = (x[from] as number) - (x[to] as number);
      const ey = (y[from] as number) - (y[to] as number);
      const d = Math.max(Math.sqrt(ex * ex + ey * ey), 1e-3);
      const force = d / ideal;
      dx[from] = (dx[from] as number) - ex * force;
      dy[from] = (dy[from] as number) - ey * force;
      dx[to] = (dx[to] as number) + ex * force;
      dy[to] = (dy[to] as number) + ey * force;
    }
    for (let i = 0; i < n; i += 1) {
      // A weak pull to the centre keeps disconnected parts on the canvas.
      dx[i] = (dx[i] as number) - (x[i] as number) * 0.05;
      dy[i] = (dy[i] as number) - (y[i] as number) * 0.05;
      const length = Math.max(Math.hypot(dx[i] as number, dy[i] as number), 1e-9);
      const move = Math.min(length, temperature);
      x[i] = (x[i] as number) + ((dx[i] as number) / length) * move;
      y[i] = (y[i] as number) + ((dy[i] as number) / length) * move;
    }
  }
  return fit(nodes, x, y, options);
}

function fit(
  nodes: readonly GraphNode[],
  x: Float64Array,
  y: Float64Array,
  options: LayoutOptions,
): PlacedNode[] {
  const minX = Math.min(...x);
  const maxX = Math.max(...x);
  const minY = Math.min(...y);
  const maxY = Math.max(...y);
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const usableW = options.width - 2 * options.margin;
  const usableH = options.height - 2 * options.margin;
  const round = (value: number): number => Math.round(value * 10) / 10;
  return nodes.map((node, i) => ({
    ...node,
    x: round(options.margin + (maxX === minX ? usableW / 2 : (((x[i] as number) - minX) / spanX) * usableW)),
    y: round(options.margin + (maxY === minY ? usableH / 2 : (((y[i] as number) - minY) / spanY) * usableH)),
  }));
}
