// The events behind one relation or one actor, each with its sentence and
// evidence, and the relation's trend over time.
import { get, params } from './api.js';
import { goldsteinColor } from './colors.js';
import { clear, h, marked } from './dom.js';
import { actorName, cameoName } from './names.js';
import { drawTrend } from './trend.js';

export function certaintyBadge(c, n) {
  return h('span', { class: `badge c-${c}` }, n ? `${c} ×${n}` : c);
}

export function attributionText(a) {
  if (!a || a.kind === 'none') return 'no source given';
  return a.text ? `${a.kind.replace('_', ' ')}: “${a.text}”` : a.kind.replace('_', ' ');
}

// A day as precise as the event's date: "2025-03" for a month, "2025" for a year.
export function dayText(day, precision) {
  if (!day) return 'undated';
  if (precision === 'year') return `${day.slice(0, 4)} (year only)`;
  if (precision === 'month') return `${day.slice(0, 7)} (month only)`;
  return day;
}

function item(e, openDocument) {
  const sentence = e.context ? marked(e.context.sentence, [{ start: e.context.evidence_utf16[0], end: e.context.evidence_utf16[1] }]) : [h('mark', {}, e.evidence)];
  return h('li', { class: 'evidence-item', 'data-testid': 'evidence-item' },
    h('div', { class: 'meta' },
      h('span', { class: 'code', style: `border-color:${goldsteinColor(e.goldstein)}`, title: cameoName(e.cameo) }, e.cameo),
      h('span', {}, cameoName(e.cameo)),
      e.plover_type ? h('span', { class: 'plover' }, e.plover_type.toLowerCase()) : null,
      certaintyBadge(e.certainty),
      h('span', { class: 'day' }, dayText(e.day, e.date_precision))),
    h('div', { class: 'meta' }, h('span', { title: e.source || '' }, e.source ? actorName(e.source) : (e.source_text || '—')), '→',
      h('span', { title: e.target || '' }, e.target ? actorName(e.target) : (e.target_text || '—'))),
    h('blockquote', { 'data-testid': 'evidence-sentence' }, sentence),
    h('div', { class: 'meta' },
      h('span', {}, attributionText({ kind: e.attribution_kind, text: e.attribution_text })),
      h('button', { type: 'button', class: 'link', onclick: () => openDocument(e.doc, e.id) },
        `${e.outlet || 'unknown outlet'}${e.day ? ', ' + e.day : ''} — read the report`)));
}

function list(page, openDocument) {
  return h('ol', { class: 'evidence-list', 'data-testid': 'evidence-list' }, page.rows.map((e) => item(e, openDocument)));
}

function count(page) {
  const n = `${page.total}${page.total_capped ? '+' : ''}`;
  return ` ${n} event${page.total === 1 ? '' : 's'}` + (page.total > page.rows.length ? `, first ${page.rows.length} shown` : '');
}

// One relation: its trend both ways, and its events.
export async function showEdge({ evidenceEl, trendEl }, view, edge, prefix, current, openDocument) {
  const code = (c) => (prefix ? `${c}*` : c);
  clear(evidenceEl, h('p', { class: 'muted' }, `Loading ${actorName(edge.source)} → ${actorName(edge.target)}…`));
  const base = { ...view, actor: '', country: '' };
  const [page] = await Promise.all([
    get('/api/event-rows', params(base, { source: code(edge.source), target: code(edge.target), sentences: true, limit: 50 }, { narrowing: true })),
    drawTrend(trendEl, base, code(edge.source), code(edge.target), current),
  ]);
  if (!current()) return;
  clear(evidenceEl,
    h('h3', { 'data-testid': 'evidence-title', dataset: { source: edge.source, target: edge.target } },
      `${actorName(edge.source)} → ${actorName(edge.target)}`, h('small', {}, ` ${edge.source} → ${edge.target}`, count(page))),
    list(page, openDocument));
}

// One actor: its relations on the map, a way to filter to it, its events.
export async function showNode({ evidenceEl, trendEl }, view, node, prefix, edges, current, { onEdge, onFilter, onDocument }) {
  clear(trendEl);
  const actor = prefix ? `${node}*` : node;
  const page = await get('/api/event-rows', params({ ...view, actor: '', country: '' }, { actor, sentences: true, limit: 50 }, { narrowing: true }));
  if (!current()) return;
  const relations = [...edges].sort((a, b) => b.count - a.count).map((e) =>
    h('li', {}, h('button', { type: 'button', class: 'link', 'data-testid': 'node-relation', onclick: () => onEdge(e) },
      `${actorName(e.source)} → ${actorName(e.target)}`), h('small', {}, ` ${e.count}`)));
  clear(evidenceEl,
    h('h3', { 'data-testid': 'node-title', dataset: { node } }, actorName(node), h('small', {}, ` ${node}`, count(page))),
    h('p', {}, h('button', { type: 'button', 'data-testid': 'node-filter', onclick: () => onFilter(node) }, `Filter everything to ${actorName(node)}`)),
    relations.length ? h('details', { open: true }, h('summary', {}, `${relations.length} relation${relations.length === 1 ? '' : 's'} on the map`), h('ul', { class: 'node-relations' }, relations)) : null,
    list(page, onDocument));
}
