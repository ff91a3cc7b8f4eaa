// The system map: actors as nodes, relations as edges coloured from
// conflict to cooperation, as wide as they are frequent, dashed where they
// rest on hedged or anonymous words. The layout is seeded, so the same
// data is drawn the same way on every load. The same edges are listed as
// buttons below it, for keyboards, screen readers and tests.
import cytoscape from 'cytoscape';
import { goldsteinColor, isUncertain } from './colors.js';
import { clear, h } from './dom.js';
import { actorName } from './names.js';

let cy = null;
let listEl = null;

function edgeLabel(e) {
  const g = e.goldstein_mean === null ? 'no score' : `Goldstein ${e.goldstein_mean.toFixed(1)}`;
  const hedged = Math.round(e.hedged_share * 100);
  const anon = Math.round(e.anonymous_share * 100);
  return `${actorName(e.source)} → ${actorName(e.target)} (${e.source} → ${e.target}): ${e.count} event${e.count === 1 ? '' : 's'}, ${g}, ${hedged}% hedged, ${anon}% anonymous`;
}

// A small seeded generator (mulberry32): cytoscape's force layout draws
// from Math.random, which is swapped for this while it runs.
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

function short(name, n = 26) {
  return name.length > n ? `${name.slice(0, n - 1)}…` : name;
}

// Pairs known only through denials (`net.denied`, by the claims' codes):
// merged into countries when the map is, left out inside one country when
// the map leaves those out, and never where the pair is already an edge.
function deniedPairs(net, { group, cross }) {
  const key = (c) => (group === 'country' ? c.slice(0, 3) : c);
  const drawn = new Set(net.edges.map((e) => `${e.source},${e.target}`));
  const pairs = new Map();
  for (const d of net.denied || []) {
    const [source, target] = [key(d.source), key(d.target)];
    if (source === target || (cross && source.slice(0, 3) === target.slice(0, 3)) || drawn.has(`${source},${target}`)) continue;
    const p = pairs.get(`${source},${target}`) || { source, target, claims: 0 };
    p.claims += d.claims;
    pairs.set(`${source},${target}`, p);
  }
  return [...pairs.values()];
}

export function drawNetwork({ graphEl, listEl: list, countEl, legendEl }, net, { onEdge, onNode, group, cross }) {
  listEl = list;
  if (cy) {
    cy.destroy();
    cy = null;
  }
  countEl.textContent = `(${net.edges.length}${net.omitted_edges ? ` of ${net.edges.length + net.omitted_edges}` : ''})`;
  drawLegend(legendEl);
  if (net.edges.length === 0) {
    clear(graphEl, h('p', { class: 'empty' }, 'No relations between coded actors match these filters.'));
    clear(listEl);
    return;
  }
  graphEl.replaceChildren();
  const denied = deniedPairs(net, { group, cross });
  const onMap = new Set(net.nodes.map((n) => n.id));
  const maxCount = Math.max(...net.edges.map((e) => e.count));
  const nodes = [...net.nodes].sort((a, b) => (a.id < b.id ? -1 : 1));
  const maxEvents = Math.max(...nodes.map((n) => n.events));
  // The busiest nodes are labelled at once; the others on hover or selection.
  const labelled = new Set([...nodes].sort((a, b) => b.events - a.events).slice(0, 24).map((n) => n.id));
  const elements = [
    ...nodes.map((n, i) => ({
      data: { id: n.id, label: short(actorName(n.id)), size: 16 + 30 * Math.sqrt(n.events / maxEvents) },
      // Start on a circle in code order: with the seeded generator, the layout depends on the data only.
      position: { x: 300 * Math.cos((2 * Math.PI * i) / nodes.length), y: 300 * Math.sin((2 * Math.PI * i) / nodes.length) },
      classes: labelled.has(n.id) ? 'labelled' : '',
    })),
    ...net.edges.map((e, i) => ({
      data: {
        id: `e${i}`,
        source: e.source,
        target: e.target,
        width: 1.5 + 7 * Math.sqrt(e.count / maxCount),
        color: goldsteinColor(e.goldstein_mean),
        style: isUncertain(e) ? 'dashed' : 'solid',
      },
    })),
    // Denied pairs between actors already on the map: dotted, and left out
    // of the layout, which the relations alone decide.
    ...denied.map((d, i) => (onMap.has(d.source) && onMap.has(d.target)
      ? { data: { id: `d${i}`, source: d.source, target: d.target }, classes: 'denied' } : null)).filter(Boolean),
  ];
  cy = cytoscape({
    container: graphEl,
    elements,
    wheelSensitivity: 0.3,
    layout: { name: 'preset' },
    style: [
      {
        selector: 'node',
        style: {
          width: 'data(size)', height: 'data(size)', 'background-color': '#4b5563',
          color: '#111827', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
        },
      },
      { selector: 'node.labelled, node.hover, node.focus, node.near', style: { label: 'data(label)' } },
      {
        selector: 'edge',
        style: {
          width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'arrow-scale': 1.3, 'curve-style': 'bezier', 'line-style': 'data(style)',
          'line-dash-pattern': [6, 4], opacity: 0.85,
        },
      },
      {
        selector: 'edge.denied',
        style: { width: 2, 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'line-style': 'dotted', 'line-dash-pattern': [2, 4], opacity: 0.9 },
      },
      { selector: '.faded', style: { opacity: 0.12 } },
      { selector: 'node.hover', style: { 'z-index': 20, 'font-size': 13 } },
      {
        selector: 'edge.selected',
        style: { opacity: 1, width: 'mapData(width, 0, 10, 6, 14)', 'z-index': 99, 'underlay-color': '#111827', 'underlay-opacity': 0.35, 'underlay-padding': 5, 'arrow-scale': 1.8 },
      },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#f59e0b', 'background-color': '#111827', 'z-index': 99, 'font-weight': 'bold' } },
    ],
  });
  const random = Math.random;
  Math.random = seeded(20250101 + net.edges.length);
  try {
    cy.elements().not('.denied').layout(nodes.length > 2
      ? { name: 'cose', animate: false, randomize: false, fit: true, padding: 30, nodeRepulsion: () => 2500000, idealEdgeLength: () => 120,
          nodeOverlap: 60, gravity: 0.6, numIter: 1500, componentSpacing: 40, nestingFactor: 1 }
      : { name: 'circle', padding: 40 }).run();
  } finally {
    Math.random = random;
  }
  // Labels keep a readable size on screen (at least 12 px) however far the
  // map is zoomed out; cytoscape would otherwise shrink them with it.
  const readable = () => cy.style().selector('node').style('font-size', 12 / Math.min(1, cy.zoom())).update();
  readable();
  cy.on('zoom', readable);
  cy.on('tap', 'edge', (evt) => {
    const id = evt.target.id();
    onEdge((id.startsWith('d') ? denied : net.edges)[Number(id.slice(1))]);
  });
  cy.on('tap', 'node', (evt) => onNode(evt.target.id()));
  const tip = h('div', { class: 'graph-tip', role: 'tooltip' });
  graphEl.append(tip);
  cy.on('mouseover', 'node', (evt) => {
    const n = evt.target;
    n.addClass('hover');
    const p = n.renderedPosition();
    tip.textContent = `${actorName(n.id())} (${n.id()}), ${nodes.find((x) => x.id === n.id()).events} events`;
    tip.style.left = `${p.x + 12}px`;
    tip.style.top = `${p.y - 28}px`;
    tip.classList.add('shown');
  });
  cy.on('mouseout', 'node', (evt) => {
    evt.target.removeClass('hover');
    tip.classList.remove('shown');
  });
  // For the end-to-end test: where things are drawn, so that it can click
  // the canvas itself rather than the list, and compare two loads.
  window.sitrepGraph = {
    edgeMidpoint: (i) => cy.getElementById(`e${i}`).renderedMidpoint(),
    nodePosition: (id) => cy.getElementById(id).renderedPosition(),
    // The size of a node label on screen, in CSS pixels.
    labelPx: () => parseFloat(cy.nodes()[0].style('font-size')) * cy.zoom(),
    positions: () => Object.fromEntries(cy.nodes().map((n) => [n.id(), [Math.round(n.position('x')), Math.round(n.position('y'))]])),
    // The edge whose midpoint lies farthest from every node and every other
    // edge's midpoint: a click there can only mean that edge.
    clearestEdge: () => {
      const mids = cy.edges().not('.denied').map((e) => e.renderedMidpoint());
      const pts = cy.nodes().map((n) => ({ p: n.renderedPosition(), r: n.renderedWidth() / 2 }));
      let best = { index: 0, room: -Infinity };
      mids.forEach((m, i) => {
        const fromNodes = Math.min(...pts.map(({ p, r }) => Math.hypot(p.x - m.x, p.y - m.y) - r));
        const fromEdges = Math.min(Infinity, ...mids.filter((_, j) => j !== i).map((o) => Math.hypot(o.x - m.x, o.y - m.y)));
        const room = Math.min(fromNodes, fromEdges);
        if (room > best.room) best = { index: i, room, x: m.x, y: m.y, source: net.edges[i].source, target: net.edges[i].target };
      });
      return best;
    },
    // The node farthest from every other node and edge midpoint.
    clearestNode: () => {
      const all = cy.nodes().map((n) => ({ id: n.id(), p: n.renderedPosition(), r: n.renderedWidth() / 2 }));
      const mids = cy.edges().map((e) => e.renderedMidpoint());
      let best = { room: -Infinity };
      for (const n of all) {
        const room = Math.min(Infinity, ...all.filter((o) => o.id !== n.id).map((o) => Math.hypot(o.p.x - n.p.x, o.p.y - n.p.y) - o.r),
          ...mids.map((m) => Math.hypot(m.x - n.p.x, m.y - n.p.y)));
        if (room > best.room) best = { id: n.id, room, x: n.p.x, y: n.p.y };
      }
      return best;
    },
  };
  clear(listEl, net.edges.map((e, i) =>
    h('li', {},
      h('button', {
        type: 'button', 'data-testid': 'edge', dataset: { index: i, source: e.source, target: e.target },
        title: edgeLabel(e), onclick: () => onEdge(e),
      },
      h('span', { class: `line ${isUncertain(e) ? 'dashed' : ''}`, style: `border-color:${goldsteinColor(e.goldstein_mean)}` }),
      `${short(actorName(e.source), 22)} → ${short(actorName(e.target), 22)}`, h('small', {}, ` ${e.count}`)))),
  denied.map((d) => h('li', {},
    h('button', {
      type: 'button', class: 'denied', 'data-testid': 'denied-pair', dataset: { source: d.source, target: d.target },
      title: `${actorName(d.source)} → ${actorName(d.target)} (${d.source} → ${d.target}): known only through ${d.claims} denied claim${d.claims === 1 ? '' : 's'}`,
      onclick: () => onEdge(d),
    },
    h('span', { class: 'line dotted' }),
    `${short(actorName(d.source), 22)} → ${short(actorName(d.target), 22)}`, h('small', {}, ` denied only, ${d.claims}`)))));
}

// Marks the selected edge ("SOURCE,TARGET") or actor and fades the rest.
export function highlight(edge, node) {
  if (!cy) return;
  cy.elements().removeClass('selected focus faded near');
  for (const b of listEl.querySelectorAll('button')) {
    const on = edge && `${b.dataset.source},${b.dataset.target}` === edge;
    b.classList.toggle('selected', Boolean(on));
    b.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  if (edge) {
    const [s, t] = edge.split(',');
    const sel = cy.edges().filter((e) => e.data('source') === s && e.data('target') === t);
    if (sel.length === 0) return;
    cy.elements().addClass('faded');
    sel.removeClass('faded').addClass('selected');
    sel.connectedNodes().removeClass('faded').addClass('near');
  } else if (node) {
    const n = cy.getElementById(node);
    if (n.length === 0) return;
    cy.elements().addClass('faded');
    const hood = n.closedNeighborhood();
    hood.removeClass('faded');
    hood.nodes().addClass('near');
    n.addClass('focus');
  }
}

function drawLegend(el) {
  clear(el,
    h('span', { class: 'ramp' }), h('span', {}, 'conflict ← mean Goldstein → cooperation'),
    h('span', { class: 'line' }), h('span', {}, 'asserted'),
    h('span', { class: 'line dashed' }), h('span', {}, 'mostly hedged or anonymous'),
    h('span', { class: 'line dotted' }), h('span', {}, 'only denied'),
    h('span', {}, 'width: number of events · arrow: who acts on whom · hover a node for its name, click it for its relations'));
}
