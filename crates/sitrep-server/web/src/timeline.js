// Events per period stacked by quad class, as plain SVG.
import { QUADS } from './api.js';
import { clear, h, s } from './dom.js';

const W = 1000;
const H = 200;
const PAD = { left: 40, right: 10, top: 10, bottom: 24 };
const DAY = 86400000;

// The widest interval still showing detail for a span of days.
export function intervalFor(days) {
  if (days <= 120) return 'day';
  if (days <= 3 * 365) return 'week';
  return 'month';
}

export function drawTimeline(el, noteEl, series) {
  const periods = series.periods;
  noteEl.textContent = `per ${series.interval}` + (series.undated ? ` · ${series.undated} undated events not shown` : '');
  if (periods.length === 0) {
    clear(el, h('p', { class: 'empty' }, 'No dated events match these filters.'));
    return;
  }
  const t = (p) => Date.parse(p.start + 'T00:00:00Z');
  const first = t(periods[0]);
  const last = t(periods[periods.length - 1]);
  const step = { day: DAY, week: 7 * DAY, month: 30.44 * DAY }[series.interval];
  const slots = Math.max(1, Math.round((last - first) / step) + 1);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const barW = Math.max(1, plotW / slots - 1);
  const max = Math.max(...periods.map((p) => p.count));
  const x = (p) => PAD.left + ((t(p) - first) / step) * (plotW / slots);
  const y = (n) => PAD.top + plotH - (n / max) * plotH;

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': 'Events per period by quad class' });
  svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), class: 'axis' }));
  svg.append(s('text', { x: PAD.left - 6, y: y(max) + 4, class: 'tick', 'text-anchor': 'end' }, String(max)));
  svg.append(s('text', { x: PAD.left - 6, y: y(0), class: 'tick', 'text-anchor': 'end' }, '0'));
  for (const p of periods) {
    let base = 0;
    const g = s('g', { 'data-start': p.start });
    QUADS.forEach((q, i) => {
      const n = p.counts[i];
      if (!n) return;
      g.append(s('rect', { x: x(p), width: barW, y: y(base + n), height: y(base) - y(base + n), fill: q.color }));
      base += n;
    });
    if (p.unclassified) {
      g.append(s('rect', { x: x(p), width: barW, y: y(base + p.unclassified), height: y(base) - y(base + p.unclassified), fill: '#bbb' }));
    }
    const parts = QUADS.map((q, i) => `${q.name} ${p.counts[i]}`).join(', ');
    g.append(s('title', {}, `${p.start}: ${p.count} events (${parts}${p.unclassified ? `, unclassified ${p.unclassified}` : ''})`));
    svg.append(g);
  }
  const ticks = [periods[0], periods[Math.floor(periods.length / 2)], periods[periods.length - 1]];
  const seen = new Set();
  for (const p of ticks) {
    if (seen.has(p.start)) continue;
    seen.add(p.start);
    svg.append(s('text', { x: x(p) + barW / 2, y: H - 6, class: 'tick', 'text-anchor': 'middle' }, p.start));
  }
  const legend = h('ul', { class: 'legend inline' },
    QUADS.map((q) => h('li', {}, h('span', { class: 'swatch', style: `background:${q.color}` }), q.name)));
  clear(el, svg, legend);
}
