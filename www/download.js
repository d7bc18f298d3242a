// Saves a file the page made (a chart's PNG, SVG or CSV, the maker's outputs) through the
// browser's own download, with nothing sent anywhere.

/** Saves `blob` as `name`. */
export function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
