// The benchmark's data shapes, made in the page so generating them is never timed: the small
// two-series membership shape (window.BENCH), or N daily points of a deterministic random walk.
export function bigSeries(n) {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const dates = new Array(n);
  const day = new Date(Date.UTC(1000, 0, 1));
  let v = 1000;
  let seed = 7;
  for (let i = 0; i < n; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    v = Math.max(0, v + ((seed / 2147483648) - 0.5) * 20);
    const iso = day.toISOString().slice(0, 10);
    dates[i] = iso.startsWith('+') ? iso.slice(3) : iso;
    xs[i] = 1000 + i / 365.2425;
    ys[i] = Math.round(v);
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return { xs, ys, dates };
}
