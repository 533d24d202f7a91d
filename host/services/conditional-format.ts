/** Conditional format rules: the builder, the rule and its boolean condition. */

import { RangeFake } from './range';
import { type EnumValue, Fake, type FakeRegistry, makeEnum, signatureError } from './registry';

export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);

export interface RuleData {
  ranges: RangeFake[];
  criteria: EnumValue | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

/** A rule as plain data, for tests. */
export interface RuleSnapshot {
  ranges: string[];
  criteria: string | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

function emptyRule(): RuleData {
  return {
    ranges: [],
    criteria: null,
    values: [],
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    strikethrough: null,
    underline: null,
  };
}

function copyData(d: RuleData): RuleData {
  return { ...d, ranges: [...d.ranges], values: [...d.values] };
}

export class BooleanConditionFake extends Fake {
  readonly apiName = 'BooleanCondition';
  constructor(
    reg: FakeRegistry,
    private readonly data: RuleData,
  ) {
    super(reg);
  }
  getCriteriaType(): EnumValue | null {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.values];
  }
  getBackground(): string | null {
    return this.data.background;
  }
  getFontColor(): string | null {
    return this.data.fontColor;
  }
  getBold(): boolean | null {
    return this.data.bold;
  }
  getItalic(): boolean | null {
    return this.data.italic;
  }
  getStrikethrough(): boolean | null {
    return this.data.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.data.underline;
  }
}

export class ConditionalFormatRuleFake extends Fake {
  readonly apiName = 'ConditionalFormatRule';
  constructor(
    reg: FakeRegistry,
    readonly data: RuleData,
  ) {
    super(reg);
  }
  _clone(): ConditionalFormatRuleFake {
    return new ConditionalFormatRuleFake(this.reg, copyData(this.data));
  }
  _snapshot(): RuleSnapshot {
    const d = this.data;
    return {
      ranges: d.ranges.map((r) => r.getA1Notation()),
      criteria: d.criteria === null ? null : String(d.criteria),
      values: [...d.values],
      background: d.background,
      fontColor: d.fontColor,
      bold: d.bold,
      italic: d.italic,
    };
  }
  getRanges(): RangeFake[] {
    return [...this.data.ranges];
  }
  getBooleanCondition(): BooleanConditionFake | null {
    return this.data.criteria === null
      ? null
      : new BooleanConditionFake(this.reg, copyData(this.data));
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilderFake {
    return new ConditionalFormatRuleBuilderFake(this.reg, copyData(this.data));
  }
}

export class ConditionalFormatRuleBuilderFake extends Fake {
  readonly apiName = 'ConditionalFormatRuleBuilder';
  constructor(
    reg: FakeRegistry,
    readonly data: RuleData = emptyRule(),
  ) {
    super(reg);
  }
  _when(
    method: string,
    criteria: EnumValue,
    values: unknown[],
    type: 'number' | 'string' | 'none',
  ): this {
    if (type !== 'none' && !values.every((v) => typeof v === type)) {
      signatureError(this.reg, `SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`, values);
    }
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }
  _format<K extends 'background' | 'fontColor'>(method: string, k: K, v: unknown): this {
    if (v !== null && typeof v !== 'string') {
      signatureError(this.reg, `SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`, [v]);
    }
    this.data[k] = v;
    return this;
  }
  _flag<K extends 'bold' | 'italic' | 'strikethrough' | 'underline'>(
    method: string,
    k: K,
    v: unknown,
  ): this {
    if (v !== null && typeof v !== 'boolean') {
      signatureError(this.reg, `SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`, [v]);
    }
    this.data[k] = v;
    return this;
  }
  whenFormulaSatisfied(formula: unknown): this {
    return this._when('whenFormulaSatisfied', BooleanCriteria.CUSTOM_FORMULA, [formula], 'string');
  }
  whenNumberGreaterThan(n: unknown): this {
    return this._when('whenNumberGreaterThan', BooleanCriteria.NUMBER_GREATER_THAN, [n], 'number');
  }
  whenNumberGreaterThanOrEqualTo(n: unknown): this {
    const c = BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO;
    return this._when('whenNumberGreaterThanOrEqualTo', c, [n], 'number');
  }
  whenNumberLessThan(n: unknown): this {
    return this._when('whenNumberLessThan', BooleanCriteria.NUMBER_LESS_THAN, [n], 'number');
  }
  whenNumberLessThanOrEqualTo(n: unknown): this {
    const c = BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO;
    return this._when('whenNumberLessThanOrEqualTo', c, [n], 'number');
  }
  whenNumberBetween(start: unknown, end: unknown): this {
    return this._when('whenNumberBetween', BooleanCriteria.NUMBER_BETWEEN, [start, end], 'number');
  }
  whenNumberNotBetween(start: unknown, end: unknown): this {
    const c = BooleanCriteria.NUMBER_NOT_BETWEEN;
    return this._when('whenNumberNotBetween', c, [start, end], 'number');
  }
  whenNumberEqualTo(n: unknown): this {
    return this._when('whenNumberEqualTo', BooleanCriteria.NUMBER_EQUAL_TO, [n], 'number');
  }
  whenNumberNotEqualTo(n: unknown): this {
    return this._when('whenNumberNotEqualTo', BooleanCriteria.NUMBER_NOT_EQUAL_TO, [n], 'number');
  }
  whenTextEqualTo(text: unknown): this {
    return this._when('whenTextEqualTo', BooleanCriteria.TEXT_EQUAL_TO, [text], 'string');
  }
  whenTextContains(text: unknown): this {
    return this._when('whenTextContains', BooleanCriteria.TEXT_CONTAINS, [text], 'string');
  }
  whenTextDoesNotContain(text: unknown): this {
    return this._when(
      'whenTextDoesNotContain',
      BooleanCriteria.TEXT_DOES_NOT_CONTAIN,
      [text],
      'string',
    );
  }
  whenTextStartsWith(text: unknown): this {
    return this._when('whenTextStartsWith', BooleanCriteria.TEXT_STARTS_WITH, [text], 'string');
  }
  whenTextEndsWith(text: unknown): this {
    return this._when('whenTextEndsWith', BooleanCriteria.TEXT_ENDS_WITH, [text], 'string');
  }
  whenCellEmpty(): this {
    return this._when('whenCellEmpty', BooleanCriteria.CELL_EMPTY, [], 'none');
  }
  whenCellNotEmpty(): this {
    return this._when('whenCellNotEmpty', BooleanCriteria.CELL_NOT_EMPTY, [], 'none');
  }
  setBackground(color: unknown): this {
    return this._format('setBackground', 'background', color);
  }
  setFontColor(color: unknown): this {
    return this._format('setFontColor', 'fontColor', color);
  }
  setBold(bold: unknown): this {
    return this._flag('setBold', 'bold', bold);
  }
  setItalic(italic: unknown): this {
    return this._flag('setItalic', 'italic', italic);
  }
  setStrikethrough(v: unknown): this {
    return this._flag('setStrikethrough', 'strikethrough', v);
  }
  setUnderline(v: unknown): this {
    return this._flag('setUnderline', 'underline', v);
  }
  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges) || !ranges.every((r) => r instanceof RangeFake)) {
      signatureError(this.reg, 'SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    }
    this.data.ranges = [...(ranges as RangeFake[])];
    return this;
  }
  getRanges(): RangeFake[] {
    return [...this.data.ranges];
  }
  getBooleanCondition(): BooleanConditionFake | null {
    return this.data.criteria === null
      ? null
      : new BooleanConditionFake(this.reg, copyData(this.data));
  }
  copy(): ConditionalFormatRuleBuilderFake {
    return new ConditionalFormatRuleBuilderFake(this.reg, copyData(this.data));
  }
  /** Throws when no condition was set (the fake is stricter than needed rather than silent). */
  build(): ConditionalFormatRuleFake {
    if (this.data.criteria === null) {
      this._fail(
        'Local Apps Script host: ConditionalFormatRuleBuilder.build() without a condition (when...)',
      );
    }
    return new ConditionalFormatRuleFake(this.reg, copyData(this.data));
  }
}
