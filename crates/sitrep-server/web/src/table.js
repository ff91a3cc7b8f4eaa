// The events table: sorted and paged by the server, each row leading to
// its report; the same selection downloads as CSV or JSON Lines.
import { params } from './api.js';
import { attributionText, certaintyBadge, dayText } from './evidence.js';
import { clear, h } from './dom.js';
import { actorName, cameoName } from './names.js';

const COLUMNS = [
  { key: 'day', label: 'Day' },
  { key: 'source', label: 'Source' },
  { key: 'cameo', label: 'Event' },
  { key: 'target', label: 'Target' },
  { key: 'goldstein', label: 'Goldstein' },
  { key: 'certainty', label: 'Certainty' },
  { key: 'attribution', label: 'Attribution' },
  { key: 'outlet', label: 'Outlet' },
];

function actor(code, text) {
  if (!code) return h('span', { class: 'muted' }, text || '—');
  return h('span', { title: `${code}${text ? ` — “${text}”` : ''}` }, actorName(code), h('small', { class: 'muted' }, ` ${code}`));
}

export function drawEvents(el, noteEl, page, view, { onSort, onPage, onDocument }) {
  const sort = view.sort || '-day';
  const [key, desc] = sort.startsWith('-') ? [sort.slice(1), true] : [sort, false];
  const total = `${page.total}${page.total_capped ? '+' : ''}`;
  noteEl.textContent = `${total} event${page.total === 1 ? '' : 's'} match`;
  const download = (format) => `/api/event-rows?${params(view, { format, sort }, { narrowing: true })}`;
  const exports = h('p', { class: 'exports' }, 'Download these events: ',
    h('a', { href: download('csv'), download: 'sitrep-events.csv', 'data-testid': 'export-csv' }, 'CSV'), ' · ',
    h('a', { href: download('jsonl'), download: 'sitrep-events.jsonl', 'data-testid': 'export-jsonl' }, 'JSON Lines'),
    h('small', { class: 'muted' }, ' (up to 100,000 rows, in the order shown)'));
  if (page.rows.length === 0) {
    clear(el, h('p', { class: 'empty' }, 'No events match these filters.'));
    return;
  }
  const head = h('tr', {}, COLUMNS.map((c) => {
    const active = c.key === key;
    const next = active && !desc ? `-${c.key}` : c.key;
    return h('th', { scope: 'col', 'aria-sort': active ? (desc ? 'descending' : 'ascending') : 'none' },
      h('button', { type: 'button', class: 'sort', 'data-testid': `sort-${c.key}`, onclick: () => onSort(next) },
        c.label, active ? (desc ? ' ▼' : ' ▲') : ''));
  }), h('th', { scope: 'col' }, 'Evidence'));
  const rows = page.rows.map((e) => h('tr', { 'data-testid': 'event-row', dataset: { id: e.id } },
    h('td', { class: 'day' }, dayText(e.day, e.date_precision)),
    h('td', {}, actor(e.source, e.source_text)),
    h('td', { title: cameoName(e.cameo) }, h('span', { class: 'code' }, e.cameo), ' ', h('small', {}, cameoName(e.cameo))),
    h('td', {}, actor(e.target, e.target_text)),
    h('td', { class: 'num' }, e.goldstein === null ? '—' : e.goldstein.toFixed(1)),
    h('td', {}, certaintyBadge(e.certainty)),
    h('td', {}, attributionText({ kind: e.attribution_kind, text: e.attribution_text })),
    h('td', {}, e.outlet || '—'),
    h('td', {}, h('button', { type: 'button', class: 'link evidence-excerpt', onclick: () => onDocument(e.doc, e.id) }, `“${e.evidence.replace(/\s+/g, ' ')}”`))));
  const pager = pagerOf(page, 'Pages of events', 'page', onPage);
  clear(el, exports, h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'events-table' }, h('thead', {}, head), h('tbody', {}, rows))), pager);
}

// Previous/next for a page of `total` (maybe capped) rows from the API;
// `testid` prefixes the buttons' test ids (`page-prev`, `claims-page-next`…).
export function pagerOf(page, label, testid, onPage) {
  const pages = Math.max(1, Math.ceil(page.total / page.limit));
  const at = Math.floor(page.offset / page.limit);
  return h('nav', { class: 'pager', 'aria-label': label },
    h('button', { type: 'button', disabled: at === 0, 'data-testid': `${testid}-prev`, onclick: () => onPage(at - 1) }, '← previous'),
    h('span', { 'data-testid': `${testid}-at` }, ` page ${at + 1} of ${pages}${page.total_capped ? '+' : ''} `),
    h('button', { type: 'button', disabled: at + 1 >= pages && !page.total_capped, 'data-testid': `${testid}-next`, onclick: () => onPage(at + 1) }, 'next →'));
}
