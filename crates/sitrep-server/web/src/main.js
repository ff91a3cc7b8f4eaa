// The dashboard: filters in the URL's fragment, every panel redrawn from
// the API when they change.
import './app.css';
import { CERTAINTIES, get, params } from './api.js';
import { drawClaims } from './claims.js';
import { openDocument } from './docview.js';
import { clear, h } from './dom.js';
import { showEvidence } from './evidence.js';
import { drawMap } from './map.js';
import { drawNetwork } from './network.js';
import { drawTimeline, intervalFor } from './timeline.js';

const $ = (id) => document.getElementById(id);
let stats = null;
let generation = 0;

function readForm(form) {
  const data = new FormData(form);
  return {
    country: data.get('country') || '',
    actor: (data.get('actor') || '').trim().toUpperCase(),
    from: data.get('from') || '',
    to: data.get('to') || '',
    q: (data.get('q') || '').trim(),
    certainty: data.getAll('certainty'),
  };
}

function writeForm(form, f) {
  for (const key of ['country', 'actor', 'from', 'to', 'q']) form.elements[key].value = f[key] || '';
  for (const box of form.querySelectorAll('input[name=certainty]')) box.checked = f.certainty.includes(box.value);
}

function fromHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  return {
    country: p.get('country') || '', actor: p.get('actor') || '', from: p.get('from') || '', to: p.get('to') || '',
    q: p.get('q') || '', certainty: (p.get('certainty') || '').split(',').filter(Boolean),
  };
}

function days(f) {
  const from = Date.parse(f.from || stats.first_day || '');
  const to = Date.parse(f.to || stats.last_day || '');
  return Number.isNaN(from) || Number.isNaN(to) ? 0 : (to - from) / 86400000;
}

async function refresh(f) {
  const mine = ++generation;
  const errorEl = $('filter-error');
  errorEl.textContent = '';
  document.body.classList.add('loading');
  const interval = intervalFor(days(f));
  try {
    const [series, net, claims, located] = await Promise.all([
      get('/api/series', params(f, { interval })),
      get('/api/network', params(f, { max_edges: 80 })),
      get('/api/claims', params(f, { limit: 50 })),
      get('/api/locations', params(f)),
    ]);
    if (mine !== generation) return; // a newer filter won
    drawTimeline($('timeline'), $('timeline-note'), series);
    drawNetwork({ graphEl: $('graph'), listEl: $('edge-list'), countEl: $('edge-count'), legendEl: $('graph-legend') }, net, (edge) => showEdge(f, edge));
    drawClaims($('claims'), claims, showDocument);
    drawMap($('map'), located);
    clear($('evidence'), h('p', { class: 'empty' }, 'Click a relation in the system map (or in the list under it) to read the sentences behind it.'));
  } catch (err) {
    errorEl.textContent = err.message;
  } finally {
    if (mine === generation) document.body.classList.remove('loading');
    document.body.dataset.ready = 'true';
  }
}

async function showEdge(f, edge) {
  const el = $('evidence');
  clear(el, h('p', {}, `Loading ${edge.source} → ${edge.target}…`));
  try {
    const page = await get('/api/events', params(f, { source: edge.source, target: edge.target, sentences: true, limit: 50 }));
    showEvidence(el, edge, page, showDocument);
  } catch (err) {
    clear(el, h('p', { class: 'error' }, err.message));
  }
}

function showDocument(docId, eventId) {
  openDocument($('document'), $('document-body'), docId, eventId);
}

function showStats() {
  clear($('stats'),
    `${stats.documents} reports (${stats.duplicates} copies) · ${stats.events} events · ${stats.actors} actors`,
    stats.first_day ? ` · ${stats.first_day} to ${stats.last_day}` : '');
}

async function start() {
  const form = $('filters');
  const box = form.querySelector('fieldset.certainty');
  for (const c of CERTAINTIES) box.append(h('label', { class: `c-${c}` }, h('input', { type: 'checkbox', name: 'certainty', value: c }), c));
  try {
    stats = await get('/api/stats');
    const actors = await get('/api/actors', new URLSearchParams({ limit: 1000 }));
    showStats();
    const select = form.elements.country;
    for (const c of stats.countries) select.append(h('option', { value: c.code }, `${c.code} (${c.events})`));
    $('actor-codes').append(...actors.actors.map((a) => h('option', { value: a.code }, a.example_text || '')));
  } catch (err) {
    $('filter-error').textContent = `The API did not answer: ${err.message}`;
    return;
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = readForm(form);
    const hash = params(f).toString();
    if (location.hash.slice(1) !== hash) history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
    refresh(f);
  });
  form.addEventListener('reset', () => setTimeout(() => form.requestSubmit(), 0));
  const initial = fromHash();
  writeForm(form, initial);
  refresh(initial);
}

start();
