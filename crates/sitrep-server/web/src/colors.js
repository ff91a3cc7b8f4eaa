// Conflict (red) to cooperation (blue) by Goldstein score, −10 to +10,
// through a neutral grey: ColorBrewer's RdBu ends.
const RED = [178, 24, 43];
const GREY = [170, 170, 170];
const BLUE = [33, 102, 172];

export function goldsteinColor(g) {
  if (g === null || g === undefined || Number.isNaN(g)) return 'rgb(170,170,170)';
  const t = Math.max(-1, Math.min(1, g / 10));
  const [from, to, f] = t < 0 ? [GREY, RED, -t] : [GREY, BLUE, t];
  const c = from.map((v, i) => Math.round(v + (to[i] - v) * f));
  return `rgb(${c.join(',')})`;
}

// Whether a relation rests mostly on hedged or anonymously sourced words.
export function isUncertain(edge) {
  return edge.hedged_share >= 0.5 || edge.anonymous_share >= 0.5;
}
