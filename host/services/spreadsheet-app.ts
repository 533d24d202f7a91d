/** SpreadsheetApp: the active spreadsheet, its UI and the rule builders. */
import { BooleanCriteria, ConditionalFormatRuleBuilderFake } from './conditional-format';
import { WrapStrategy } from './range';
import { Fake, type FakeRegistry } from './registry';
import type { SheetFake } from './sheet';
import type { SpreadsheetFake } from './spreadsheet';
import type { UiFake } from './ui';

export class SpreadsheetAppFake extends Fake {
  readonly apiName = 'SpreadsheetApp';
  constructor(
    reg: FakeRegistry,
    private readonly spreadsheet: SpreadsheetFake,
    private readonly ui: UiFake,
  ) {
    super(reg);
  }
  get BooleanCriteria() {
    return BooleanCriteria;
  }
  get WrapStrategy() {
    return WrapStrategy;
  }
  getActiveSpreadsheet(): SpreadsheetFake {
    return this.spreadsheet;
  }
  getActive(): SpreadsheetFake {
    return this.spreadsheet;
  }
  getActiveSheet(): SheetFake {
    return this.spreadsheet.active;
  }
  getUi(): UiFake {
    return this.ui;
  }
  /** Writes are applied at once in the fake; flush only counts. */
  flush(): void {}
  newConditionalFormatRule(): ConditionalFormatRuleBuilderFake {
    return new ConditionalFormatRuleBuilderFake(this.reg);
  }
}
