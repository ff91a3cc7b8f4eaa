// The API, and the view as the URL's fragment: the hash is the single
// source of truth, every control writes it and every change of it redraws.

export const CERTAINTIES = ['asserted', 'reported', 'alleged', 'conditional', 'intended', 'denied', 'negated'];

// A claim's statuses (`/api/claims?status=`), in the order the page lists them.
export const CLAIM_STATUSES = ['single-source', 'corroborated', 'contested', 'denied-only'];

export const QUADS = [
  { n: 1, name: 'verbal cooperation', color: '#74a9cf' },
  { n: 2, name: 'material cooperation', color: '#0570b0' },
  { n: 3, name: 'verbal conflict', color: '#fc8d59' },
  { n: 4, name: 'material conflict', color: '#b30000' },
];

// Filters every endpoint takes, by their API names; the last three are
// where the event took place (a box of longitudes and latitudes, the
// location's country and first-level division), which the map sets.
const STORE_FILTERS = ['country', 'actor', 'from', 'to', 'q', 'root', 'plover', 'outlet', 'bbox', 'loc_country', 'loc_admin1'];
export const LOCATION_FILTERS = ['bbox', 'loc_country', 'loc_admin1'];
// Filters only the server's own SQL takes (series, network, map, event
// rows, claims).
const NARROWING = ['quad', 'attribution', 'evidence'];
// What else the hash holds: the view, not the selection of events.
// `place` names what the location filters select ("Djibo, Sahel, Burkina Faso").
// `map` is the map's zoom and centre (`zoom/lat/lon`).
export const VIEW_KEYS = ['edge', 'node', 'doc', 'sort', 'page', 'group', 'cross', 'top', 'claim', 'csort', 'cpage', 'place', 'map'];

export function emptyView() {
  return {
    country: '', actor: '', from: '', to: '', q: '', evidence: '', root: '', quad: '', attribution: '', plover: '', outlet: '',
    bbox: '', loc_country: '', loc_admin1: '', place: '', map: '',
    first: false, certainty: [], status: [],
    edge: '', node: '', doc: '', claim: '', sort: '', page: 0, csort: '', cpage: 0, group: 'actor', cross: true, top: 80,
  };
}

// The view from a fragment such as `#country=RUS&edge=RUSMIL,BFAGOV`.
export function fromHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const v = emptyView();
  for (const k of [...STORE_FILTERS, ...NARROWING, 'edge', 'node', 'doc', 'claim', 'sort', 'place', 'map']) v[k] = p.get(k) || '';
  v.csort = ['outlets', 'recency', 'status'].includes(p.get('csort')) ? p.get('csort') : '';
  v.certainty = (p.get('certainty') || '').split(',').filter(Boolean);
  // Unknown statuses are dropped: the API would refuse the whole request.
  const status = (p.get('status') || '').split(',');
  v.status = CLAIM_STATUSES.filter((st) => status.includes(st));
  v.first = p.get('first') === '1';
  v.page = Math.max(0, parseInt(p.get('page') || '0', 10) || 0);
  v.cpage = Math.max(0, parseInt(p.get('cpage') || '0', 10) || 0);
  v.group = ['country', 'nested'].includes(p.get('group')) ? p.get('group') : 'actor';
  v.cross = p.get('cross') !== '0';
  v.top = Math.min(2000, Math.max(10, parseInt(p.get('top') || '80', 10) || 80));
  return v;
}

// The fragment for a view; defaults are left out so links stay short.
export function toHash(v) {
  const p = new URLSearchParams();
  const d = emptyView();
  for (const k of [...STORE_FILTERS, ...NARROWING, 'edge', 'node', 'doc', 'claim', 'sort', 'csort', 'place', 'map']) if (v[k]) p.set(k, v[k]);
  if (v.certainty.length) p.set('certainty', v.certainty.join(','));
  if (v.status.length) p.set('status', v.status.join(','));
  if (v.first) p.set('first', '1');
  if (v.page) p.set('page', String(v.page));
  if (v.cpage) p.set('cpage', String(v.cpage));
  if (v.group !== d.group) p.set('group', v.group);
  if (v.cross !== d.cross) p.set('cross', v.cross ? '1' : '0');
  if (v.top !== d.top) p.set('top', String(v.top));
  const s = p.toString();
  return s ? `#${s}` : '';
}

// Query parameters for an endpoint: the store's filters, and the
// narrowing ones where the endpoint takes them.
export function params(v, extra = {}, { narrowing = false } = {}) {
  const p = new URLSearchParams();
  for (const k of STORE_FILTERS) if (v[k]) p.set(k, v[k]);
  if (v.certainty && v.certainty.length) p.set('certainty', v.certainty.join(','));
  if (v.first) p.set('first_copies_only', 'true');
  if (narrowing) for (const k of NARROWING) if (v[k]) p.set(k, v[k]);
  for (const [k, val] of Object.entries(extra)) {
    if (val !== undefined && val !== null && val !== '') p.set(k, String(val));
  }
  return p;
}

// Query parameters for `/api/claims`: every filter of the events, and the
// claim statuses, which narrow claims alone.
export function claimParams(v, extra = {}) {
  const p = params(v, extra, { narrowing: true });
  if (v.status.length) p.set('status', v.status.join(','));
  return p;
}

export class ApiError extends Error {}

export async function get(path, query) {
  const url = query && [...query].length ? `${path}?${query}` : path;
  const resp = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await resp.json();
  } catch {
    // A non-JSON answer is reported by status below.
  }
  if (!resp.ok) throw new ApiError((body && body.error) || `${resp.status} ${resp.statusText}`);
  return body;
}

// A search the server could not read, said plainly; other errors as sent.
export function friendly(err) {
  const m = String(err.message || err);
  if (/cannot be read|fts5|syntax error/i.test(m)) {
    return 'The search could not be read. Write plain words (every word must occur), put "quotes" around a phrase, and use AND, OR, NOT only between words.';
  }
  return m;
}
