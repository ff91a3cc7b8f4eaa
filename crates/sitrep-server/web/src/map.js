// Located events on an offline base map: Natural Earth's country outlines
// (world-atlas countries-110m, embedded in the bundle: no tiles, no
// network) in a fixed projection, places drawn together when they lie
// close on screen at the current zoom, sized by events and coloured by
// mean Goldstein. Wheel, drag and the +/− buttons zoom and pan; a click on
// a place or a group narrows the whole page to it (the view's `bbox`) and
// opens its evidence. The zoom is part of the view (`map=zoom/lat/lon` in the
// URL): a link, Back and Forward show the map where it was.
import { geoBounds, geoContains, geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import countries110 from 'world-atlas/countries-110m.json';
import outlineCodes from './outline-codes.json';
import { goldsteinColor } from './colors.js';
import { clear, h, s } from './dom.js';
import { countryName } from './names.js';

const W = 960;
const H = 480;
// Places nearer each other than this on screen (viewBox units, about CSS
// pixels at the panel's width) are drawn as one group.
const GROUP_PX = 22;
const MAX_ZOOM = 64;
// A box this small (degrees) is one place: the map keeps its zoom for it.
const POINT_DEG = 0.001;
// Circle radius from the smallest place to one holding every located event.
const R_MIN = 4;
const R_MAX = 22;
const GROUP_R_MIN = 9;

let world = null;
let zoom = { k: 1, x: 0, y: 0 };
// The map on the page: its places and how to redraw it at another zoom.
let drawnMap = null;
// The view's `map`, `bbox`, `loc_country` and `loc_admin1` the zoom was last
// taken from (or written to): a view that changes none of them keeps the zoom.
let applied = null;
// The zoom the analyst chose, written to the URL when the wheel or the drag
// has rested (a history entry replaced, not one per wheel step).
let pending = null;
const WRITE_MS = 250;

function baseMap() {
  if (world) return world;
  const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
  const path = geoPath(projection);
  const countries = feature(countries110, countries110.objects.countries).features;
  world = {
    projection,
    sphere: path({ type: 'Sphere' }),
    graticule: path(geoGraticule10()),
    countries: countries.map((c) => ({
      name: c.properties.name, code: outlineCodes.by_id[c.id] || outlineCodes.by_name[c.properties.name] || null,
      d: path(c), feature: c, lonLat: geoBounds(c), box: path.bounds(c),
    })).filter((c) => c.d),
    borders: path(mesh(countries110, countries110.objects.countries, (a, b) => a !== b)),
  };
  return world;
}

function clampZoom(z) {
  const k = Math.max(1, Math.min(MAX_ZOOM, z.k));
  return { k, x: Math.min(0, Math.max(W - W * k, z.x)), y: Math.min(0, Math.max(H - H * k, z.y)) };
}

// Zoom by `factor` keeping the point (px, py) of the viewBox where it is.
function zoomAround(z, factor, px, py) {
  const k = Math.max(1, Math.min(MAX_ZOOM, z.k * factor));
  const f = k / z.k;
  return clampZoom({ k, x: px - (px - z.x) * f, y: py - (py - z.y) * f });
}

function parseBox(text) {
  const n = (text || '').split(',').map(Number);
  return n.length === 4 && n.every(Number.isFinite) ? { west: n[0], south: n[1], east: n[2], north: n[3] } : null;
}

// The zoom that shows the box `b` with a margin.
function zoomToBox(b) {
  const { projection } = baseMap();
  const corners = [[b.west, b.north], [b.east, b.south], [b.west, b.south], [b.east, b.north]].map((c) => projection(c)).filter(Boolean);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return zoomToScreenBox([[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]]);
}

// The zoom that shows [[x0, y0], [x1, y1]] of the unzoomed map with a margin.
function zoomToScreenBox([[x0, y0], [x1, y1]]) {
  const k = Math.max(1, Math.min(MAX_ZOOM, 0.7 * Math.min(W / Math.max(x1 - x0, 1), H / Math.max(y1 - y0, 1))));
  return clampZoom({ k, x: W / 2 - k * (x0 + x1) / 2, y: H / 2 - k * (y0 + y1) / 2 });
}

// The zoom as the URL keeps it, `zoom/lat/lon` of the centre ("4.00/12.370/-1.520",
// as OpenStreetMap writes it): a link shows the same part of the world at any
// width. '' for the whole world.
export function mapText(z) {
  if (z.k <= 1.001) return '';
  const [lon, lat] = baseMap().projection.invert([(W / 2 - z.x) / z.k, (H / 2 - z.y) / z.k]);
  return `${z.k.toFixed(2)}/${lat.toFixed(3)}/${lon.toFixed(3)}`;
}

// The zoom of a `zoom/lat/lon` text; null for anything else.
function parseMapText(text) {
  const n = (text || '').split('/').map(Number);
  if (n.length !== 3 || !n.every(Number.isFinite)) return null;
  const xy = baseMap().projection([n[2], n[1]]);
  if (!xy) return null;
  const k = Math.max(1, Math.min(MAX_ZOOM, n[0]));
  return clampZoom({ k, x: W / 2 - k * xy[0], y: H / 2 - k * xy[1] });
}

function zoomKey(view) {
  return [view.map, view.bbox, view.loc_country, view.loc_admin1].join('|');
}

// The zoom a view asks for: its `map`; else its box, fitted (a box as small
// as one place leaves the world whole); else, narrowed to a country or a
// division, the box around its places; else the whole world.
function zoomOf(view, places) {
  const asked = parseMapText(view.map);
  if (asked) return asked;
  const box = parseBox(view.bbox);
  if (box) return box.east - box.west > POINT_DEG || box.north - box.south > POINT_DEG ? zoomToBox(box) : { k: 1, x: 0, y: 0 };
  if ((view.loc_country || view.loc_admin1) && places.length) return zoomToBox(parseBox(boxAround(places)));
  return { k: 1, x: 0, y: 0 };
}

// Moves the map drawn to the zoom `view` asks for, when its map or place
// changed without new data (Back, Forward, an edited link).
export function followView(view) {
  if (!drawnMap || zoomKey(view) === applied) return;
  clearTimeout(pending);
  pending = null;
  zoom = zoomOf(view, drawnMap.places);
  applied = zoomKey(view);
  drawnMap.redraw();
}

// A box around points (lon, lat) rounded outward to 1e-5° (about a metre),
// so that the stored coordinates fall inside it and the URL stays short.
export function boxAround(points) {
  const out = (v, dir) => Number(((dir < 0 ? Math.floor(v * 1e5) - 1 : Math.ceil(v * 1e5) + 1) / 1e5).toFixed(5));
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const west = Math.max(-180, out(Math.min(...lons), -1));
  const east = Math.min(180, out(Math.max(...lons), 1));
  const south = Math.max(-90, out(Math.min(...lats), -1));
  const north = Math.min(90, out(Math.max(...lats), 1));
  return `${west},${south},${east},${north}`;
}

// Places grouped by distance on screen at zoom `z`, busiest first: each
// group is seeded by its busiest place and takes the places within
// GROUP_PX of it, so the same places and zoom always give the same groups.
function groups(places, z) {
  const { projection } = baseMap();
  const out = [];
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const [x, y] = [xy[0] * z.k + z.x, xy[1] * z.k + z.y];
    let near = null;
    let best = GROUP_PX;
    for (const g of out) {
      const d = Math.hypot(g.seed[0] - x, g.seed[1] - y);
      if (d < best) [near, best] = [g, d];
    }
    if (near) near.members.push({ p, x, y });
    else out.push({ seed: [x, y], members: [{ p, x, y }] });
  }
  return out.map((g) => {
    const count = g.members.reduce((n, m) => n + m.p.count, 0);
    const scored = g.members.filter((m) => m.p.goldstein_mean !== null && m.p.goldstein_mean !== undefined);
    const weight = scored.reduce((n, m) => n + m.p.count, 0);
    return {
      members: g.members.map((m) => m.p),
      count,
      x: g.members.reduce((n, m) => n + m.x * m.p.count, 0) / count,
      y: g.members.reduce((n, m) => n + m.y * m.p.count, 0) / count,
      goldstein: weight ? scored.reduce((n, m) => n + m.p.goldstein_mean * m.p.count, 0) / weight : null,
    };
  });
}

// The country outline a place lies in (null off every outline at this
// scale: a coastal town may be), remembered per point.
const outlineOf = new Map();
function countryOf(p) {
  const key = `${p.lon},${p.lat}`;
  if (!outlineOf.has(key)) {
    const inBounds = ({ lonLat: [[w, s], [e, n]] }) => p.lat >= s && p.lat <= n && (w <= e ? p.lon >= w && p.lon <= e : p.lon >= w || p.lon <= e);
    outlineOf.set(key, baseMap().countries.find((c) => inBounds(c) && geoContains(c.feature, [p.lon, p.lat])) || null);
  }
  return outlineOf.get(key);
}

// Per country outline, the events of the places drawn inside it.
function eventsByOutline(places) {
  const out = new Map();
  for (const p of places) {
    const c = countryOf(p);
    if (c) out.set(c, (out.get(c) || 0) + p.count);
  }
  return out;
}

function placeName(p) {
  const where = [p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.country && countryName(p.country) !== p.name ? countryName(p.country) : null];
  return [p.name || 'unnamed place', ...where.filter(Boolean)].join(', ');
}

function events(n) {
  return `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`;
}

function goldsteinText(g) {
  return g === null || g === undefined ? 'no Goldstein score' : `mean Goldstein ${g > 0 ? '+' : ''}${g.toFixed(1)}`;
}

function tipText(g) {
  if (g.members.length === 1) return `${placeName(g.members[0])}: ${events(g.count)}, ${goldsteinText(g.goldstein)}`;
  const named = g.members.slice(0, 4).map((p) => `${p.name} ${p.count}`).join(' · ');
  const more = g.members.length > 4 ? ` · ${g.members.length - 4} more` : '';
  return `${g.members.length} places, ${events(g.count)}: ${named}${more} (click to zoom in and narrow to them)`;
}

// 1234 → "1.2k": a group's count of events inside its circle.
function compact(n) {
  return n < 1000 ? String(n) : n < 10000 ? `${(n / 1000).toFixed(1)}k` : `${Math.round(n / 1000)}k`;
}

function radius(count, located) {
  return R_MIN + (R_MAX - R_MIN) * Math.sqrt(count / Math.max(1, located));
}

// Why nothing is drawn: how many events match, and that none has a place.
function drawEmpty(el, located) {
  const n = located.events;
  clear(el, h('div', { class: 'empty', 'data-testid': 'map-empty' },
    h('p', {}, h('strong', {}, 'No located events.'),
      n === 0 ? ' No event matches these filters.'
        : ` ${events(n)} match${n === 1 ? 'es' : ''} these filters, and none of them has a location: no place named in ${n === 1 ? 'its' : 'their'} sentence or report was resolved to coordinates.`)));
}

function legend(located, largest) {
  const circle = (count) => s('svg', { width: 2 * R_MAX + 2, height: 2 * radius(count, located) + 2, 'aria-hidden': 'true' },
    s('circle', { cx: R_MAX + 1, cy: radius(count, located) + 1, r: radius(count, located), class: 'legend-place' }));
  return h('ul', { class: 'legend map-legend', 'data-testid': 'map-legend' },
    h('li', {}, circle(1), '1 event'),
    largest > 1 ? h('li', {}, circle(largest), events(largest)) : null,
    h('li', {}, 'conflict', h('span', { class: 'ramp' }), 'cooperation (mean Goldstein)'),
    h('li', {}, h('span', { class: 'group-swatch' }, '12'), 'places drawn together at this zoom, with their count of events'));
}

// Draws `located` (/api/locations) into `el`, at the zoom `view` (the
// page's view) asks for. `onNarrow({ bbox, place, map })` is called when a
// place or a group is clicked, `onNarrow({ loc_country, place, map })` when a
// country is (`map`: the zoom that shows it); `onZoom(map)` when the analyst
// has zoomed or panned. A view narrowed to a place where no event lies keeps
// the map, to choose another.
export function drawMap(el, located, view, { onNarrow, onZoom }) {
  clearTimeout(pending);
  pending = null;
  const narrowed = Boolean(view.bbox || view.loc_country || view.loc_admin1);
  if (located.located === 0 && !narrowed) {
    drawnMap = null;
    applied = null;
    drawEmpty(el, located);
    return;
  }
  const wm = baseMap();
  const places = [...located.places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.lat - b.lat || a.lon - b.lon);
  // New filters keep the zoom unless the view's map or place changed too.
  if (!drawnMap || zoomKey(view) !== applied) zoom = zoomOf(view, places);
  applied = zoomKey(view);
  const byOutline = eventsByOutline(places);
  // Every outline narrows the page to the events located in its country,
  // those with places drawn inside it shaded.
  const countryPath = (c) => {
    if (!c.code) return s('path', { d: c.d, class: 'country' }, s('title', {}, c.name));
    const count = byOutline.get(c) || 0;
    const name = countryName(c.code) === c.code ? c.name : countryName(c.code);
    const path = s('path', {
      d: c.d, class: count ? 'country has-events' : 'country', 'data-testid': 'map-country', 'data-name': c.name, 'data-code': c.code, 'data-count': count,
    }, s('title', {}, `${c.name}: ${count ? `${events(count)} at places drawn inside it` : 'no located event under these filters'}; click to narrow the page to events located in ${name}`));
    path.addEventListener('click', () => {
      if (dragged) return;
      onNarrow({ loc_country: c.code, place: name, map: mapText(zoomToScreenBox(c.box)) });
    });
    return path;
  };
  const base = s('g', { class: 'base' },
    s('path', { d: wm.sphere, class: 'sphere' }),
    s('path', { d: wm.graticule, class: 'graticule' }),
    wm.countries.map(countryPath),
    s('path', { d: wm.borders, class: 'borders' }));
  const marks = s('g', { class: 'marks' });
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'worldmap', role: 'img', 'aria-label': 'Map of located events', 'data-testid': 'map-svg' }, base, marks);
  const tip = h('div', { class: 'map-tip', role: 'tooltip', 'data-testid': 'map-tip' });
  let dragged = false;

  const toViewBox = (clientX, clientY) => {
    const r = svg.getBoundingClientRect();
    return [(clientX - r.left) * (W / r.width), (clientY - r.top) * (H / r.height)];
  };
  const showTip = (g, mark) => {
    tip.textContent = tipText(g);
    const r = svg.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    tip.style.left = `${m.right - r.left + 6}px`;
    tip.style.top = `${m.top - r.top - 4}px`;
    tip.classList.add('shown');
  };
  const pick = (g) => {
    if (dragged) return;
    tip.classList.remove('shown');
    const place = g.members.length === 1 ? placeName(g.members[0]) : `${g.members.length} places around ${g.members[0].name}`;
    // A group is shown whole; a single place keeps the zoom.
    const bbox = boxAround(g.members);
    onNarrow({ bbox, place, map: mapText(g.members.length === 1 ? zoom : zoomToBox(parseBox(bbox))) });
  };

  function redraw() {
    base.setAttribute('transform', `translate(${zoom.x},${zoom.y}) scale(${zoom.k})`);
    svg.dataset.zoom = String(zoom.k);
    svg.dataset.map = mapText(zoom);
    const gs = groups(places, zoom).filter((g) => g.x >= -R_MAX && g.x <= W + R_MAX && g.y >= -R_MAX && g.y <= H + R_MAX);
    // The biggest first, so that smaller circles stay on top and clickable.
    gs.sort((a, b) => b.count - a.count);
    marks.replaceChildren(...gs.map((g) => {
      const single = g.members.length === 1;
      // A group's circle holds its count of events, so it is never smaller than the number.
      const r = single ? radius(g.count, located.located) : Math.max(GROUP_R_MIN, radius(g.count, located.located));
      const mark = s('g', {
        class: single ? 'place' : 'place group', transform: `translate(${g.x.toFixed(1)},${g.y.toFixed(1)})`, tabindex: 0, role: 'button',
        'aria-label': tipText(g), 'data-testid': single ? 'map-place' : 'map-group', 'data-count': g.count, 'data-places': g.members.length,
        'data-name': single ? g.members[0].name : '',
      }, s('circle', { r: r.toFixed(1), fill: goldsteinColor(g.goldstein) }),
      single ? null : s('text', { class: 'group-count', dy: '0.35em' }, compact(g.count)));
      mark.addEventListener('pointerenter', () => showTip(g, mark));
      mark.addEventListener('pointerleave', () => tip.classList.remove('shown'));
      mark.addEventListener('focus', () => showTip(g, mark));
      mark.addEventListener('blur', () => tip.classList.remove('shown'));
      mark.addEventListener('click', () => pick(g));
      mark.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          pick(g);
        }
      });
      return mark;
    }));
  }

  const setZoom = (z) => {
    zoom = clampZoom(z);
    tip.classList.remove('shown');
    redraw();
    clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      const map = mapText(zoom);
      applied = zoomKey({ ...view, map });
      onZoom(map);
    }, WRITE_MS);
  };
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const [px, py] = toViewBox(e.clientX, e.clientY);
    setZoom(zoomAround(zoom, Math.exp(-e.deltaY * 0.002), px, py));
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (e) => {
    dragged = false;
    drag = { start: toViewBox(e.clientX, e.clientY), from: { ...zoom }, id: e.pointerId };
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const [px, py] = toViewBox(e.clientX, e.clientY);
    const [dx, dy] = [px - drag.start[0], py - drag.start[1]];
    if (!dragged && Math.hypot(dx, dy) < 4) return;
    if (!dragged) svg.setPointerCapture(e.pointerId);
    dragged = true;
    svg.classList.add('dragging');
    setZoom({ k: drag.from.k, x: drag.from.x + dx, y: drag.from.y + dy });
  });
  const endDrag = () => {
    drag = null;
    svg.classList.remove('dragging');
  };
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);

  const button = (label, title, testid, z) => h('button', { type: 'button', title, 'aria-label': title, 'data-testid': testid, onclick: () => setZoom(z()) }, label);
  const controls = h('div', { class: 'map-zoom' },
    button('+', 'Zoom in', 'map-zoom-in', () => zoomAround(zoom, 2, W / 2, H / 2)),
    button('−', 'Zoom out', 'map-zoom-out', () => zoomAround(zoom, 0.5, W / 2, H / 2)),
    button('⌂', 'The whole world', 'map-zoom-reset', () => ({ k: 1, x: 0, y: 0 })));
  redraw();
  drawnMap = { places, redraw };
  const largest = Math.max(1, ...places.map((p) => p.count));
  const shown = located.places.length;
  clear(el,
    h('div', { class: 'worldmap-wrap' }, svg, controls, tip),
    legend(located.located, largest),
    h('p', { class: 'muted', 'data-testid': 'map-note' },
      located.located ? '' : h('strong', { 'data-testid': 'map-none-here' }, 'No event is located here under these filters. '),
      `${located.located.toLocaleString('en')} of ${events(located.events)} located, at ${shown.toLocaleString('en')} place${shown === 1 ? '' : 's'}`,
      located.places.reduce((n, p) => n + p.count, 0) < located.located ? ' (the busiest shown)' : '',
      '. Scroll or use the buttons to zoom, drag to pan; click a place, a group or a country to narrow the page to it.'));
}
