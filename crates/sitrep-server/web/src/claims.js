// The claims table: each event across the reports that carry it.
import { certaintyBadge } from './evidence.js';
import { clear, h } from './dom.js';

function actorCell(code, text) {
  if (!code && !text) return h('span', { class: 'muted' }, '—');
  return h('span', { title: text || '' }, code || h('i', {}, text));
}

export function drawClaims(el, data, openDocument) {
  if (data.claims.length === 0) {
    clear(el, h('p', { class: 'empty' }, 'No claims match these filters.'));
    return;
  }
  const rows = data.claims.map((c) => {
    const kinds = Object.entries(c.attribution).map(([k, n]) => (k === 'none' ? null : `${k.replace('_', ' ')} ×${n}`)).filter(Boolean);
    return h('tr', { 'data-testid': 'claim' },
      h('td', {},
        h('div', { class: 'claim-head' }, actorCell(c.source, c.source_text), ` ${c.cameo}${c.plover_type ? ' ' + c.plover_type.toLowerCase() : ''} `, actorCell(c.target, c.target_text)),
        h('button', { type: 'button', class: 'link evidence-excerpt', onclick: () => openDocument(c.example_doc, c.example_event) }, `“${c.evidence}”`)),
      h('td', {}, Object.entries(c.certainty).map(([k, n]) => certaintyBadge(k, n))),
      h('td', {}, kinds.length ? kinds.join(', ') : 'none given', c.attribution_text ? h('div', { class: 'muted' }, `“${c.attribution_text}”`) : null),
      h('td', { class: 'num' }, c.articles),
      h('td', { class: 'num' }, c.outlets),
      h('td', { class: 'num' }, c.stories),
      h('td', { class: 'day' }, c.first_day === c.last_day ? c.first_day || '—' : `${c.first_day} – ${c.last_day}`));
  });
  clear(el,
    h('p', { class: 'muted' }, `${data.total} claim${data.total === 1 ? '' : 's'}${data.total > data.claims.length ? `, the ${data.claims.length} most widely reported shown` : ''}`),
    h('div', { class: 'table-wrap' },
      h('table', {},
        h('thead', {}, h('tr', {}, ['Event', 'Certainty', 'Attribution', 'Articles', 'Outlets', 'Stories', 'Days'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows))));
}
