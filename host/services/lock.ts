/**
 * LockService: document, script and user locks that really exclude. As Google documents it:
 * `tryLock(ms)` returns whether the lock was had within `ms`, `waitLock(ms)` throws "Lock timeout:
 * another process was holding the lock for too long." instead, `releaseLock()` lets others in (no
 * effect on a lock not held), `hasLock()` is true only between a successful try/wait and the
 * release, and a lock still held when its execution ends is released.
 *
 * Where Google does not say, the fake is the strictest plausible service: a lock is not
 * re-entrant (a second Lock object of the same execution waits like anyone else), and a wait for a
 * lock that a suspended execution holds can never succeed (that execution cannot run meanwhile),
 * so it times out at once and the time it would have waited is recorded in `waits`.
 */
import type { Executions } from './executions';
import { Fake, type FakeRegistry, signatureError } from './registry';

type LockScope = 'document' | 'script' | 'user';

/** Who holds each lock, and how long callers waited in vain. */
export class LockTable {
  readonly holders = new Map<LockScope, { execution: number; lock: LockFake }>();
  /** Each wait that timed out: the scope and the milliseconds asked for. */
  readonly waits: { scope: LockScope; timeoutInMillis: number }[] = [];
}

export class LockFake extends Fake {
  readonly apiName = 'Lock';
  private execution: number | null = null;

  constructor(
    reg: FakeRegistry,
    private readonly scope: LockScope,
    private readonly table: LockTable,
    private readonly executions: Executions,
  ) {
    super(reg);
  }

  private acquire(method: string, timeoutInMillis: unknown): boolean {
    if (typeof timeoutInMillis !== 'number' || !Number.isFinite(timeoutInMillis)) {
      signatureError(this.reg, `Lock.${method}`, [timeoutInMillis]);
    }
    if (timeoutInMillis < 0) this._fail(`Invalid argument: timeoutInMillis (${timeoutInMillis})`);
    if (this.hasLock()) return true;
    const holder = this.table.holders.get(this.scope);
    if (holder === undefined) {
      this.execution = this.executions.current;
      this.table.holders.set(this.scope, { execution: this.execution, lock: this });
      return true;
    }
    this.table.waits.push({ scope: this.scope, timeoutInMillis });
    return false;
  }

  tryLock(timeoutInMillis: unknown): boolean {
    return this.acquire('tryLock', timeoutInMillis);
  }

  waitLock(timeoutInMillis: unknown): void {
    if (!this.acquire('waitLock', timeoutInMillis)) {
      this._fail('Lock timeout: another process was holding the lock for too long.');
    }
  }

  hasLock(): boolean {
    return this.execution !== null && this.table.holders.get(this.scope)?.lock === this;
  }

  releaseLock(): void {
    if (this.hasLock()) this.table.holders.delete(this.scope);
    this.execution = null;
  }
}

export class LockServiceFake extends Fake {
  readonly apiName = 'LockService';
  readonly table = new LockTable();

  constructor(
    reg: FakeRegistry,
    private readonly executions: Executions,
  ) {
    super(reg);
    // Apps Script releases what an execution still holds when it ends.
    executions.onEnd((execution) => {
      for (const [scope, holder] of this.table.holders) {
        if (holder.execution === execution) this.table.holders.delete(scope);
      }
    });
  }

  /** A new Lock object on each call, all of them one lock for the document. */
  getDocumentLock(): LockFake {
    return new LockFake(this.reg, 'document', this.table, this.executions);
  }

  getScriptLock(): LockFake {
    return new LockFake(this.reg, 'script', this.table, this.executions);
  }

  getUserLock(): LockFake {
    return new LockFake(this.reg, 'user', this.table, this.executions);
  }
}
