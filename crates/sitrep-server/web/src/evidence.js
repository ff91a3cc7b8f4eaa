// The events behind one relation or one actor, each with its sentence and
// evidence, and the relation's trend over time.
import { claimParams, get, params } from './api.js';
import { goldsteinColor } from './colors.js';
import { clear, h, marked } from './dom.js';
import { whereText } from './filters.js';
import { actorName, cameoName, countryName } from './names.js';
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

// Claims shown beside a relation or an actor: the best attested first.
const CLAIMS_SHOWN = 10;

// The claims of a relation or an actor (`extra` names them) under the
// page's other filters and claim statuses; each opens in the claims panel.
function claimsOf(view, extra) {
  return get('/api/claims', claimParams(view, { ...extra, sort: 'outlets', limit: CLAIMS_SHOWN }));
}

function claimList(claims, onClaim) {
  if (claims.claims.length === 0) return h('p', { class: 'muted', 'data-testid': 'related-claims-none' }, 'No claims under these filters.');
  const n = `${claims.total.toLocaleString('en')}${claims.total_capped ? '+' : ''}`;
  return h('details', { open: true, 'data-testid': 'related-claims' },
    h('summary', {}, `${n} claim${claims.total === 1 ? '' : 's'}`, claims.total > claims.claims.length ? `, the ${claims.claims.length} with most outlets shown` : ''),
    h('ul', { class: 'node-relations' }, claims.claims.map((c) => h('li', {},
      h('span', { class: `status s-${c.status}` }, c.status), ' ',
      h('button', { type: 'button', class: 'link', 'data-testid': 'related-claim', dataset: { id: c.id }, onclick: () => onClaim(c.id) }, `“${c.text}”`),
      h('small', { class: 'muted' }, ` ${c.independent_outlets} outlet${c.independent_outlets === 1 ? '' : 's'}`)))));
}

// One relation: its trend both ways, its claims and its events.
export async function showEdge({ evidenceEl, trendEl }, view, edge, prefix, current, { onDocument, onClaim }) {
  const code = (c) => (prefix ? `${c}*` : c);
  clear(evidenceEl, h('p', { class: 'muted' }, `Loading ${actorName(edge.source)} → ${actorName(edge.target)}…`));
  const base = { ...view, actor: '', country: '' };
  const pair = { source: code(edge.source), target: code(edge.target) };
  const [page, claims] = await Promise.all([
    get('/api/event-rows', params(base, { ...pair, sentences: true, limit: 50 }, { narrowing: true })),
    claimsOf(base, pair),
    drawTrend(trendEl, base, code(edge.source), code(edge.target), current),
  ]);
  if (!current()) return;
  clear(evidenceEl,
    h('h3', { 'data-testid': 'evidence-title', dataset: { source: edge.source, target: edge.target } },
      `${actorName(edge.source)} → ${actorName(edge.target)}`, h('small', {}, ` ${edge.source} → ${edge.target}`, count(page))),
    claimList(claims, onClaim),
    list(page, onDocument));
}

// A pair of actors chosen by hand, not only from the map's busiest
// relations: the actor against any code typed (the codes of the store are
// offered), drawn as a relation.
function compareForm(node, onEdge) {
  const input = h('input', { name: 'other', list: 'actor-codes', required: true, size: 12, placeholder: 'FRAGOV', pattern: '[A-Za-z0-9\\-]{3,24}',
    title: 'an actor code, 3 to 24 letters, digits or - (---GOV: a government of no named country)', 'data-testid': 'node-compare-with' });
  return h('form', { class: 'compare', 'data-testid': 'node-compare', onsubmit: (e) => {
    e.preventDefault();
    const other = input.value.trim().toUpperCase();
    if (e.target.reportValidity() && other !== node) onEdge({ source: node, target: other });
  } }, h('label', {}, `Compare ${actorName(node)} with `, input), ' ', h('button', { type: 'submit' }, 'Show the pair'));
}

// One actor: its trend against everyone, its relations on the map, a way
// to filter to it or compare it with another, its claims and its events.
export async function showNode({ evidenceEl, trendEl }, view, node, prefix, edges, current, { onEdge, onFilter, onDocument, onClaim, compare = true }) {
  const actor = prefix ? `${node}*` : node;
  const base = { ...view, actor: '', country: '' };
  const [page, claims] = await Promise.all([
    get('/api/event-rows', params(base, { actor, sentences: true, limit: 50 }, { narrowing: true })),
    claimsOf(base, { actor }),
    drawTrend(trendEl, base, actor, null, current),
  ]);
  if (!current()) return;
  const relations = [...edges].sort((a, b) => b.count - a.count).map((e) =>
    h('li', {}, h('button', { type: 'button', class: 'link', 'data-testid': 'node-relation', onclick: () => onEdge(e) },
      `${actorName(e.source)} → ${actorName(e.target)}`), h('small', {}, ` ${e.count}`)));
  clear(evidenceEl,
    h('h3', { 'data-testid': 'node-title', dataset: { node } }, actorName(node), h('small', {}, ` ${node}`, count(page))),
    h('p', {}, h('button', { type: 'button', 'data-testid': 'node-filter', onclick: () => onFilter(node) }, `Filter everything to ${actorName(node)}`)),
    compare ? compareForm(node, onEdge) : null,
    relations.length ? h('details', { open: true }, h('summary', {}, `${relations.length} relation${relations.length === 1 ? '' : 's'} on the map`), h('ul', { class: 'node-relations' }, relations)) : null,
    claimList(claims, onClaim),
    list(page, onDocument));
}

// The places the location filters select (a place or group clicked on the
// map, a division, a country): the busiest of them, each of which can
// widen the page to its division or country, and their events.
export async function showPlace({ evidenceEl, trendEl }, view, current, { onWhere, onDocument }) {
  const [page, located] = await Promise.all([
    get('/api/event-rows', params(view, { sentences: true, limit: 50 }, { narrowing: true })),
    get('/api/locations', params(view, { limit: 12 }, { narrowing: true })),
  ]);
  if (!current()) return;
  clear(trendEl);
  const widen = (label, where, testid) => h('button', { type: 'button', class: 'link', 'data-testid': testid, onclick: () => onWhere(where) }, label);
  const places = located.places.map((p) => h('li', { 'data-testid': 'place-item' },
    h('span', { class: 'swatch', style: `background:${goldsteinColor(p.goldstein_mean)}` }), ' ',
    h('strong', {}, p.name), h('small', { class: 'muted' }, ` ${p.count}`), ' ',
    p.admin1 && p.country && p.admin1 !== p.name
      ? widen(`all of ${p.admin1}`, { loc_country: p.country, loc_admin1: p.admin1, place: `${p.admin1}, ${countryName(p.country)}` }, 'place-admin1') : null, ' ',
    p.country ? widen(`all of ${countryName(p.country)}`, { loc_country: p.country, place: countryName(p.country) }, 'place-country') : null));
  clear(evidenceEl,
    h('h3', { 'data-testid': 'place-title' }, `Events at ${whereText(view)}`, h('small', {}, count(page))),
    h('p', {}, h('button', { type: 'button', 'data-testid': 'place-clear', onclick: () => onWhere({}) }, 'Events anywhere')),
    places.length ? h('details', { open: true }, h('summary', {}, `${located.places.length} place${located.places.length === 1 ? '' : 's'}`,
      located.places.length < 12 ? '' : ', the busiest'), h('ul', { class: 'node-relations place-list' }, places)) : null,
    page.rows.length ? list(page, onDocument) : h('p', { class: 'empty' }, 'No event here under the other filters.'));
}
