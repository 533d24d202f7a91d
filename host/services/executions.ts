/**
 * Executions of the add-on's server code, as Apps Script runs them: each call of a global is one
 * execution, with its own locks, released when it ends. Node runs one thing at a time, so two
 * executions meet only when the host starts the second one in the middle of the first (between two
 * of its service calls, see `LocalHost.interleave`): the first is suspended until the second ends.
 */
export class Executions {
  /** The running execution: 0 is the test's own code (calls outside `run`). */
  current = 0;
  private next = 1;
  private readonly endHandlers: ((execution: number) => void)[] = [];

  /** Runs `fn` as a new execution and ends it, whatever it throws. */
  run<T>(fn: () => T): T {
    const id = this.next++;
    const previous = this.current;
    this.current = id;
    try {
      return fn();
    } finally {
      this.current = previous;
      for (const handler of this.endHandlers) handler(id);
    }
  }

  onEnd(handler: (execution: number) => void): void {
    this.endHandlers.push(handler);
  }
}
