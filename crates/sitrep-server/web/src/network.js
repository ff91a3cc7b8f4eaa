// The system map: actors as nodes, relations as edges coloured from
// conflict to cooperation, as wide as they are frequent, dashed where they
// rest on hedged or anonymous words. The same edges are listed as buttons
// below it, for keyboards, screen readers and tests.
import cytoscape from 'cytoscape';
import { goldsteinColor, isUncertain } from './colors.js';
import { clear, h } from './dom.js';

let cy = null;

function edgeLabel(e) {
  const g = e.goldstein_mean === null ? 'no score' : `Goldstein ${e.goldstein_mean.toFixed(1)}`;
  const hedged = Math.round(e.hedged_share * 100);
  const anon = Math.round(e.anonymous_share * 100);
  return `${e.source} → ${e.target}: ${e.count} event${e.count === 1 ? '' : 's'}, ${g}, ${hedged}% hedged, ${anon}% anonymous`;
}

export function drawNetwork({ graphEl, listEl, countEl, legendEl }, net, onEdge) {
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
  const maxCount = Math.max(...net.edges.map((e) => e.count));
  const maxEvents = Math.max(...net.nodes.map((n) => n.events));
  const elements = [
    ...net.nodes.map((n) => ({
      data: { id: n.id, label: n.id, title: n.label || n.id, size: 18 + 30 * Math.sqrt(n.events / maxEvents) },
    })),
    ...net.edges.map((e, i) => ({
      data: {
        id: `e${i}`,
        source: e.source,
        target: e.target,
        width: 1.5 + 8 * Math.sqrt(e.count / maxCount),
        color: goldsteinColor(e.goldstein_mean),
        style: isUncertain(e) ? 'dashed' : 'solid',
        edge: e,
      },
    })),
  ];
  cy = cytoscape({
    container: graphEl,
    elements,
    wheelSensitivity: 0.3,
    layout: net.nodes.length > 2
      ? { name: 'cose', animate: false, padding: 20, randomize: true, nodeRepulsion: () => 600000, idealEdgeLength: () => 60,
          nodeOverlap: 40, gravity: 0.4, numIter: 2000, componentSpacing: 60 }
      : { name: 'circle', padding: 40 },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#4b5563',
          color: '#111827', 'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'line-style': 'data(style)',
          'line-dash-pattern': [6, 4], opacity: 0.85, 'arrow-scale': 0.9,
        },
      },
      { selector: 'edge.selected', style: { opacity: 1, 'underlay-color': '#facc15', 'underlay-opacity': 0.6, 'underlay-padding': 4 } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#facc15' } },
    ],
  });
  const select = (i) => {
    cy.edges().removeClass('selected');
    cy.getElementById(`e${i}`).addClass('selected');
    for (const b of listEl.querySelectorAll('button')) b.classList.toggle('selected', b.dataset.index === String(i));
    onEdge(net.edges[i]);
  };
  cy.on('tap', 'edge', (evt) => select(Number(evt.target.id().slice(1))));
  // For the end-to-end test: where edge i is drawn, so that it can click the
  // canvas itself rather than the list.
  window.sitrepGraph = {
    edgeMidpoint: (i) => cy.getElementById(`e${i}`).renderedMidpoint(),
    // The edge whose midpoint lies farthest from every node and every other
    // edge's midpoint: a click there can only mean that edge.
    clearestEdge: () => {
      const mids = cy.edges().map((e) => e.renderedMidpoint());
      const nodes = cy.nodes().map((n) => ({ p: n.renderedPosition(), r: n.renderedWidth() / 2 }));
      let best = { index: 0, room: -Infinity };
      mids.forEach((m, i) => {
        const fromNodes = Math.min(...nodes.map(({ p, r }) => Math.hypot(p.x - m.x, p.y - m.y) - r));
        const fromEdges = Math.min(Infinity, ...mids.filter((_, j) => j !== i).map((o) => Math.hypot(o.x - m.x, o.y - m.y)));
        const room = Math.min(fromNodes, fromEdges);
        if (room > best.room) best = { index: i, room, x: m.x, y: m.y, source: net.edges[i].source, target: net.edges[i].target };
      });
      return best;
    },
  };
  clear(listEl, net.edges.map((e, i) =>
    h('li', {},
      h('button', {
        type: 'button', 'data-testid': 'edge', dataset: { index: i, source: e.source, target: e.target },
        title: edgeLabel(e), onclick: () => select(i),
      },
      h('span', { class: `line ${isUncertain(e) ? 'dashed' : ''}`, style: `border-color:${goldsteinColor(e.goldstein_mean)}` }),
      `${e.source} → ${e.target}`, h('small', {}, ` ${e.count}`)))));
}

function drawLegend(el) {
  clear(el,
    h('span', { class: 'ramp' }), h('span', {}, 'conflict ← mean Goldstein → cooperation'),
    h('span', { class: 'line' }), h('span', {}, 'asserted'),
    h('span', { class: 'line dashed' }), h('span', {}, 'mostly hedged or anonymous'),
    h('span', {}, 'width: number of events'));
}
