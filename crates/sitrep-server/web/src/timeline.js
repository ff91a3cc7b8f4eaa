// Events per period stacked by quad class, as plain SVG, over the dense
// part of the data (the server picks the range and says what lies
// outside). Events dated only to a month or a year are drawn as bands
// across that month or year, not as a day. Dragging across the bars, or
// clicking one, chooses a period; so does a button of the same counts as a
// table, for the keyboard and for screen readers.
import { QUADS } from './api.js';
import { clear, h, s } from './dom.js';

const W = 1000;
const H = 210;
const PAD = { left: 40, right: 10, top: 10, bottom: 36 };
const DAY = 86400000;

const t = (iso) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

// The last day of the period starting on `start`.
function periodEnd(start, interval) {
  const d = new Date(t(start));
  if (interval === 'day') return start;
  if (interval === 'week') return iso(t(start) + 6 * DAY);
  if (interval === 'month') return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return iso(Date.UTC(d.getUTCFullYear(), 11, 31));
}

// Tick marks at round dates: month starts, or years, whichever gives 4 to 12.
function ticks(from, to) {
  const a = new Date(t(from));
  const b = new Date(t(to));
  const out = [];
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  if (months < 2) {
    const step = Math.max(1, Math.round((t(to) - t(from)) / DAY / 8));
    for (let d = t(from); d <= t(to); d += step * DAY) out.push(iso(d));
    return out;
  }
  const stepMonths = [1, 2, 3, 6, 12, 24, 60, 120].find((m) => months / m <= 10) || 240;
  // Years fall on round years (1990, 2000), months on the next month's start.
  const first = stepMonths >= 12
    ? new Date(Date.UTC(Math.ceil((a.getUTCFullYear() + (a.getUTCMonth() || a.getUTCDate() > 1 ? 1 : 0)) / (stepMonths / 12)) * (stepMonths / 12), 0, 1))
    : new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + 1, 1));
  for (let d = first; d <= b; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + stepMonths, 1))) out.push(iso(d.getTime()));
  return out;
}

export function drawTimeline(el, noteEl, series, onRange) {
  const notes = [`per ${series.interval}`];
  if (series.outside_before || series.outside_after) {
    notes.push(`${series.outside_before + series.outside_after} events outside the range shown (${series.outside_before} before, ${series.outside_after} after)`);
  }
  if (series.undated) notes.push(`${series.undated} undated`);
  const coarseN = series.coarse.reduce((n, c) => n + c.count, 0);
  if (coarseN) notes.push(`${coarseN} dated only to a month or year, drawn as bands`);
  noteEl.textContent = notes.join(' · ');
  if (!series.range || (series.periods.length === 0 && series.coarse.length === 0)) {
    clear(el, h('p', { class: 'empty' }, 'No dated events match these filters.'));
    return;
  }
  const from = t(series.range.from);
  const to = t(periodEnd(series.range.to, 'day')) + DAY;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (ms) => PAD.left + ((Math.max(from, Math.min(to, ms)) - from) / (to - from)) * plotW;
  const periods = series.periods;
  const max = Math.max(1, ...periods.map((p) => p.count));
  const y = (n) => PAD.top + plotH - (n / max) * plotH;

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': 'Events per period by quad class', 'data-from': series.range.from, 'data-to': series.range.to });
  svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), class: 'axis' }));
  svg.append(s('text', { x: PAD.left - 6, y: y(max) + 4, class: 'tick', 'text-anchor': 'end' }, String(max)));
  svg.append(s('text', { x: PAD.left - 6, y: y(0), class: 'tick', 'text-anchor': 'end' }, '0'));
  for (const tk of ticks(series.range.from, series.range.to)) {
    svg.append(s('line', { x1: x(t(tk)), x2: x(t(tk)), y1: y(0), y2: y(0) + 4, class: 'axis' }));
    svg.append(s('text', { x: x(t(tk)), y: y(0) + 15, class: 'tick', 'text-anchor': 'middle', 'data-testid': 'timeline-tick' }, tk.endsWith('-01-01') ? tk.slice(0, 4) : tk.endsWith('-01') ? tk.slice(0, 7) : tk));
  }
  // Coarse dates: a band across the month or year, its height the count.
  const coarseMax = Math.max(1, ...series.coarse.map((c) => c.count));
  for (const c of series.coarse) {
    const end = t(periodEnd(c.start, c.precision)) + DAY;
    const band = s('rect', { x: x(t(c.start)), width: Math.max(2, x(end) - x(t(c.start))), y: y(0) + 20, height: 3 + 6 * (c.count / coarseMax), class: `coarse ${c.precision}`, 'data-testid': 'timeline-coarse' },
      s('title', {}, `${c.count} event${c.count === 1 ? '' : 's'} dated only to the ${c.precision} ${c.precision === 'year' ? c.start.slice(0, 4) : c.start.slice(0, 7)}`));
    svg.append(band);
  }
  for (const p of periods) {
    const x0 = x(t(p.start));
    const x1 = x(t(periodEnd(p.start, series.interval)) + DAY);
    const bw = Math.max(1, x1 - x0 - 1);
    let base = 0;
    const g = s('g', { 'data-start': p.start, 'data-end': periodEnd(p.start, series.interval), class: 'bar', 'data-testid': 'timeline-bar' });
    QUADS.forEach((q, i) => {
      const n = p.counts[i];
      if (!n) return;
      g.append(s('rect', { x: x0, width: bw, y: y(base + n), height: y(base) - y(base + n), fill: q.color }));
      base += n;
    });
    if (p.unclassified) g.append(s('rect', { x: x0, width: bw, y: y(base + p.unclassified), height: y(base) - y(base + p.unclassified), fill: '#bbb' }));
    // A transparent column over the whole height, so a short bar is easy to click.
    g.append(s('rect', { x: x0, width: bw, y: PAD.top, height: plotH, fill: 'transparent' }));
    const parts = QUADS.map((q, i) => `${q.name} ${p.counts[i]}`).join(', ');
    g.append(s('title', {}, `${p.start}: ${p.count} events (${parts}${p.unclassified ? `, unclassified ${p.unclassified}` : ''}); click to choose this ${series.interval}`));
    svg.append(g);
  }
  brush(svg, x, from, to, plotW, onRange);
  const legend = h('ul', { class: 'legend inline' },
    QUADS.map((q) => h('li', {}, h('span', { class: 'swatch', style: `background:${q.color}` }), q.name)),
    series.coarse.length ? h('li', {}, h('span', { class: 'swatch coarse-swatch' }), 'dated to a month or year only') : null);
  clear(el, svg, legend, periodTable(series, onRange));
}

// The bars as a table: each period's counts by quad class, its dates a
// button that chooses it.
function periodTable(series, onRange) {
  const rows = series.periods.map((p) => {
    const end = periodEnd(p.start, series.interval);
    const label = end === p.start ? p.start : `${p.start} to ${end}`;
    return h('tr', {},
      h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', 'data-testid': 'timeline-period', 'data-start': p.start, 'data-end': end,
        title: `Choose ${label}`, onclick: () => onRange(p.start, end) }, label)),
      h('td', { class: 'num' }, p.count),
      QUADS.map((q, i) => h('td', { class: 'num' }, p.counts[i])),
      h('td', { class: 'num' }, p.unclassified || 0));
  });
  return h('details', { class: 'period-table', 'data-testid': 'timeline-table' },
    h('summary', {}, `The timeline as a table (${series.periods.length} ${series.interval}${series.periods.length === 1 ? '' : 's'})`),
    h('div', { class: 'period-scroll' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, series.interval), h('th', { scope: 'col' }, 'events'),
        QUADS.map((q) => h('th', { scope: 'col' }, q.name)), h('th', { scope: 'col' }, 'unclassified'))),
      h('tbody', {}, rows))));
}

// Drag to choose days; a click without a drag chooses the bar under it.
function brush(svg, x, from, to, plotW, onRange) {
  const sel = s('rect', { class: 'brush', y: PAD.top, height: H - PAD.top - PAD.bottom, width: 0, x: 0 });
  svg.append(sel);
  const toDay = (clientX) => {
    const r = svg.getBoundingClientRect();
    const vx = ((clientX - r.left) / r.width) * W;
    const ms = from + ((vx - PAD.left) / plotW) * (to - from);
    return Math.max(from, Math.min(to - DAY, Math.floor(ms / DAY) * DAY));
  };
  let start = null;
  svg.addEventListener('pointerdown', (e) => {
    start = { day: toDay(e.clientX), clientX: e.clientX, target: e.target };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!start) return;
    const [a, b] = [start.day, toDay(e.clientX)].sort((m, n) => m - n);
    sel.setAttribute('x', x(a));
    sel.setAttribute('width', Math.max(1, x(b + DAY) - x(a)));
  });
  svg.addEventListener('pointerup', (e) => {
    if (!start) return;
    const moved = Math.abs(e.clientX - start.clientX) > 4;
    const bar = start.target.closest && start.target.closest('g.bar');
    const a = start.day;
    start = null;
    if (moved) {
      const [lo, hi] = [a, toDay(e.clientX)].sort((m, n) => m - n);
      onRange(iso(lo), iso(hi));
    } else if (bar) {
      onRange(bar.dataset.start, bar.dataset.end);
    }
  });
}
