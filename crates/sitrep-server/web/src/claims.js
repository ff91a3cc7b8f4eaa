// The claims table: each statement across the reports that carry it, with
// its status, independent outlets and denials.
import { get } from './api.js';
import { clear, h } from './dom.js';

function actorCell(code) {
  return code ? h('span', {}, code) : h('span', { class: 'muted' }, '—');
}

// The claim's canonical reading, found through its detail.
async function openEvidence(id, openDocument) {
  const d = await get(`/api/claims/${id}`);
  const readings = [...d.supports, ...d.denies].flatMap((g) => g.readings);
  const r = readings.find((x) => x.evidence.replace(/\s+/g, ' ').trim() === d.text) || readings[0];
  if (r) openDocument(r.document, r.event);
}

export function drawClaims(el, data, openDocument) {
  if (data.claims.length === 0) {
    clear(el, h('p', { class: 'empty' }, 'No claims match these filters.'));
    return;
  }
  const rows = data.claims.map((c) => {
    const kinds = Object.entries(c.credited).map(([k, n]) => (k === 'none' ? null : `${k.replace('_', ' ')} ×${n}`)).filter(Boolean);
    const certainty = c.strongest === c.weakest ? c.strongest || '—' : `${c.strongest} … ${c.weakest}`;
    return h('tr', { 'data-testid': 'claim' },
      h('td', {},
        h('div', { class: 'claim-head' }, actorCell(c.source), ` ${c.cameo}${c.plover ? ' ' + c.plover.toLowerCase() : ''} `, actorCell(c.target)),
        h('button', { type: 'button', class: 'link evidence-excerpt', onclick: () => openEvidence(c.id, openDocument) }, `“${c.text}”`)),
      h('td', {}, c.status),
      h('td', {}, certainty),
      h('td', {}, kinds.length ? kinds.join(', ') : 'none given'),
      h('td', { class: 'num' }, c.independent_outlets),
      h('td', { class: 'num' }, c.documents.length),
      h('td', { class: 'num' }, c.denials.length),
      h('td', { class: 'day' }, c.first_seen === c.last_seen ? c.first_seen || '—' : `${c.first_seen} – ${c.last_seen}`));
  });
  clear(el,
    h('p', { class: 'muted' }, `${data.total} claim${data.total === 1 ? '' : 's'}${data.total > data.claims.length ? `, the ${data.claims.length} with most independent outlets shown` : ''}`),
    h('div', { class: 'table-wrap' },
      h('table', {},
        h('thead', {}, h('tr', {}, ['Claim', 'Status', 'Certainty', 'Credited', 'Outlets', 'Documents', 'Denials', 'Seen'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows))));
}
