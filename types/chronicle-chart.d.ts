// Types for Chronicle Charts' page API: the <chronicle-chart> element and mountChart().

/** Detail of `chronicle-select`: the point under the pointer or keyboard; null when cleared. */
export interface ChronicleSelectDetail {
  series: string;
  date: string;
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
  /** The field, attribute or data path it is about (`series[0].points[3].date`, `src`), if any. */
  field: string | null;
}

/** Detail of `chronicle-view`: the years on screen when zoomed; null when showing everything. */
export interface ChronicleViewDetail {
  from: string;
  to: string;
}

/** A mounted chart. */
export interface ChronicleController {
  readonly canvas: HTMLCanvasElement;
  readonly overlay: HTMLCanvasElement;
  readonly element: HTMLElement;
  readonly redraws: number;
  redraw(): void;
  schedule(): void;
  setClaims(on: boolean): void;
  setCursor(date: string | null): boolean | void;
  /** `decimal`: the CSV's decimal separator, where its numbers could be read two ways. */
  setData(data: object | string, title?: string, decimal?: '.' | ',' | ''): Promise<void>;
  /** Speaks another language (any BCP 47 tag), keeping the view. */
  setLang(lang: string): Promise<void>;
  toSVG(): Promise<string>;
  toPNG(): Promise<Blob>;
  toCSV(): Promise<string>;
  reset(): void;
  destroy(): void;
}

export type ChartSource =
  | { chart: 'party-membership' | 'repression' | 'gulag' }
  | { json: string }
  | { csv: string; title?: string; decimal?: '.' | ',' | '' }
  | { data: object }
  | { text: string; type?: string; url?: string; title?: string; decimal?: '.' | ',' | '' };

export interface MountOptions {
  lang?: 'en' | 'ru' | 'de' | 'fr' | string;
  theme?: 'auto' | 'light' | 'dark' | 'high-contrast';
  kind?: 'line' | 'bar' | 'area' | '';
  /** A story view of the chart's data: `lenin-purges`, `purges-1930s`, `great-terror`. */
  view?: string;
  from?: string;
  to?: string;
  claims?: boolean | 'on' | 'off';
}

/** Mounts a chart into `container`; resolves to null after showing an error in its place. */
export function mountChart(
  container: HTMLElement,
  source: ChartSource,
  options?: MountOptions | string,
): Promise<ChronicleController | null>;

/** <chronicle-chart chart="repression" theme="auto" lang="en"></chronicle-chart> */
export interface ChronicleChartElement extends HTMLElement {
  readonly controller: ChronicleController | null;
  setData(data: object | string): Promise<void>;
  toPNG(): Promise<Blob>;
  toSVG(): Promise<string>;
  toCSV(): Promise<string>;
  reset(): void;
  setCursor(date: string | null): void;
}

/** The widget's events; they bubble and are composed, so they reach `document` and `window`. */
export interface ChronicleEventMap {
  'chronicle-ready': CustomEvent<void>;
  'chronicle-select': CustomEvent<ChronicleSelectDetail | null>;
  'chronicle-error': CustomEvent<ChronicleErrorDetail>;
  'chronicle-view': CustomEvent<ChronicleViewDetail | null>;
}

declare global {
  interface HTMLElementTagNameMap {
    'chronicle-chart': ChronicleChartElement;
  }
  interface HTMLElementEventMap extends ChronicleEventMap {}
  interface DocumentEventMap extends ChronicleEventMap {}
  interface WindowEventMap extends ChronicleEventMap {}
}
