// The events behind one relation, each with its sentence and evidence.
import { goldsteinColor } from './colors.js';
import { clear, h, marked } from './dom.js';

export function certaintyBadge(c, n) {
  return h('span', { class: `badge c-${c}` }, n ? `${c} ×${n}` : c);
}

export function attributionText(a) {
  if (!a || a.kind === 'none') return 'no source given';
  return a.text ? `${a.kind.replace('_', ' ')}: “${a.text}”` : a.kind.replace('_', ' ');
}

export function showEvidence(el, edge, page, openDocument) {
  const title = h('h3', {}, `${edge.source} → ${edge.target}`,
    h('small', {}, ` ${page.total}${page.total_capped ? '+' : ''} event${page.total === 1 ? '' : 's'}` + (page.total > page.events.length ? `, first ${page.events.length} shown` : '')));
  const items = page.events.map((e) => {
    const sentence = e.context ? marked(e.context.sentence, [{ start: e.context.evidence_utf16[0], end: e.context.evidence_utf16[1] }]) : [h('mark', {}, e.evidence)];
    const doc = e.document;
    return h('li', { class: 'evidence-item', 'data-testid': 'evidence-item' },
      h('div', { class: 'meta' },
        h('span', { class: 'code', style: `border-color:${goldsteinColor(e.goldstein)}` }, e.cameo),
        e.plover ? h('span', { class: 'plover' }, e.plover.type.toLowerCase()) : null,
        certaintyBadge(e.certainty),
        h('span', { class: 'day' }, e.day || 'undated')),
      h('blockquote', { 'data-testid': 'evidence-sentence' }, sentence),
      h('div', { class: 'meta' },
        h('span', {}, attributionText(e.attribution)),
        h('span', {}, `${e.counts.articles} article${e.counts.articles === 1 ? '' : 's'}, ${e.counts.sources} outlet${e.counts.sources === 1 ? '' : 's'}`),
        h('button', { type: 'button', class: 'link', onclick: () => openDocument(doc.id, e.id) },
          `${doc.outlet || 'unknown outlet'}${doc.date ? ', ' + doc.date : ''} — read the report`)));
  });
  clear(el, title, h('ol', { class: 'evidence-list', 'data-testid': 'evidence-list' }, items));
}
