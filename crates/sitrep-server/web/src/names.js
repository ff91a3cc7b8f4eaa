// Names for codes, from /api/vocabulary (the built-in lexicon): an analyst
// reads "Russia · military" and "provide military protection", not RUSMIL
// and 074.

let vocab = { cameo: [], plover_types: [], countries: {}, actors: {}, roles: {} };
let cameo = new Map();

export function setVocabulary(v) {
  vocab = v;
  cameo = new Map(v.cameo.map((c) => [c.code, c]));
}

export function vocabulary() {
  return vocab;
}

// Prefixes that are not countries: organisations and the like.
const NON_STATE = { IGO: 'international organisation', IMG: 'international armed group', NGO: 'NGO', MNC: 'multinational company', '---': 'unknown country' };

export function isCountry(prefix) {
  return Object.prototype.hasOwnProperty.call(vocab.countries, prefix);
}

export function countryName(prefix) {
  return vocab.countries[prefix] || NON_STATE[prefix] || prefix;
}

// "RUSMIL" → "Russia · military"; "IGOUNO" → "United Nations"; codes the
// vocabulary does not know stay as they are, in their place.
export function actorName(code) {
  if (!code) return '';
  if (vocab.actors[code]) return vocab.actors[code];
  const prefix = code.slice(0, 3);
  const parts = [countryName(prefix)];
  for (let i = 3; i + 3 <= code.length; i += 3) {
    const role = code.slice(i, i + 3);
    parts.push(vocab.roles[role] || role);
  }
  if (code.length % 3) parts.push(code.slice(code.length - (code.length % 3)));
  return parts.join(' · ');
}

// "074 provide military protection or peacekeeping".
export function cameoName(code) {
  const c = cameo.get(code);
  return c ? c.description : '';
}

export function cameoRoots() {
  return vocab.cameo.filter((c) => c.code.length === 2);
}
