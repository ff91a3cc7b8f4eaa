// The filter form: filled from the store and the vocabulary, read into the
// view, and written back from it whenever the view changes.
import { CERTAINTIES, CLAIM_STATUSES, LOCATION_FILTERS, QUADS } from './api.js';
import { clear, h } from './dom.js';
import { countryName, isCountry, setVocabulary } from './names.js';

export function fillFilters(form, stats, vocabulary) {
  setVocabulary(vocabulary);
  const box = form.querySelector('fieldset.certainty');
  for (const c of CERTAINTIES) box.append(h('label', { class: `c-${c}` }, h('input', { type: 'checkbox', name: 'certainty', value: c }), c));
  form.querySelector('fieldset.claim-status').append(...CLAIM_STATUSES.map((st) =>
    h('label', {}, h('input', { type: 'checkbox', name: 'status', value: st, 'data-testid': `filter-status-${st}` }), h('span', { class: `status s-${st}` }, st))));

  // Countries by name; organisations and the like apart, not as countries.
  const byName = (a, b) => countryName(a.code).localeCompare(countryName(b.code));
  const states = stats.countries.filter((c) => isCountry(c.code)).sort(byName);
  const others = stats.countries.filter((c) => !isCountry(c.code)).sort(byName);
  const option = (c) => h('option', { value: c.code }, `${countryName(c.code)} (${c.code}) · ${c.events}`);
  form.elements.country.append(
    h('optgroup', { label: 'Countries' }, states.map(option)),
    others.length ? h('optgroup', { label: 'Organisations and others' }, others.map(option)) : null);

  form.elements.root.append(...vocabulary.cameo.filter((c) => c.code.length === 2)
    .map((c) => h('option', { value: c.code }, `${c.code} ${c.description.replace(/ \(root\)$/, '')}`)));
  form.elements.quad.append(...QUADS.map((q) => h('option', { value: String(q.n) }, `${q.n} ${q.name}`)));
  form.elements.attribution.append(...['anonymous', 'named_official', 'named_actor', 'media', 'document', 'none']
    .map((k) => h('option', { value: k }, k === 'none' ? 'no source given' : k.replace('_', ' '))));
  form.elements.plover.append(...vocabulary.plover_types.map((t) => h('option', { value: t }, t.toLowerCase())));
  form.elements.outlet.append(...stats.outlets.map((o) => h('option', { value: o.name }, `${o.name} (${o.documents})`)));
}

export function readFilters(form) {
  const data = new FormData(form);
  const text = (data.get('text') || '').trim();
  const inEvidence = data.get('scope') !== 'reports';
  return {
    country: data.get('country') || '',
    actor: (data.get('actor') || '').trim().toUpperCase(),
    from: (data.get('from') || '').trim(),
    to: (data.get('to') || '').trim(),
    root: data.get('root') || '',
    quad: data.get('quad') || '',
    attribution: data.get('attribution') || '',
    plover: data.get('plover') || '',
    outlet: data.get('outlet') || '',
    first: data.get('first') === '1',
    certainty: data.getAll('certainty'),
    status: data.getAll('status'),
    evidence: inEvidence ? text : '',
    q: inEvidence ? '' : text,
  };
}

// What the location filters select, in words: the place clicked on the
// map, else the division, country or box the URL names; '' for anywhere.
export function whereText(v) {
  if (!LOCATION_FILTERS.some((k) => v[k])) return '';
  if (v.place) return v.place;
  const parts = [v.loc_admin1, v.loc_country ? countryName(v.loc_country) : ''].filter(Boolean);
  if (v.bbox) parts.push(`the box ${v.bbox.split(',').join(', ')} (W, S, E, N)`);
  return parts.join(', ');
}

// The location filters, which the map sets, shown among the others with a
// button that lifts them.
function writeWhere(form, v, onClear) {
  const el = form.querySelector('[data-testid=filter-where]');
  const where = whereText(v);
  el.hidden = !where;
  clear(el, where ? ['Where: ', h('strong', {}, where), ' ',
    h('button', { type: 'button', class: 'link', title: 'Events anywhere', 'aria-label': 'Clear the place', 'data-testid': 'filter-where-clear', onclick: onClear }, '×')] : []);
}

export function writeFilters(form, v, { onClearWhere } = {}) {
  writeWhere(form, v, onClearWhere);
  for (const key of ['country', 'actor', 'from', 'to', 'root', 'quad', 'attribution', 'plover', 'outlet']) {
    const el = form.elements[key];
    // A value the menu does not list (a link from another store) is added, not dropped.
    if (el.tagName === 'SELECT' && v[key] && ![...el.options].some((o) => o.value === v[key])) el.append(h('option', { value: v[key] }, v[key]));
    el.value = v[key] || '';
  }
  form.elements.first.checked = v.first;
  for (const box of form.querySelectorAll('input[name=certainty]')) box.checked = v.certainty.includes(box.value);
  for (const box of form.querySelectorAll('input[name=status]')) box.checked = v.status.includes(box.value);
  form.elements.text.value = v.q || v.evidence || '';
  form.querySelector(`input[name=scope][value=${v.q ? 'reports' : 'evidence'}]`).checked = true;
  document.getElementById('net-group').value = v.group;
  document.getElementById('net-cross').checked = v.cross;
  const top = document.getElementById('net-top');
  if (![...top.options].some((o) => o.value === String(v.top))) top.append(h('option', {}, String(v.top)));
  top.value = String(v.top);
}
