// The claims table: each statement across the reports that carry it, with
// its status, independent outlets and denials; sorted and paged by the
// server, downloadable for the current filter, and each claim's detail (its
// readings by stance and outlet) behind a permalink (`claim=ID`).
import { claimParams } from './api.js';
import { attributionText, certaintyBadge } from './evidence.js';
import { clear, h } from './dom.js';
import { actorName, cameoName } from './names.js';
import { pagerOf } from './table.js';

// Claims per page of the table.
export const CLAIMS_PER_PAGE = 50;

// The orders the API offers (`sort`), with the column that shows each.
const SORTS = [
  { key: 'status', label: 'Status' },
  { key: 'outlets', label: 'Outlets' },
  { key: 'recency', label: 'Seen' },
];

function actorCell(code) {
  return code ? h('span', { title: code }, actorName(code)) : h('span', { class: 'muted' }, '—');
}

function seen(c) {
  return c.first_seen === c.last_seen ? c.first_seen || '—' : `${c.first_seen} – ${c.last_seen}`;
}

function head(c) {
  return h('div', { class: 'claim-head' }, actorCell(c.source), ' ',
    h('span', { class: 'code', title: cameoName(c.cameo) }, c.cameo), ' ', h('small', {}, cameoName(c.cameo)),
    c.plover ? h('small', { class: 'muted' }, ` ${c.plover.toLowerCase()}`) : null, ' → ', actorCell(c.target));
}

// `view.csort` is the claims' order (default: outlets), `view.cpage` their page.
export function drawClaims(el, data, view, { onSort, onPage, onClaim }) {
  const sort = view.csort || 'outlets';
  const download = (format) => `/api/claims?${claimParams(view, { format, sort })}`;
  const exports = h('p', { class: 'exports' }, 'Download these claims: ',
    h('a', { href: download('csv'), download: 'sitrep-claims.csv', 'data-testid': 'claims-export-csv' }, 'CSV'), ' · ',
    h('a', { href: download('jsonl'), download: 'sitrep-claims.jsonl', 'data-testid': 'claims-export-jsonl' }, 'JSON Lines'),
    h('small', { class: 'muted' }, ' (up to 100,000 claims, in the order shown)'));
  const total = `${data.total.toLocaleString('en')}${data.total_capped ? '+' : ''}`;
  const statuses = view.status.length ? ` (${view.status.join(' or ')})` : '';
  const note = h('p', { class: 'muted', 'data-testid': 'claims-total' }, `${total} claim${data.total === 1 ? '' : 's'}${statuses} match`);
  if (data.claims.length === 0) {
    clear(el, note, h('p', { class: 'empty' }, 'No claims match these filters.'));
    return;
  }
  const sortable = (key, label) => {
    const active = key === sort;
    return h('th', { scope: 'col', 'aria-sort': active ? 'descending' : 'none' },
      h('button', { type: 'button', class: 'sort', 'data-testid': `claims-sort-${key}`, title: `Sort by ${label.toLowerCase()}`, onclick: () => onSort(key) },
        label, active ? ' ▼' : ''));
  };
  const th = (t) => h('th', { scope: 'col' }, t);
  const byKey = Object.fromEntries(SORTS.map((s) => [s.key, s.label]));
  const headRow = h('tr', {}, th('Claim'), sortable('status', byKey.status), th('Certainty'), th('Credited'),
    sortable('outlets', byKey.outlets), th('Documents'), th('Denials'), sortable('recency', byKey.recency));
  const rows = data.claims.map((c) => {
    const kinds = Object.entries(c.credited).map(([k, n]) => (k === 'none' ? null : `${k.replace('_', ' ')} ×${n}`)).filter(Boolean);
    const certainty = c.strongest === c.weakest ? c.strongest || '—' : `${c.strongest} … ${c.weakest}`;
    return h('tr', { 'data-testid': 'claim', dataset: { id: c.id }, class: String(c.id) === view.claim ? 'selected' : null },
      h('td', {}, head(c),
        h('button', { type: 'button', class: 'link evidence-excerpt', 'data-testid': 'claim-open', title: 'Read this claim\'s reports, by stance and outlet', onclick: () => onClaim(c.id) }, `“${c.text}”`)),
      h('td', { 'data-testid': 'claim-status' }, h('span', { class: `status s-${c.status}` }, c.status)),
      h('td', {}, certainty),
      h('td', {}, kinds.length ? kinds.join(', ') : 'none given'),
      h('td', { class: 'num', 'data-testid': 'claim-outlets' }, c.independent_outlets),
      h('td', { class: 'num' }, c.documents.length),
      h('td', { class: 'num' }, c.denials.length),
      h('td', { class: 'day', 'data-testid': 'claim-seen', dataset: { last: c.last_seen || '' } }, seen(c)));
  });
  const pager = pagerOf(data, 'Pages of claims', 'claims-page', onPage);
  clear(el, note, exports,
    h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'claims-table' }, h('thead', {}, headRow), h('tbody', {}, rows))),
    pager);
}

function reading(r, openDocument) {
  return h('li', { class: 'evidence-item', 'data-testid': 'claim-reading', dataset: { stance: r.stance, event: r.event } },
    h('blockquote', {}, h('mark', {}, r.evidence.replace(/\s+/g, ' '))),
    h('div', { class: 'meta' },
      certaintyBadge(r.certainty),
      h('span', {}, attributionText({ kind: r.attribution_kind, text: r.attribution_text })),
      h('span', { class: 'day' }, r.date || 'undated'),
      r.duplicate_of ? h('span', { class: 'muted', title: 'A near-duplicate copy of another report: counted once among independent outlets' }, 'reprint') : null,
      h('button', { type: 'button', class: 'link', 'data-testid': 'claim-reading-open', onclick: () => openDocument(r.document, r.event) }, r.title || r.doc_id)));
}

function stance(title, groups, testid, openDocument) {
  if (groups.length === 0) return null;
  return h('section', { 'data-testid': testid },
    h('h4', {}, title),
    groups.map((g) => h('div', { class: 'claim-outlet' },
      h('h5', {}, g.outlet || 'outlet not named', h('small', { class: 'muted' }, ` · ${g.readings.length} reading${g.readings.length === 1 ? '' : 's'}`)),
      h('ol', { class: 'evidence-list' }, g.readings.map((r) => reading(r, openDocument))))));
}

// One claim with its readings: those that support it and those that deny
// it, each grouped by outlet.
export function drawClaimDetail(el, d, { onClose, openDocument }) {
  const supports = d.supports.reduce((n, g) => n + g.readings.length, 0);
  const denies = d.denies.reduce((n, g) => n + g.readings.length, 0);
  clear(el,
    h('div', { class: 'claim-detail', 'data-testid': 'claim-detail', dataset: { id: d.id, status: d.status } },
      h('button', { type: 'button', class: 'link close-detail', 'data-testid': 'claim-close', onclick: onClose }, '× close'),
      h('h3', {}, `Claim ${d.id}: `, h('span', { class: `status s-${d.status}` }, d.status)),
      head(d),
      h('p', {}, `“${d.text}”`),
      h('p', { class: 'muted' },
        `${d.independent_outlets} independent outlet${d.independent_outlets === 1 ? '' : 's'} · ${supports} supporting and ${denies} denying reading${denies === 1 ? '' : 's'} · seen ${seen(d)}`,
        d.party_confirmed ? ' · confirmed by a party to it' : ''),
      stance('Supported by', d.supports, 'claim-supports', openDocument),
      stance('Denied by', d.denies, 'claim-denies', openDocument)));
}
