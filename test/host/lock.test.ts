/**
 * The local host's LockService: a lock that really excludes between executions, with Google's
 * documented tryLock / waitLock / releaseLock / hasLock semantics, and the strictest reading where
 * Google is silent (not re-entrant; a wait on a suspended holder cannot succeed).
 */
import { describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host';

interface Lock {
  tryLock(ms: unknown): boolean;
  waitLock(ms: unknown): void;
  releaseLock(): void;
  hasLock(): boolean;
}

function lockHost() {
  const host = createLocalHost();
  const service = host.services.LockService as { getDocumentLock(): Lock; getScriptLock(): Lock };
  const app = host.services.SpreadsheetApp as { getActiveSpreadsheet(): unknown };
  return { host, service, app };
}

describe('LockService in the local host', () => {
  it('gives the document lock to one execution at a time', () => {
    const { host, service, app } = lockHost();
    const outcome = host.interleave(
      () => {
        const lock = service.getDocumentLock();
        const had = lock.tryLock(30_000);
        app.getActiveSpreadsheet();
        const still = lock.hasLock();
        lock.releaseLock();
        return { had, still, after: lock.hasLock() };
      },
      () => {
        const lock = service.getDocumentLock();
        return { had: lock.tryLock(30_000), has: lock.hasLock() };
      },
      (call) => call.method === 'getActiveSpreadsheet',
    );
    expect(outcome.first).toEqual({ value: { had: true, still: true, after: false } });
    expect(outcome.second).toEqual({ value: { had: false, has: false } });
    expect(host.locks.waits).toEqual([{ scope: 'document', timeoutInMillis: 30_000 }]);
    // Released: the next execution has it at once.
    expect(host.execution(() => service.getDocumentLock().tryLock(0))).toBe(true);
  });

  it("throws Google's timeout from waitLock, and lets the other scopes be", () => {
    const { host, service, app } = lockHost();
    const outcome = host.interleave(
      () => {
        service.getDocumentLock().waitLock(1000);
        app.getActiveSpreadsheet();
      },
      () => {
        const script = service.getScriptLock();
        script.waitLock(10);
        script.releaseLock();
        service.getDocumentLock().waitLock(5000);
      },
      (call) => call.method === 'getActiveSpreadsheet',
    );
    expect(outcome.second).toEqual({
      error: 'Lock timeout: another process was holding the lock for too long.',
    });
    expect(outcome.first).toEqual({ value: undefined });
  });

  it('is not re-entrant: a second Lock object of the same execution waits like anyone', () => {
    const { host, service } = lockHost();
    const result = host.execution(() => {
      const first = service.getDocumentLock();
      const second = service.getDocumentLock();
      return [first.tryLock(0), second.tryLock(100), first.hasLock(), second.hasLock()];
    });
    expect(result).toEqual([true, false, true, false]);
  });

  it('releases what an execution still holds when it ends', () => {
    const { host, service } = lockHost();
    let forgotten: Lock | undefined;
    host.execution(() => {
      forgotten = service.getDocumentLock();
      forgotten.tryLock(0);
    });
    expect(forgotten?.hasLock()).toBe(false);
    expect(host.locks.holders.size).toBe(0);
    expect(host.execution(() => service.getDocumentLock().tryLock(0))).toBe(true);
  });

  it('has no lock before trying, and a release of a lock never had frees nothing', () => {
    const { host, service, app } = lockHost();
    const outcome = host.interleave(
      () => {
        const lock = service.getDocumentLock();
        lock.tryLock(0);
        app.getActiveSpreadsheet();
        return lock.hasLock();
      },
      () => {
        const other = service.getDocumentLock();
        const before = other.hasLock();
        other.releaseLock();
        return [before, other.tryLock(0)];
      },
      (call) => call.method === 'getActiveSpreadsheet',
    );
    expect(outcome.second).toEqual({ value: [false, false] });
    expect(outcome.first).toEqual({ value: true });
  });

  it('refuses a timeout that is not a number of milliseconds', () => {
    const { service } = lockHost();
    const lock = service.getDocumentLock();
    expect(() => lock.tryLock('30s')).toThrow(/don't match the method signature for Lock.tryLock/);
    expect(() => lock.waitLock(-1)).toThrow(/timeoutInMillis/);
    expect(lock.hasLock()).toBe(false);
  });
});
