/**
 * An embedded chart as the page draws it, from what the add-on built through the Charts API: its
 * type, ranges (first column the domain, the first row the series names when numHeaders is 1),
 * position and options (title, legend, vAxis format, per-series colour and dash).
 */
import type { SheetFake } from '../../host';
import { Hyperlink } from './formula-eval';
import type { Workbook } from './workbook';

export interface SeriesView {
  name: string;
  values: (number | null)[];
  color?: string;
  dashed?: boolean;
  lineWidth?: number;
}

export interface ChartView {
  type: string;
  title: string;
  labels: string[];
  series: SeriesView[];
  /** The vertical axis's number format, e.g. "0.0%". */
  valueFormat: string;
  legend: string;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** Sheets' default size of an embedded chart. */
  width: number;
  height: number;
}

type EmbeddedChart = ReturnType<SheetFake['getCharts']>[number];

function plain(v: unknown): unknown {
  return v === null || v === undefined ? v : JSON.parse(JSON.stringify(v));
}

export function chartView(chart: EmbeddedChart, workbook: Workbook, warnings: string[]): ChartView {
  const options = chart.getOptions();
  const type = String(chart.modify().getChartType() ?? 'LINE');
  if (type !== 'LINE') warnings.push(`A ${type} chart is drawn as a line chart in the preview.`);
  // Columns side by side: the domain, then each series.
  const columns: unknown[][] = [];
  for (const range of chart.getRanges()) {
    const values = workbook.rangeValues(range);
    for (let c = 0; c < range.getNumColumns(); c++) columns.push(values.map((row) => row[c]));
  }
  const [domain = [], ...series] = columns;
  // The Charts API has no getter for numHeaders: a first row of text is the header, as Sheets guesses.
  const first = [domain, ...series].every((column) => typeof column[0] === 'string') ? 1 : 0;
  let end = domain.length;
  while (end > first && (domain[end - 1] === '' || domain[end - 1] === undefined)) end--;
  const seriesOptions = (plain(options.get('series')) ?? {}) as Record<
    string,
    { color?: string; lineDashStyle?: number[]; lineWidth?: number }
  >;
  const vAxis = (plain(options.get('vAxis')) ?? {}) as { format?: string };
  const legend = (plain(options.get('legend')) ?? {}) as { position?: string };
  const info = chart.getContainerInfo();
  return {
    type,
    title: String(options.get('title') ?? ''),
    labels: domain
      .slice(first, end)
      .map((v) => (v instanceof Hyperlink ? v.label : workbook.display(v, 'yyyy-mm-dd'))),
    series: series.map((values, i) => {
      const style = seriesOptions[String(i)] ?? {};
      const view: SeriesView = {
        name: first ? String(values[0] ?? '') : `Series ${i + 1}`,
        values: values.slice(first, end).map((v) => (typeof v === 'number' ? v : null)),
      };
      if (style.color) view.color = style.color;
      if (style.lineDashStyle) view.dashed = true;
      if (style.lineWidth) view.lineWidth = style.lineWidth;
      return view;
    }),
    valueFormat: vAxis.format ?? '',
    legend: legend.position ?? 'right',
    anchorRow: info.getAnchorRow(),
    anchorColumn: info.getAnchorColumn(),
    offsetX: info.getOffsetX(),
    offsetY: info.getOffsetY(),
    width: 600,
    height: 371,
  };
}
