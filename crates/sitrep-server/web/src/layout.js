// Where the system map's nodes go. Every layout here is deterministic: the
// force layouts draw from Math.random, which is swapped for a seeded
// generator while they run, and they start from positions that depend on
// the data only.
import cytoscape from 'cytoscape';

// A small seeded generator (mulberry32).
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Runs `f` with Math.random drawing from `seed`.
export function withSeed(seed, f) {
  const random = Math.random;
  Math.random = seeded(seed);
  try {
    return f();
  } finally {
    Math.random = random;
  }
}

// A point of a circle of `n` in order `i`: where a layout starts.
export function onCircle(i, n, r = 300) {
  return { x: r * Math.cos((2 * Math.PI * i) / n), y: r * Math.sin((2 * Math.PI * i) / n) };
}

// One actor's room inside its country's box: the node with its role's name
// ("government", "military") on its right, at 12 px on a map zoomed out to
// about half, where a character takes about 13 units.
export const CELL = { w: 170, h: 50 };
const CHAR = 13;

// A box's columns: one for a few actors, so that names sit one under the
// other, two or more for many.
const columns = (k) => (k <= 4 ? 1 : Math.ceil(k / 4));

// Positions for a map of actors inside their countries' boxes, in two
// steps: the boxes (and the actors alone in their country) are laid out
// as one node each, as large as the box will be, joined by the relations
// between them; then each box's actors fill a grid at its place, the
// busiest first. cytoscape's own force layout, given the compound nodes
// themselves, lets boxes grow over each other on a real corpus.
export function nestedPositions(nodes, edges, boxOf, labelOf, seed) {
  const unitOf = (id) => boxOf(id) || id;
  const members = new Map();
  const busiest = [...nodes].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
  for (const n of busiest) {
    const u = unitOf(n.id);
    if (!members.has(u)) members.set(u, []);
    members.get(u).push(n.id);
  }
  const units = [...members.keys()].sort();
  // A cell as wide as the longest name in the box; the box at least as wide as its own name.
  const shape = new Map(units.map((u) => {
    const ids = members.get(u);
    const cols = columns(ids.length);
    const cell = Math.max(CELL.w, 30 + CHAR * Math.max(...ids.map((id) => labelOf(id).length)));
    return [u, { cols, cell, w: Math.max(cols * cell, CHAR * labelOf(u).length), h: Math.ceil(ids.length / cols) * CELL.h }];
  }));
  const links = new Map();
  for (const e of edges) {
    const [a, b] = [unitOf(e.source), unitOf(e.target)].sort();
    if (a !== b) links.set(`${a}|${b}`, (links.get(`${a}|${b}`) || 0) + e.count);
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...units.map((u, i) => ({ data: { id: u, w: shape.get(u).w, h: shape.get(u).h }, position: onCircle(i, units.length, 400) })),
      ...[...links.keys()].sort().map((k, i) => ({ data: { id: `l${i}`, source: k.split('|')[0], target: k.split('|')[1] } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
  });
  if (units.length > 2) {
    withSeed(seed, () => cy.layout({
      name: 'cose', animate: false, randomize: false, fit: false, nodeRepulsion: () => 1000000, idealEdgeLength: () => 80,
      nodeOverlap: 80, gravity: 0.5, numIter: 1500, componentSpacing: 60,
    }).run());
  }
  const centre = Object.fromEntries(units.map((u) => [u, { ...cy.getElementById(u).position() }]));
  cy.destroy();
  // The force layout comes out round; the map's panel is about 5:3.
  for (const c of Object.values(centre)) c.x *= 1.6;
  apart(units, centre, shape);
  const at = {};
  for (const u of units) {
    const c = centre[u];
    const { cols, cell, w, h } = shape.get(u);
    members.get(u).forEach((id, i) => {
      // The node at the left of its cell, its name to its right.
      at[id] = { x: c.x - w / 2 + cell * (i % cols) + 20, y: c.y - h / 2 + CELL.h * (Math.floor(i / cols) + 0.5) };
    });
  }
  return at;
}

// Room kept between two boxes, for the country's name above each.
const GAP = 40;

// Pushes overlapping boxes apart, each pair half each way, until none
// overlap, in a fixed order: the force layout keeps nodes of its own size
// apart only roughly.
function apart(units, centre, shape) {
  for (let round = 0; round < 600; round++) {
    let moved = false;
    for (let i = 0; i < units.length; i++) {
      for (let j = i + 1; j < units.length; j++) {
        const [a, b] = [centre[units[i]], centre[units[j]]];
        const [sa, sb] = [shape.get(units[i]), shape.get(units[j])];
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const ox = (sa.w + sb.w) / 2 + GAP - Math.abs(dx);
        const oy = (sa.h + sb.h) / 2 + GAP - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        // Sideways rather than up or down where it costs less than twice as
        // much: boxes are wide and short, and the panel is wide.
        if (ox < 2 * oy) {
          const push = (dx >= 0 ? 1 : -1) * (ox / 2);
          a.x -= push;
          b.x += push;
        } else {
          const push = (dy >= 0 ? 1 : -1) * (oy / 2);
          a.y -= push;
          b.y += push;
        }
      }
    }
    if (!moved) return;
  }
}
