// Types for `chronicle-charts/mount` (www/chronicle.js): mountChart(), for pages that want the
// chart without the element. The shared types come from the element's declarations.
import type { ChronicleController, DecimalSeparator } from './chronicle-chart.js';

export type {
  ChronicleController,
  ChronicleErrorCode,
  ChronicleErrorDetail,
  ChronicleSelectDetail,
  ChronicleViewDetail,
  DecimalSeparator,
} from './chronicle-chart.js';

export type ChartSource =
  | { chart: 'party-membership' | 'repression' | 'gulag' }
  | { json: string }
  | { csv: string; title?: string; decimal?: DecimalSeparator }
  | { data: object }
  /** Numeric columns: x in fractional years, one y per series (NaN for a gap), as typed arrays. */
  | { columns: { x: Float64Array; series: { name: string; y: Float64Array }[]; title?: string } }
  | { text: string; type?: string; url?: string; title?: string; decimal?: DecimalSeparator };

export interface MountOptions {
  lang?: 'en' | 'ru' | 'uk' | 'pl' | 'de' | 'fr' | (string & {});
  theme?: 'auto' | 'light' | 'dark' | 'high-contrast';
  kind?: 'line' | 'bar' | 'area' | '';
  /** A story view of the chart's data: `lenin-purges`, `purges-1930s`, `great-terror`. */
  view?: string;
  from?: string;
  to?: string;
  claims?: boolean | 'on' | 'off';
  /** The chart's text size over its page size (1 to 4); by default the container's font size over 16 px. */
  typeScale?: number;
}

/** Mounts a chart into `container`; resolves to null after showing an error in its place. */
export function mountChart(
  container: HTMLElement,
  source: ChartSource,
  options?: MountOptions | string,
): Promise<ChronicleController | null>;
