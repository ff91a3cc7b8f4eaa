// The API, and the filters as query parameters.

export const CERTAINTIES = ['asserted', 'reported', 'alleged', 'conditional', 'intended', 'denied', 'negated'];

export const QUADS = [
  { n: 1, name: 'verbal cooperation', color: '#74a9cf' },
  { n: 2, name: 'material cooperation', color: '#0570b0' },
  { n: 3, name: 'verbal conflict', color: '#fc8d59' },
  { n: 4, name: 'material conflict', color: '#b30000' },
];

// Filters (an object of strings and a certainty list) as URLSearchParams.
export function params(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const key of ['country', 'actor', 'from', 'to', 'q']) {
    if (filters[key]) p.set(key, filters[key]);
  }
  if (filters.certainty && filters.certainty.length) p.set('certainty', filters.certainty.join(','));
  for (const [k, v] of Object.entries(extra)) {
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  }
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
