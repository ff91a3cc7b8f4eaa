// The system map: actors as nodes, relations as edges coloured from
// conflict to cooperation, as wide as they are frequent, dashed where they
// rest on hedged or anonymous words. The layout is seeded, so the same
// data is drawn the same way on every load. Actors may be drawn inside a
// box for their country (`group=nested`: compound nodes whose ids are the
// country's prefix, `RUS*`), merged into one node per country, or alone.
// The same edges are listed as buttons below it, for keyboards, screen
// readers and tests.
import cytoscape from 'cytoscape';
import { goldsteinColor, isUncertain } from './colors.js';
import { clear, h } from './dom.js';
import { CELL, nestedPositions, onCircle, withSeed } from './layout.js';
import { actorName, countryName } from './names.js';

let cy = null;
let listEl = null;

function edgeLabel(e) {
  const g = e.goldstein_mean === null ? 'no score' : `Goldstein ${e.goldstein_mean.toFixed(1)}`;
  const hedged = Math.round(e.hedged_share * 100);
  const anon = Math.round(e.anonymous_share * 100);
  return `${actorName(e.source)} → ${actorName(e.target)} (${e.source} → ${e.target}): ${e.count} event${e.count === 1 ? '' : 's'}, ${g}, ${hedged}% hedged, ${anon}% anonymous`;
}

function short(name, n = 26) {
  return name.length > n ? `${name.slice(0, n - 1)}…` : name;
}

// Inside its country's box an actor needs only its role: "military", not
// "Russia · military"; the country itself is "the state".
function roleLabel(code) {
  const country = countryName(code.slice(0, 3));
  if (code.length === 3) return 'the state';
  const name = actorName(code);
  return name.startsWith(`${country} · `) ? name.slice(country.length + 3) : name;
}

// The countries' boxes of a nested map: one for each country with two or
// more actors on it (a lone actor needs no box), keyed `RUS*`.
function countryBoxes(nodes) {
  const members = new Map();
  for (const n of nodes) {
    const box = `${n.id.slice(0, 3)}*`;
    members.set(box, (members.get(box) || 0) + 1);
  }
  return new Set([...members].filter(([, k]) => k > 1).map(([box]) => box));
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
  drawLegend(legendEl, group);
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
  const nested = group === 'nested';
  const boxes = nested ? countryBoxes(nodes) : new Set();
  const boxOf = (id) => (boxes.has(`${id.slice(0, 3)}*`) ? `${id.slice(0, 3)}*` : undefined);
  const seed = 20250101 + net.edges.length;
  const labelOf = (id) => (id.endsWith('*') ? countryName(id.slice(0, 3)) : short(boxOf(id) ? roleLabel(id) : actorName(id)));
  const placed = nested ? nestedPositions(nodes, net.edges, boxOf, labelOf, seed) : null;
  const elements = [
    ...[...boxes].sort().map((box) => ({ data: { id: box, label: labelOf(box) }, classes: 'country' })),
    ...nodes.map((n, i) => ({
      data: {
        id: n.id,
        parent: boxOf(n.id),
        label: labelOf(n.id),
        full: short(actorName(n.id)),
        events: n.events,
        size: 16 + 30 * Math.sqrt(n.events / maxEvents),
      },
      // Start on a circle in code order: with the seeded generator, the layout depends on the data only.
      position: nested ? placed[n.id] : onCircle(i, nodes.length),
      // Inside a box every actor is named (its cell has room for it); elsewhere the busiest.
      classes: [labelled.has(n.id) || boxOf(n.id) ? 'labelled' : '', boxOf(n.id) ? 'member' : ''].join(' '),
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
          'background-color': '#4b5563',
          color: '#111827', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
        },
      },
      { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
      { selector: 'node.labelled, node.hover, node.focus, node.near', style: { label: 'data(label)' } },
      { selector: 'node.member', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 } },
      {
        selector: 'node.country',
        style: {
          label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -2, 'font-weight': 'bold',
          color: '#1e3a8a', 'background-color': '#eff6ff', 'background-opacity': 0.7, 'border-width': 1.5, 'border-color': '#93c5fd',
          shape: 'round-rectangle', padding: 10, 'text-background-opacity': 0,
          // The box holds its actors; their names, laid out with room of their own, may reach past it.
          'compound-sizing-wrt-labels': 'exclude',
        },
      },
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
      // Zoomed far out, the busiest actors of a box say their country too.
      {
        selector: 'node.member.crowded.labelled, node.member.crowded.hover, node.member.crowded.focus, node.member.crowded.near',
        style: { label: 'data(full)' },
      },
      { selector: 'node.country.focus', style: { 'background-color': '#fef3c7', 'background-opacity': 0.8 } },
      // A label that would fall on another is not drawn (`declutter`); the
      // node hovered, chosen or next to the choice always says its name.
      { selector: 'node.quiet', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
      { selector: 'node.quiet.hover, node.quiet.focus', style: { 'text-opacity': 1, 'text-background-opacity': 0.85 } },
      { selector: 'node.country.quiet.hover, node.country.quiet.focus', style: { 'text-background-opacity': 0 } },
    ],
  });
  if (nested) {
    cy.fit(undefined, 30);
  } else {
    withSeed(seed, () => cy.elements().not('.denied').layout(nodes.length > 2
      ? { name: 'cose', animate: false, randomize: false, fit: true, padding: 30, nodeRepulsion: () => 2500000, idealEdgeLength: () => 120,
          nodeOverlap: 60, gravity: 0.6, numIter: 1500, componentSpacing: 40, nestingFactor: 1 }
      : { name: 'circle', padding: 40 }).run());
  }
  // Labels keep a readable size on screen (at least 12 px) however far the
  // map is zoomed out; cytoscape would otherwise shrink them with it. A
  // box's actors, whose names would then overlap when their rows are under
  // 9 px apart, are left to hover and selection, bar the busiest, which
  // then say their country too.
  const readable = () => {
    const zoom = cy.zoom();
    cy.style()
      .selector('node').style('font-size', 12 / Math.min(1, zoom))
      .selector('node.country').style('font-size', 13 / Math.min(1, zoom))
      .update();
    if (nested) {
      cy.batch(() => {
        const crowded = CELL.h * zoom < 9;
        cy.nodes('.member').forEach((n) => n.toggleClass('labelled', !crowded || labelled.has(n.id())).toggleClass('crowded', crowded));
      });
    }
    declutter();
  };
  readable();
  // A wheel sends many zoom events: the labels are sorted out once it stops.
  let settle = null;
  cy.on('zoom', () => {
    clearTimeout(settle);
    settle = setTimeout(readable, 60);
  });
  cy.on('tap', 'edge', (evt) => {
    const id = evt.target.id();
    onEdge((id.startsWith('d') ? denied : net.edges)[Number(id.slice(1))]);
  });
  // A tap on an actor inside a box reaches the box too (cytoscape's events
  // bubble to the parent): only the node tapped answers.
  cy.on('tap', 'node', (evt) => {
    evt.stopPropagation();
    onNode(evt.target.id());
  });
  const tip = h('div', { class: 'graph-tip', role: 'tooltip' });
  graphEl.append(tip);
  cy.on('mouseover', 'node', (evt) => {
    const n = evt.target;
    n.addClass('hover');
    const p = n.renderedPosition();
    const info = nodes.find((x) => x.id === n.id());
    tip.textContent = n.hasClass('country')
      ? `${n.data('label')}: ${n.children().length} actors on the map; click for all its relations`
      : `${actorName(n.id())} (${n.id()}), ${info.events} events`;
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
    // The labels drawn, where they are drawn: none may overlap another.
    labels: () => cy.nodes().filter(drawsLabel).map((n) => ({ id: n.id(), text: n.style('label'), box: labelBox(n) })),
    // Fits the view to one node or box, as a user zooms in on it.
    zoomTo: (id) => {
      cy.fit(cy.getElementById(id), 80);
      clearTimeout(settle);
      readable();
      return cy.zoom();
    },
    // Zooms about the middle of the map by `factor`, labels sorted out at once.
    zoomBy: (factor) => {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      clearTimeout(settle);
      readable();
      return cy.zoom();
    },
    // The point of a box farthest from its actors and from the relations
    // crossing it (a click on one opens the relation), from a grid of points in it.
    clearestBoxPoint: (id) => {
      const b = cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
      const kids = cy.getElementById(id).children().map((n) => ({ p: n.renderedPosition(), r: n.renderedWidth() / 2 }));
      // Each edge as two straight pieces, through its midpoint.
      const pieces = cy.edges().flatMap((e) => {
        const [a, m, z] = [e.renderedSourceEndpoint(), e.renderedMidpoint(), e.renderedTargetEndpoint()];
        return [[a, m], [m, z]];
      });
      const toPiece = (x, y, [a, z]) => {
        const [dx, dy] = [z.x - a.x, z.y - a.y];
        const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(a.x + t * dx - x, a.y + t * dy - y);
      };
      let best = { room: -Infinity };
      for (let i = 1; i < 20; i++) {
        for (let j = 1; j < 20; j++) {
          const x = b.x1 + (b.w * i) / 20;
          const y = b.y1 + (b.h * j) / 20;
          const room = Math.min(...kids.map(({ p, r }) => Math.hypot(p.x - x, p.y - y) - r), ...pieces.map((q) => toPiece(x, y, q) - 4));
          if (room > best.room) best = { x, y, room };
        }
      }
      return best;
    },
    // The countries' boxes of a nested map: where each is drawn, and its actors.
    boxes: () => cy.nodes('.country').map((n) => ({
      id: n.id(), box: n.renderedBoundingBox({ includeLabels: false }), actors: n.children().map((c) => c.id()),
    })),
    // The edge whose midpoint lies farthest from every node and every other
    // edge's midpoint: a click there can only mean that edge.
    // Its source and target are the drawn edge's own: the drawn edges
    // (denied pairs left out) need not be in the order of `net.edges`.
    clearestEdge: () => {
      const drawn = cy.edges().not('.denied').map((e) => ({ m: e.renderedMidpoint(), source: e.data('source'), target: e.data('target') }));
      const mids = drawn.map((d) => d.m);
      const pts = cy.nodes().map((n) => ({ p: n.renderedPosition(), r: n.renderedWidth() / 2 }));
      let best = { index: 0, room: -Infinity };
      drawn.forEach(({ m, source, target }, i) => {
        const fromNodes = Math.min(...pts.map(({ p, r }) => Math.hypot(p.x - m.x, p.y - m.y) - r));
        const fromEdges = Math.min(Infinity, ...mids.filter((_, j) => j !== i).map((o) => Math.hypot(o.x - m.x, o.y - m.y)));
        const room = Math.min(fromNodes, fromEdges);
        if (room > best.room) best = { index: i, room, x: m.x, y: m.y, source, target };
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
    // A country's box: its actors' relations, and whom they reach.
    const members = n.union(n.children());
    const edges = members.connectedEdges();
    const hood = members.union(edges).union(edges.connectedNodes());
    hood.union(hood.parents()).removeClass('faded');
    hood.nodes().not(n).addClass('near');
    n.addClass('focus');
  }
  declutter();
}

// Whether a node's label is drawn: it has one and it is not quieted.
function drawsLabel(n) {
  return n.style('label') !== '' && !n.hasClass('quiet');
}

// A node's label on screen, as cytoscape lays it out.
function labelBox(n) {
  return n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
}

// Keeps the labels clear of each other: the chosen node and its
// neighbours first, then the countries' boxes, the biggest first (the box
// an eye finds first zoomed out), then the actors by how busy they are; a
// label that would overlap one already kept is not drawn (its name comes
// back on hover). Zoomed out, a box's name would otherwise run over its
// neighbours' and its own actors'.
function declutter() {
  if (!cy) return;
  const rank = (n) => (n.hasClass('focus') ? 0 : n.hasClass('near') ? 1 : n.hasClass('country') ? 2 : 3);
  const size = (n) => (n.hasClass('country') ? n.children().length : 0);
  const busy = (n) => (n.hasClass('country') ? n.children().reduce((k, c) => k + c.data('events'), 0) : n.data('events'));
  cy.batch(() => {
    cy.nodes().removeClass('quiet');
    const kept = [];
    const order = cy.nodes().filter((n) => n.style('label') !== '')
      .sort((a, b) => rank(a) - rank(b) || size(b) - size(a) || busy(b) - busy(a) || (a.id() < b.id() ? -1 : 1));
    order.forEach((n) => {
      const b = labelBox(n);
      if (kept.some((k) => b.x1 < k.x2 && k.x1 < b.x2 && b.y1 < k.y2 && k.y1 < b.y2)) n.addClass('quiet');
      else kept.push(b);
    });
  });
}

function drawLegend(el, group) {
  clear(el,
    h('span', { class: 'ramp' }), h('span', {}, 'conflict ← mean Goldstein → cooperation'),
    h('span', { class: 'line' }), h('span', {}, 'asserted'),
    h('span', { class: 'line dashed' }), h('span', {}, 'mostly hedged or anonymous'),
    h('span', { class: 'line dotted' }), h('span', {}, 'only denied'),
    h('span', {}, 'width: number of events · arrow: who acts on whom · hover a node for its name, click it for its relations'),
    group === 'nested' ? h('span', {}, '· a box holds one country\'s actors: click it for all their relations') : null);
}
