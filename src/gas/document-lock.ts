/**
 * The document lock (LockService.getDocumentLock) around every read-then-write: an import batch
 * reads the last row and the keys already in the sheet, then appends; the Appeal log reads its last
 * row, then adds one; a Health sheet refresh reads the seller's as-of day and cells, then rewrites.
 * Two dialogs, two people or two tabs can run these at once; without the lock the second would
 * overwrite the first's rows or fail creating the same sheet.
 */

/**
 * How long a call waits for another to finish: an import batch takes seconds, and Google's own
 * example waits 30 s. A call that cannot have the lock by then writes nothing and says so.
 */
export const documentLockWaitMs = 30_000;

/** Depth of the lock held by this execution: a nested `withDocumentLock` reuses it. */
let depth = 0;

/** Runs `work` holding the document lock; `busyMessage` is the error when it cannot be had. */
export function withDocumentLock<T>(busyMessage: string, work: () => T): T {
  if (depth > 0) return work();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(documentLockWaitMs)) throw new Error(busyMessage);
  depth++;
  try {
    return work();
  } finally {
    depth--;
    // Google: flush before releasing, so the next holder reads what was written.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** The seller's word for "another one is running", with what to do. */
export function busyMessage(what: string, retry: string): string {
  return `Another import or refresh is running in this spreadsheet (another dialog, tab or editor), so ${what}. ${retry}`;
}
