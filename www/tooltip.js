// The tooltip's contents, the same for the live chart and for its picture: the date, the
// series, the figure, then one line per detail (status, source, other figures, notes).

/** Fills `tooltip` with `info`'s words ({heading, series, value, details}). */
export function fillTooltip(tooltip, info) {
  const heading = document.createElement('strong');
  heading.textContent = info.heading;
  const series = document.createElement('div');
  series.className = 'chronicle-tooltip-series';
  series.textContent = info.series;
  const value = document.createElement('div');
  value.className = 'chronicle-tooltip-value';
  value.textContent = info.value;
  const details = info.details.map((d) => {
    const line = document.createElement('div');
    line.className = 'chronicle-tooltip-detail';
    line.textContent = d;
    return line;
  });
  tooltip.replaceChildren(heading, series, value, ...details);
}
