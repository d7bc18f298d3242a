// The chart maker's repeated fields: one fieldset per series of the table (name, colour from the
// accessible palette, status, source) and the rows of periods, events and notes. Wiring only:
// each control names the draft field it edits (`data-field="series[0].color"`, the same path the
// module's errors name), so make.js reads and writes the draft, and shows an error on its field,
// without knowing which control is which.
import { el } from './chronicle.js';

/** The statuses of the data format (docs/data-format.md), in the order of "How we know". */
export const STATUSES = ['archival', 'official', 'published', 'reproduced', 'claim', 'estimate', 'derived'];

let uid = 0;

/** A labelled control for the draft field `field`; `control` is an input or a select. */
function field(label, path, control) {
  uid += 1;
  control.id = `f-${uid}`;
  control.dataset.field = path;
  return el('div', 'maker-field', {}, [el('label', '', { for: control.id }, [label]), control]);
}

const input = (type = 'text', attrs = {}) => el('input', '', { type, ...attrs });

/** A select of `options` ([value, text] pairs). */
export function select(options) {
  return el('select', '', {}, options.map(([value, text]) => el('option', '', { value }, [text])));
}

/**
 * One fieldset per series named by the table's header (`names`), in `box`. `w(key)` gives a
 * maker word, `status(name)` a status's name in the widget's words, `palette` the colours.
 */
export function seriesFields(box, names, w, status, palette) {
  const sets = names.map((name, i) => {
    const at = (f) => `series[${i}].${f}`;
    const colours = [['', w('maker.colour-auto')], ...palette.map((c, n) => [c, w('maker.colour-n').replace('{n}', n + 1)])];
    const colour = select(colours);
    for (const option of colour.options) if (option.value) option.style.setProperty('--swatch', option.value);
    const statuses = select([['', w('maker.status-none')], ...STATUSES.map((s) => [s, status(s)])]);
    return el('fieldset', 'maker-series', {}, [
      el('legend', '', {}, [name]),
      field(w('maker.name'), at('name'), input('text', { placeholder: name, maxlength: '300' })),
      field(w('maker.colour'), at('color'), colour),
      field(w('maker.status'), at('status'), statuses),
      field(w('maker.author'), at('author'), input()),
      field(w('maker.source-title'), at('source_title'), input()),
      field(w('maker.year'), at('year'), input('text', { inputmode: 'numeric', maxlength: '4' })),
      field(w('maker.url'), at('url'), input('url')),
    ]);
  });
  box.replaceChildren(...sets);
}

/** The rows of the list `kind` (`periods`, `events`, `points`) for `items`, in `box`. */
export function listFields(box, kind, items, w, seriesNames) {
  const rows = items.map((_, i) => {
    const at = (f) => `${kind}[${i}].${f}`;
    const remove = el('button', 'maker-remove', { type: 'button', 'data-remove': `${kind}:${i}` }, [w('maker.remove')]);
    let fields;
    let legend;
    if (kind === 'periods') {
      legend = w('maker.period');
      fields = [
        field(w('maker.from'), at('from'), input('text', { inputmode: 'numeric' })),
        field(w('maker.to'), at('to'), input('text', { inputmode: 'numeric' })),
        field(w('maker.label'), at('label'), input('text', { maxlength: '40' })),
      ];
    } else if (kind === 'events') {
      legend = w('maker.event');
      fields = [field(w('maker.date'), at('date'), input('text', { inputmode: 'numeric' })), field(w('maker.event-title'), at('title'), input())];
    } else {
      legend = w('maker.note');
      fields = [
        field(w('maker.series-one'), at('series'), select(seriesNames.map((n, s) => [String(s), n]))),
        field(w('maker.date'), at('date'), input('text', { inputmode: 'numeric' })),
        field(w('maker.note-text'), at('note'), input()),
        field(w('maker.alt'), at('alt'), input('text', { inputmode: 'decimal' })),
      ];
    }
    return el('fieldset', 'maker-item', {}, [el('legend', '', {}, [`${legend} ${i + 1}`]), ...fields, remove]);
  });
  box.replaceChildren(...rows);
}

/** The grid of the table's cells (`rows`: `{line, cells}`), each cell knowing its line and column. */
export function grid(tbody, rows) {
  tbody.replaceChildren(
    ...rows.map((row, r) =>
      el(
        'tr',
        '',
        { 'data-line': String(row.line) },
        row.cells.map((cell, c) => el(r === 0 ? 'th' : 'td', '', { 'data-line': String(row.line), 'data-column': String(c + 1) }, [cell])),
      ),
    ),
  );
}
