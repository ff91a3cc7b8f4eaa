// One report, its evidence spans highlighted, the chosen event in focus.
import { get } from './api.js';
import { certaintyBadge, attributionText } from './evidence.js';
import { clear, h, marked } from './dom.js';
import { actorName, cameoName } from './names.js';

// `onOpen(docId)` opens another copy of the story (through the URL).
export async function openDocument(dialog, body, docId, eventId, onOpen) {
  clear(body, h('p', {}, 'Loading…'));
  if (!dialog.open) dialog.showModal();
  let d;
  try {
    d = await get(`/api/documents/${docId}`);
  } catch (err) {
    clear(body, h('p', { class: 'error' }, String(err.message)));
    return;
  }
  const marks = d.events.map((e) => ({
    start: e.span_utf16[0], end: e.span_utf16[1],
    class: e.id === eventId ? 'focus' : null, data: { event: e.id },
  }));
  const text = h('div', { class: 'doc-text', 'data-testid': 'document-text' }, marked(d.text, marks));
  const focus = d.events.find((e) => e.id === eventId);
  const story = d.story.length > 1
    ? h('p', { class: 'muted' }, `One of ${d.story.length} copies of this story: `,
        d.story.map((c, i) => [i ? ', ' : '', c.id === d.id ? h('strong', {}, c.outlet || c.ext_id)
          : h('button', { type: 'button', class: 'link', onclick: () => onOpen(c.id) }, c.outlet || c.ext_id)]))
    : null;
  const events = h('ol', { class: 'doc-events' }, d.events.map((e) =>
    h('li', { class: e.id === eventId ? 'focus' : null },
      h('span', { title: `${e.source || '—'} ${e.cameo} ${e.target || '—'}` },
        `${e.source ? actorName(e.source) : e.source_text || '—'} — ${cameoName(e.cameo) || e.cameo} — ${e.target ? actorName(e.target) : e.target_text || '—'} `),
      certaintyBadge(e.certainty),
      h('span', { class: 'muted' }, ` ${attributionText({ kind: e.attribution_kind, text: e.attribution_text })}`))));
  clear(body,
    h('h2', {}, d.title || d.ext_id),
    h('p', { class: 'muted' }, [d.outlet, d.date, d.language].filter(Boolean).join(' · '), d.url ? [' · ', h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null),
    story,
    focus ? h('p', {}, 'Highlighted: ', h('mark', { class: 'focus' }, `${focus.source || '—'} ${focus.cameo} ${focus.target || '—'}`), ', ', certaintyBadge(focus.certainty)) : null,
    text,
    h('h3', {}, `${d.events.length} coded event${d.events.length === 1 ? '' : 's'}`),
    events);
  const el = text.querySelector('mark.focus');
  if (el) el.scrollIntoView({ block: 'center' });
}
