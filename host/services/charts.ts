/** Embedded charts: Charts.ChartType, the builder and the chart. */

import { RangeFake } from './range';
import {
  type EnumValue,
  Fake,
  type FakeRegistry,
  isEnumValue,
  makeEnum,
  signatureError,
} from './registry';
import type { SheetFake } from './sheet';

export const ChartType = makeEnum('ChartType', [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]);

export interface ChartData {
  /** Assigned by insertChart ("u1", "u2", ...); null before. */
  id: string | null;
  chartId: number | null;
  type: EnumValue | null;
  ranges: RangeFake[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  /** -1 = let Sheets guess. */
  numHeaders: number;
  transpose: boolean;
}

/** A chart as plain data, for tests and the preview. */
export interface ChartSnapshot {
  id: string | null;
  type: string | null;
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
}

function copyChart(d: ChartData): ChartData {
  return { ...d, ranges: [...d.ranges], position: { ...d.position }, options: { ...d.options } };
}

export class ChartsFake extends Fake {
  readonly apiName = 'Charts';
  get ChartType() {
    return ChartType;
  }
}

export class ChartOptionsFake extends Fake {
  readonly apiName = 'ChartOptions';
  constructor(
    reg: FakeRegistry,
    private readonly options: Record<string, unknown>,
  ) {
    super(reg);
  }
  /** The option's value, or null when it was not set. */
  get(option: unknown): unknown {
    if (typeof option !== 'string') signatureError(this.reg, 'Charts.ChartOptions.get', [option]);
    return Object.getOwnPropertyDescriptor(this.options, option) !== undefined
      ? this.options[option]
      : null;
  }
}

export class ContainerInfoFake extends Fake {
  readonly apiName = 'ContainerInfo';
  constructor(
    reg: FakeRegistry,
    private readonly position: ChartData['position'],
  ) {
    super(reg);
  }
  getAnchorRow(): number {
    return this.position.row;
  }
  getAnchorColumn(): number {
    return this.position.column;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class EmbeddedChartFake extends Fake {
  readonly apiName = 'EmbeddedChart';
  constructor(
    reg: FakeRegistry,
    readonly sheet: SheetFake,
    readonly data: ChartData,
  ) {
    super(reg);
  }
  _clone(): EmbeddedChartFake {
    return new EmbeddedChartFake(this.reg, this.sheet, copyChart(this.data));
  }
  _snapshot(): ChartSnapshot {
    const d = this.data;
    return {
      id: d.id,
      type: d.type === null ? null : String(d.type),
      ranges: d.ranges.map((r) => r.getA1Notation()),
      position: { ...d.position },
      options: { ...d.options },
      numHeaders: d.numHeaders,
    };
  }
  getId(): string | null {
    return this.data.id;
  }
  getChartId(): number | null {
    return this.data.chartId;
  }
  getOptions(): ChartOptionsFake {
    return new ChartOptionsFake(this.reg, { ...this.data.options });
  }
  getRanges(): RangeFake[] {
    return [...this.data.ranges];
  }
  getContainerInfo(): ContainerInfoFake {
    return new ContainerInfoFake(this.reg, { ...this.data.position });
  }
  /** A builder holding this chart's settings and id: build() then sheet.updateChart(). */
  modify(): EmbeddedChartBuilderFake {
    return new EmbeddedChartBuilderFake(this.reg, this.sheet, copyChart(this.data));
  }
}

export class EmbeddedChartBuilderFake extends Fake {
  readonly apiName = 'EmbeddedChartBuilder';
  readonly data: ChartData;
  constructor(
    reg: FakeRegistry,
    readonly sheet: SheetFake,
    data?: ChartData,
  ) {
    super(reg);
    this.data = data ?? {
      id: null,
      chartId: null,
      type: null,
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
      numHeaders: -1,
      transpose: false,
    };
  }
  addRange(range: unknown): this {
    if (!(range instanceof RangeFake))
      signatureError(this.reg, 'EmbeddedChartBuilder.addRange', [range]);
    this.data.ranges.push(range);
    return this;
  }
  removeRange(range: unknown): this {
    if (!(range instanceof RangeFake))
      signatureError(this.reg, 'EmbeddedChartBuilder.removeRange', [range]);
    const a1 = range.getA1Notation();
    this.data.ranges = this.data.ranges.filter(
      (r) => !(r.sheet === range.sheet && r.getA1Notation() === a1),
    );
    return this;
  }
  clearRanges(): this {
    this.data.ranges = [];
    return this;
  }
  getRanges(): RangeFake[] {
    return [...this.data.ranges];
  }
  setChartType(type: unknown): this {
    if (!isEnumValue(type, 'ChartType'))
      signatureError(this.reg, 'EmbeddedChartBuilder.setChartType', [type]);
    this.data.type = type;
    return this;
  }
  getChartType(): EnumValue | null {
    return this.data.type;
  }
  setPosition(
    anchorRowPos: unknown,
    anchorColPos: unknown,
    offsetX: unknown,
    offsetY: unknown,
  ): this {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((a) => typeof a === 'number' && Number.isInteger(a))) {
      signatureError(this.reg, 'EmbeddedChartBuilder.setPosition', args);
    }
    const [row, column, x, y] = args as [number, number, number, number];
    this.data.position = { row, column, offsetX: x, offsetY: y };
    return this;
  }
  setOption(option: unknown, value: unknown): this {
    if (typeof option !== 'string')
      signatureError(this.reg, 'EmbeddedChartBuilder.setOption', [option, value]);
    this.data.options[option] = value;
    return this;
  }
  setNumHeaders(headers: unknown): this {
    if (typeof headers !== 'number')
      signatureError(this.reg, 'EmbeddedChartBuilder.setNumHeaders', [headers]);
    this.data.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: unknown): this {
    if (typeof transpose !== 'boolean') {
      signatureError(this.reg, 'EmbeddedChartBuilder.setTransposeRowsAndColumns', [transpose]);
    }
    this.data.transpose = transpose;
    return this;
  }
  /** Throws without a chart type or a range (the fake is strict rather than guessing). */
  build(): EmbeddedChartFake {
    if (this.data.type === null)
      this._fail('Local Apps Script host: EmbeddedChartBuilder.build() without setChartType');
    if (this.data.ranges.length === 0)
      this._fail('Local Apps Script host: EmbeddedChartBuilder.build() without addRange');
    return new EmbeddedChartFake(this.reg, this.sheet, copyChart(this.data));
  }
}
