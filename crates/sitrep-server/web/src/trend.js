// A relation over time, both ways: events per period stacked by quad class
// (one direction above the axis, the other below) and each direction's mean
// Goldstein score as a line, so a turn from one partner to another shows
// as bars and lines crossing. Without a second actor the other side is
// everyone: what the actor does (above) and what is done to it (below).
import { get, params, QUADS } from './api.js';
import { clear, h, s } from './dom.js';
import { actorName as fullName } from './names.js';

const actorName = (code) => (code ? fullName(code.replace(/\*$/, '')) : 'anyone');

const W = 460;
const H = 220;
const PAD = { left: 30, right: 30, top: 12, bottom: 20 };

export async function drawTrend(el, view, a, b, current) {
  const both = await get('/api/series', params(view, b ? { dyad: `${a},${b}`, interval: 'auto' } : { actor: a, interval: 'auto' }, { narrowing: true }));
  if (!current()) return;
  if (!both.range) {
    const undated = both.undated ? `: ${both.undated} undated` : '';
    clear(el, h('p', { class: 'muted', 'data-testid': 'trend-none' }, `No dated events to draw over time${undated}.`));
    return;
  }
  const fixed = { ...view, from: both.range.from, to: both.range.to };
  const [ab, ba] = await Promise.all([
    get('/api/series', params(fixed, { source: a, target: b, interval: both.interval }, { narrowing: true })),
    get('/api/series', params(fixed, { source: b, target: a, interval: both.interval }, { narrowing: true })),
  ]);
  if (!current()) return;
  const starts = [...new Set([...ab.periods, ...ba.periods].map((p) => p.start))].sort();
  const byStart = (series) => new Map(series.periods.map((p) => [p.start, p]));
  const [mab, mba] = [byStart(ab), byStart(ba)];
  const max = Math.max(1, ...starts.map((st) => Math.max((mab.get(st) || { count: 0 }).count, (mba.get(st) || { count: 0 }).count)));
  const plotW = W - PAD.left - PAD.right;
  const mid = PAD.top + (H - PAD.top - PAD.bottom) / 2;
  const half = (H - PAD.top - PAD.bottom) / 2;
  const step = plotW / Math.max(1, starts.length);
  const x = (i) => PAD.left + i * step;
  const yCount = (n, dir) => mid - dir * (n / max) * half;
  const yG = (g) => mid - (g / 10) * half;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'trend', role: 'img', 'data-testid': 'trend-chart',
    'aria-label': `Events per ${both.interval} between ${actorName(a)} and ${actorName(b)}, both ways, with mean Goldstein scores` });
  svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: mid, y2: mid, class: 'axis' }));
  const lines = [[], []];
  starts.forEach((st, i) => {
    [[mab.get(st), 1], [mba.get(st), -1]].forEach(([p, dir], k) => {
      if (!p) return;
      let base = 0;
      QUADS.forEach((q, qi) => {
        const n = p.counts[qi];
        if (!n) return;
        const y0 = yCount(base, dir);
        const y1 = yCount(base + n, dir);
        svg.append(s('rect', { x: x(i) + 1, width: Math.max(1, step - 2), y: Math.min(y0, y1), height: Math.abs(y1 - y0), fill: q.color, opacity: 0.75 }));
        base += n;
      });
      const classified = p.counts.reduce((t, n) => t + n, 0);
      if (classified) lines[k].push([x(i) + step / 2, yG(p.goldstein.reduce((t, g) => t + g, 0) / classified)]);
      svg.append(s('title', {}, `${st}: ${p.count} events`));
    });
  });
  lines.forEach((pts, k) => {
    if (pts.length) svg.append(s('polyline', { points: pts.map((p) => p.join(',')).join(' '), class: `goldstein dir${k}` }));
  });
  svg.append(s('text', { x: 2, y: PAD.top + 8, class: 'tick' }, String(max)));
  svg.append(s('text', { x: 2, y: H - PAD.bottom, class: 'tick' }, String(max)));
  svg.append(s('text', { x: W - PAD.right + 3, y: yG(10) + 8, class: 'tick' }, '+10'));
  svg.append(s('text', { x: W - PAD.right + 3, y: yG(-10), class: 'tick' }, '−10'));
  svg.append(s('text', { x: PAD.left, y: H - 4, class: 'tick' }, starts[0] || ''));
  svg.append(s('text', { x: W - PAD.right, y: H - 4, class: 'tick', 'text-anchor': 'end' }, starts[starts.length - 1] || ''));
  clear(el,
    h('h3', {}, 'Over time ', h('small', {}, `per ${both.interval}`)),
    svg,
    h('ul', { class: 'legend inline' },
      h('li', {}, h('span', { class: 'line dir0' }), `${actorName(a)} → ${actorName(b)}: bars above, mean Goldstein line`),
      h('li', {}, h('span', { class: 'line dir1' }), `${actorName(b)} → ${actorName(a)}: bars below, mean Goldstein line`)));
}
