// Types for Chronicle Charts' element, `import 'chronicle-charts'`: <chronicle-chart>, its
// events (on the element, `document` and `window`) and the page-wide `ChronicleCharts.base`.
// `mountChart` is in `chronicle-charts/mount` (types/mount.d.ts).

/** Detail of `chronicle-select`: the point under the pointer or keyboard; all null when cleared. */
export interface ChronicleSelectDetail {
  series: string | null;
  date: string | null;
  value: number | null;
}

/** What kind of failure: bad input (`invalid`, `missing`, `parse`, `check`), a download that
 * failed (`load`), or a fault of the widget (`render`, `internal`, `fault`). */
export type ChronicleErrorCode = 'invalid' | 'missing' | 'parse' | 'check' | 'load' | 'render' | 'internal' | 'fault';

/** Detail of `chronicle-error`. */
export interface ChronicleErrorDetail {
  code: ChronicleErrorCode;
  /** The message shown in place of the chart, naming what and where. */
  message: string;
  /** The field, attribute or data path it is about (`series[0].points[3].date`, `src`, `base`), if any. */
  field: string | null;
}

/** Detail of `chronicle-view`: the years on screen when zoomed; both null when showing everything. */
export interface ChronicleViewDetail {
  from: string | null;
  to: string | null;
}

/** A CSV's decimal separator, where its numbers could be read two ways. */
export type DecimalSeparator = '.' | ',' | '';

/** A mounted chart. */
export interface ChronicleController {
  readonly canvas: HTMLCanvasElement;
  readonly overlay: HTMLCanvasElement;
  readonly element: HTMLElement;
  readonly redraws: number;
  redraw(): void;
  schedule(): void;
  setClaims(on: boolean): void;
  setCursor(date: string | number | null): boolean | void;
  /** `decimal`: the CSV's decimal separator, where its numbers could be read two ways. */
  setData(data: object | string, title?: string, decimal?: DecimalSeparator): Promise<void>;
  /** Speaks another language (any BCP 47 tag), keeping the view. */
  setLang(lang: string): Promise<void>;
  toSVG(): Promise<string>;
  toPNG(): Promise<Blob>;
  toCSV(): Promise<string>;
  reset(): void;
  destroy(): void;
}

/** <chronicle-chart chart="repression" theme="auto" lang="en"></chronicle-chart> */
export interface ChronicleChartElement extends HTMLElement {
  /**
   * The live chart (null while loading, after an error, and while a built-in chart's picture
   * answers for it until the reader's first use).
   */
  readonly controller: ChronicleController | null;
  /** Replaces the data: an object or JSON text in the data format, or CSV text. */
  setData(data: object | string): Promise<void>;
  /** A PNG at twice the CSS size (the live chart loads first where needed); rejects while the chart is not ready. */
  toPNG(): Promise<Blob>;
  /** The chart as SVG text (the live chart loads first where needed); rejects while the chart is not ready. */
  toSVG(): Promise<string>;
  /** The data as CSV with each series' status and source (the live chart loads first where needed). */
  toCSV(): Promise<string>;
  reset(): void;
  /** Marks a date (`1937`, `'1924-01-01'`) as the cursor; null clears it. */
  setCursor(date: string | number | null): void;
}

/** The widget's events; they bubble and are composed, so they reach `document` and `window`. */
export interface ChronicleEventMap {
  /** The chart answers the pointer and the keyboard (a built-in chart's picture, or the live chart). */
  'chronicle-ready': CustomEvent<void>;
  /** The live chart is drawn (in the picture's place, after the reader's first use). */
  'chronicle-live': CustomEvent<void>;
  'chronicle-select': CustomEvent<ChronicleSelectDetail>;
  'chronicle-error': CustomEvent<ChronicleErrorDetail>;
  'chronicle-view': CustomEvent<ChronicleViewDetail>;
}

/** Settings for every chart of the page, read when a chart starts. */
export interface ChronicleChartsSettings {
  /** The folder of the widget's files (`/chronicle/`), where a bundle holds the element's code. */
  base?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'chronicle-chart': ChronicleChartElement;
  }
  interface HTMLElementEventMap extends ChronicleEventMap {}
  interface DocumentEventMap extends ChronicleEventMap {}
  interface WindowEventMap extends ChronicleEventMap {}
  // eslint-disable-next-line no-var
  var ChronicleCharts: ChronicleChartsSettings | undefined;
}
