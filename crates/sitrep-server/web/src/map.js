// Located events on a world outline embedded in the bundle (Natural Earth
// via world-atlas): no tiles, no network.
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import land110 from 'world-atlas/land-110m.json';
import { goldsteinColor } from './colors.js';
import { clear, h, s } from './dom.js';

const W = 960;
const H = 480;
let land = null;

export function drawMap(el, located) {
  if (located.located === 0) {
    clear(el, h('div', { class: 'empty', 'data-testid': 'map-empty' },
      h('p', {}, h('strong', {}, 'No located events.'),
        ` None of the ${located.events} events matching these filters has coordinates.`),
      h('p', {}, 'sitrep does not yet resolve places named in a report to coordinates; their location stays empty until it does, and they will appear here.')));
    return;
  }
  land = land || feature(land110, land110.objects.land);
  const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
  const path = geoPath(projection);
  const max = Math.max(...located.places.map((p) => p.count));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'worldmap', role: 'img', 'aria-label': 'Map of located events' },
    s('path', { d: path({ type: 'Sphere' }), class: 'sphere' }),
    s('path', { d: path(geoGraticule10()), class: 'graticule' }),
    s('path', { d: path(land), class: 'land' }));
  for (const p of located.places) {
    const [x, y] = projection([p.lon, p.lat]) || [];
    if (x === undefined) continue;
    svg.append(s('circle', { cx: x, cy: y, r: 3 + 12 * Math.sqrt(p.count / max), fill: goldsteinColor(p.goldstein_mean), class: 'place' },
      s('title', {}, `${p.name}${p.country ? ', ' + p.country : ''}: ${p.count} events`)));
  }
  clear(el, svg, h('p', { class: 'muted' }, `${located.located} of ${located.events} events located.`));
}
