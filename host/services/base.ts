/** Session, Utilities, Logger, ScriptApp and console. */
import { formatDate } from './dates';
import { Fake, type FakeRegistry, isDate, makeEnum, signatureError } from './registry';

export const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const TriggerSource = makeEnum('TriggerSource', [
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]);

export interface LogRecord {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

function render(values: unknown[]): string {
  return values
    .map((v) => {
      if (typeof v === 'string') return v;
      if (isDate(v)) return new Date(v.getTime()).toISOString();
      try {
        return JSON.stringify(v) ?? String(v);
      } catch {
        return String(v);
      }
    })
    .join(' ');
}

export class UserFake extends Fake {
  readonly apiName = 'User';
  constructor(
    reg: FakeRegistry,
    private readonly email: string,
  ) {
    super(reg);
  }
  getEmail(): string {
    return this.email;
  }
}

export class SessionFake extends Fake {
  readonly apiName = 'Session';
  constructor(
    reg: FakeRegistry,
    private readonly user: string,
    private readonly timeZone: string,
  ) {
    super(reg);
  }
  getActiveUser(): UserFake {
    return new UserFake(this.reg, this.user);
  }
  getEffectiveUser(): UserFake {
    return new UserFake(this.reg, this.user);
  }
  getScriptTimeZone(): string {
    return this.timeZone;
  }
  getActiveUserLocale(): string {
    return 'en';
  }
  /** Stable per user, as in Apps Script (within 30 days). */
  getTemporaryActiveUserKey(): string {
    return `local-temp-key-${Buffer.from(this.user).toString('base64url')}`;
  }
}

export class UtilitiesFake extends Fake {
  readonly apiName = 'Utilities';
  private uuids = 0;
  /** Java SimpleDateFormat patterns: see ./dates.ts for the letters supported. */
  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      signatureError(this.reg, 'Utilities.formatDate', [date, timeZone, format]);
    }
    try {
      return formatDate(new Date(date.getTime()), timeZone, format);
    } catch (e) {
      return this._fail((e as Error).message);
    }
  }
  /** Deterministic: 00000000-0000-4000-8000-000000000001, ...0002, ... */
  getUuid(): string {
    this.uuids += 1;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, '0')}`;
  }
  /** Does not wait. */
  sleep(milliseconds: unknown): void {
    if (typeof milliseconds !== 'number')
      signatureError(this.reg, 'Utilities.sleep', [milliseconds]);
  }
}

export class LoggerFake extends Fake {
  readonly apiName = 'Logger';
  constructor(
    reg: FakeRegistry,
    private readonly logs: LogRecord[],
  ) {
    super(reg);
  }
  /** log(data) or log(format, ...values) with %s placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    let message: string;
    if (typeof data === 'string' && values.length > 0 && data.includes('%s')) {
      let i = 0;
      message = data.replace(/%s/g, () => render([values[i++]]));
    } else message = render([data, ...values]);
    this.logs.push({ source: 'Logger', level: 'log', message });
    return this;
  }
  getLog(): string {
    return this.logs
      .filter((l) => l.source === 'Logger')
      .map((l) => l.message)
      .join('\n');
  }
  clear(): void {
    for (let i = this.logs.length - 1; i >= 0; i--)
      if (this.logs[i]?.source === 'Logger') this.logs.splice(i, 1);
  }
}

/** Apps Script's console (Stackdriver logging): recorded, printed only when `echo` is set. */
export class ConsoleFake extends Fake {
  readonly apiName = 'console';
  constructor(
    reg: FakeRegistry,
    private readonly logs: LogRecord[],
    private readonly echo: boolean,
  ) {
    super(reg);
  }
  _record(level: LogRecord['level'], values: unknown[]): void {
    const message = render(values);
    this.logs.push({ source: 'console', level, message });
    if (this.echo) console[level](`[add-on] ${message}`);
  }
  log(...values: unknown[]): void {
    this._record('log', values);
  }
  info(...values: unknown[]): void {
    this._record('info', values);
  }
  warn(...values: unknown[]): void {
    this._record('warn', values);
  }
  error(...values: unknown[]): void {
    this._record('error', values);
  }
  debug(...values: unknown[]): void {
    this._record('debug', values);
  }
  time(_label?: unknown): void {}
  timeEnd(label?: unknown): void {
    this._record('info', [`${String(label ?? 'default')}: 0ms`]);
  }
}

export class ScriptAppFake extends Fake {
  readonly apiName = 'ScriptApp';
  get AuthMode() {
    return AuthMode;
  }
  get TriggerSource() {
    return TriggerSource;
  }
}
