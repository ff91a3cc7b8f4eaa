// The dashboard: the view lives in the URL's fragment (filters, selection,
// sorting, the open document); every change of it, from a control, a link,
// Back/Forward or an edited URL, redraws what it touches. Each panel loads
// on its own and shows its own progress.
import './app.css';
import { claimParams, fromHash, get, LOCATION_FILTERS, params, toHash } from './api.js';
import { CLAIMS_PER_PAGE, drawClaimDetail, drawClaims } from './claims.js';
import { openDocument } from './docview.js';
import { clear, h } from './dom.js';
import { showEdge, showNode, showPlace } from './evidence.js';
import { fillFilters, readFilters, writeFilters } from './filters.js';
import { drawMap, followView } from './map.js';
import { actorName } from './names.js';
import { drawNetwork, highlight } from './network.js';
import { panel } from './panels.js';
import { drawEvents } from './table.js';
import { drawTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
let view = fromHash(location.hash);
let stats = null;
let network = null;
const drawn = {};

// Moves to a new view: a history entry of its own (so Back returns to the
// previous one), or in place for changes not worth one.
function go(next, { replace = false } = {}) {
  const hash = toHash(next);
  const url = hash || `${location.pathname}${location.search}`;
  if (hash !== location.hash) (replace ? history.replaceState : history.pushState).call(history, null, '', url);
  view = next;
  render();
}

// The view narrowed to a place (`where` holds bbox, loc_country,
// loc_admin1, the place's name and the map's zoom on it; an empty one means
// anywhere, the whole world), with the selection and pages that belonged to
// the old one dropped.
function withWhere(v, where) {
  const next = { ...v, place: where.place || '', map: where.map || '', edge: '', node: '', page: 0, cpage: 0 };
  for (const k of LOCATION_FILTERS) next[k] = where[k] || '';
  return next;
}

function filterKey(v) {
  return params(v, {}, { narrowing: true }).toString();
}

function render() {
  writeFilters($('filters'), view, { onClearWhere: () => go(withWhere(view, {})) });
  const key = filterKey(view);
  const netKey = `${key}|${view.group}|${view.cross}|${view.top}`;
  if (drawn.filters !== key) {
    drawn.filters = key;
    loadTimeline();
    loadMap();
  } else {
    followView(view);
  }
  if (drawn.network !== netKey) {
    drawn.network = netKey;
    drawn.selection = null;
    loadNetwork();
  } else if (network) {
    selectionChanged();
  }
  const eventsKey = `${key}|${view.sort}|${view.page}`;
  if (drawn.events !== eventsKey) {
    drawn.events = eventsKey;
    loadEvents();
  }
  const claimsKey = `${key}|${view.status}|${view.csort}|${view.cpage}`;
  if (drawn.claims !== claimsKey) {
    drawn.claims = claimsKey;
    loadClaims();
  } else {
    markClaim();
  }
  if (drawn.claim !== view.claim) {
    drawn.claim = view.claim;
    loadClaim();
  }
  if (drawn.doc !== view.doc) {
    drawn.doc = view.doc;
    const dialog = $('document');
    // `doc=12` opens report 12; `doc=12.345` also puts its event 345 in focus.
    const [docId, eventId] = view.doc.split('.').map(Number);
    if (docId) openDocument(dialog, $('document-body'), docId, eventId || null, showDocument);
    else if (dialog.open) dialog.close();
  }
}

function loadTimeline() {
  panel('timeline', async (current) => {
    const series = await get('/api/series', params(view, { interval: 'auto' }, { narrowing: true }));
    if (!current()) return;
    drawTimeline($('timeline'), $('timeline-note'), series, (from, to) => go({ ...view, from, to, page: 0, cpage: 0 }));
  }, $('timeline'), $('timeline-note'));
}

function loadNetwork() {
  panel('network', async (current) => {
    // Nested boxes are drawn from the actors' network.
    const extra = { max_edges: view.top, group: view.group === 'country' ? 'country' : 'actor', cross_border: view.cross ? 'true' : '' };
    const net = await get('/api/network', params(view, extra, { narrowing: true }));
    if (!current()) return;
    network = net;
    // The period the map is drawn for, when the timeline (or the dates) chose one.
    $('graph-period').textContent = periodText(view);
    drawNetwork({ graphEl: $('graph'), listEl: $('edge-list'), countEl: $('edge-count'), legendEl: $('graph-legend') }, net, {
      onEdge: (e) => go({ ...view, edge: `${e.source},${e.target}`, node: '' }),
      onNode: (id) => go({ ...view, node: id, edge: '' }),
      group: view.group,
      cross: view.cross,
    });
    selectionChanged();
  }, $('graph'), $('edge-list'), $('edge-count'), $('graph-legend'));
}

function periodText(v) {
  if (v.from && v.to) return v.from === v.to ? `, on ${v.from}` : `, from ${v.from} to ${v.to}`;
  if (v.from) return `, from ${v.from}`;
  return v.to ? `, up to ${v.to}` : '';
}

// The edge or actor chosen, drawn on the map and read in the evidence panel.
function selectionChanged() {
  const key = `${filterKey(view)}|${view.group}|${view.edge}|${view.node}`;
  highlight(view.edge, view.node);
  if (drawn.selection === key) return;
  drawn.selection = key;
  const merged = view.group === 'country';
  if (view.edge) {
    const prefix = merged;
    const [source, target] = view.edge.split(',');
    const edge = (network && network.edges.find((e) => e.source === source && e.target === target)) || { source, target };
    panel('evidence', (current) => showEdge({ evidenceEl: $('evidence'), trendEl: $('trend') }, view, edge, prefix, current, {
      onDocument: showDocument, onClaim: showClaim,
    }), $('evidence'));
  } else if (view.node) {
    // `RUS*` is a country's box on a nested map: every actor of Russia.
    const box = view.node.endsWith('*');
    const code = view.node.replace(/\*$/, '');
    const prefix = merged || box;
    const touches = (c) => (box ? c.startsWith(code) : c === code);
    const edges = network ? network.edges.filter((e) => touches(e.source) || touches(e.target)) : [];
    panel('evidence', (current) => showNode({ evidenceEl: $('evidence'), trendEl: $('trend') }, view, code, prefix, edges, current, {
      onEdge: (e) => go({ ...view, edge: `${e.source},${e.target}`, node: '' }),
      onFilter: (c) => go({ ...view, actor: prefix ? `${c}*` : c, node: '', edge: '', page: 0, cpage: 0 }),
      onDocument: showDocument,
      onClaim: showClaim,
      // A pair is drawn between actors, or between countries on a merged
      // map; a box's country against one actor is neither.
      compare: !box,
    }), $('evidence'));
  } else if (LOCATION_FILTERS.some((k) => view[k])) {
    panel('evidence', (current) => showPlace({ evidenceEl: $('evidence'), trendEl: $('trend') }, view, current, {
      onWhere: (where) => go(withWhere(view, where)),
      onDocument: showDocument,
    }), $('evidence'));
  } else {
    clear($('trend'));
    clear($('evidence'), h('p', { class: 'empty' }, 'Click a relation in the system map (or in the list under it) to read the sentences behind it, an actor to see its relations, or a place on the map to read what happened there.'));
  }
}

function loadEvents() {
  panel('events', async (current) => {
    const page = await get('/api/event-rows', params(view, { sort: view.sort || '-day', limit: 25, offset: view.page * 25 }, { narrowing: true }));
    if (!current()) return;
    drawEvents($('events'), $('events-note'), page, view, {
      onSort: (sort) => go({ ...view, sort, page: 0 }),
      onPage: (p) => go({ ...view, page: p }),
      onDocument: showDocument,
    });
  }, $('events'), $('events-note'));
}

function loadClaims() {
  // A claim matches when one of its readings meets every filter, so a row
  // may show other codes than the filter's (a one-sided reading in a
  // two-sided claim, or a claim worded by another of its readings).
  const filtered = filterKey(view) !== '';
  $('claims-note').textContent = filtered
    ? 'A claim is listed when one of its readings, supporting or denying, meets every filter; its own codes and wording may differ.'
    : '';
  panel('claims', async (current) => {
    const query = claimParams(view, { sort: view.csort || 'outlets', limit: CLAIMS_PER_PAGE, offset: view.cpage * CLAIMS_PER_PAGE });
    const claims = await get('/api/claims', query);
    if (!current()) return;
    drawClaims($('claims'), claims, view, {
      onSort: (csort) => go({ ...view, csort, cpage: 0 }),
      onPage: (cpage) => go({ ...view, cpage }),
      onClaim: showClaim,
    });
  }, $('claims'));
}

// The row of the claim in the URL, marked in the table.
function markClaim() {
  for (const row of document.querySelectorAll('[data-testid=claim]')) row.classList.toggle('selected', row.dataset.id === view.claim);
}

// The claim of `claim=ID`: its readings by stance and outlet, over the table.
function loadClaim() {
  markClaim();
  const el = $('claim-detail');
  if (!view.claim) {
    clear(el);
    return;
  }
  panel('claim', async (current) => {
    const d = await get(`/api/claims/${encodeURIComponent(view.claim)}`);
    if (!current()) return;
    drawClaimDetail(el, d, { onClose: () => go({ ...view, claim: '' }), openDocument: showDocument });
    el.scrollIntoView({ block: 'nearest' });
  }, el);
}

function loadMap() {
  panel('map', async (current) => {
    const located = await get('/api/locations', params(view, {}, { narrowing: true }));
    if (!current()) return;
    // A place or group keeps the location's country and division filters
    // and sets the box; a country replaces them all.
    drawMap($('map'), located, view, {
      onNarrow: (where) => go(withWhere(view, where.bbox ? { loc_country: view.loc_country, loc_admin1: view.loc_admin1, ...where } : where)),
      // Zooming is no step to go Back to: the link follows it in place.
      onZoom: (map) => go({ ...view, map }, { replace: true }),
    });
  }, $('map'));
}

function showClaim(id) {
  go({ ...view, claim: String(id) });
}

function showDocument(docId, eventId) {
  go({ ...view, doc: eventId ? `${docId}.${eventId}` : String(docId) });
}

function showStats() {
  clear($('stats'),
    `${stats.documents} reports (${stats.duplicates} copies) · ${stats.events} events · ${stats.actors} actors`,
    stats.first_day ? ` · ${stats.first_day} to ${stats.last_day}` : '');
}

async function start() {
  const form = $('filters');
  try {
    const [s, vocabulary, actors] = await Promise.all([
      get('/api/stats'), get('/api/vocabulary'), get('/api/actors', new URLSearchParams({ limit: 1000 })),
    ]);
    stats = s;
    showStats();
    fillFilters(form, stats, vocabulary);
    $('actor-codes').append(...actors.actors.map((a) => h('option', { value: a.code }, actorName(a.code))));
  } catch (err) {
    $('filter-error').textContent = `The API did not answer: ${err.message}`;
    document.body.dataset.ready = 'true';
    return;
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    go({ ...view, ...readFilters(form), page: 0, cpage: 0, edge: '', node: '' });
  });
  $('reset').addEventListener('click', () => go(fromHash('')));
  $('net-group').addEventListener('change', (e) => go({ ...view, group: e.target.value, edge: '', node: '' }));
  $('net-cross').addEventListener('change', (e) => go({ ...view, cross: e.target.checked }));
  $('net-top').addEventListener('change', (e) => go({ ...view, top: Number(e.target.value) }));
  $('net-clear').addEventListener('click', () => go({ ...view, edge: '', node: '' }));
  $('document').addEventListener('close', () => {
    if (view.doc) go({ ...view, doc: '' }, { replace: true });
  });
  // Back/Forward fire popstate, an edited URL fires hashchange; both mean
  // "read the fragment again", and render() redraws only what changed.
  const reread = () => {
    view = fromHash(location.hash);
    render();
  };
  window.addEventListener('popstate', reread);
  window.addEventListener('hashchange', reread);
  render();
}

start();
