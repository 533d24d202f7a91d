/**
 * The redaction step around one bundle's globals: what a server function returns to the sidebar
 * or a dialog, and the message of every error thrown (shown in a cell or the sidebar, and sent to
 * Cloud Logging by exceptionLogging) pass it, so no report's buyer data leaves the sheets however
 * a function was written. Core.js and the server bundle (Server.html) each wrap their own handlers
 * with it, so a call's redactor is the one its handlers note buyer values into (./privacy.ts).
 */
import type { GlobalKind } from './globals-types';
import { callRedactor, holdsText, withCallPrivacy } from './privacy';

export type Handler = (...args: unknown[]) => unknown;

/** One bundle's door: `atTheEdge(kind, name, args)` as dist/Code.js's stubs call it. */
export type Edge = (kind: GlobalKind, name: string, args: unknown[]) => unknown;

export function messageOf(error: unknown): string {
  return error !== null && typeof error === 'object' && 'message' in error
    ? String(error.message)
    : String(error);
}

/** The door to `handlers`, built on its first call (nothing is built when the file loads). */
export function edgeOf(handlersOf: () => Record<string, Handler>): Edge {
  let handlers: Record<string, Handler> | undefined;
  return (kind, name, args) => {
    handlers ??= handlersOf();
    const handler = handlers[name];
    if (handler === undefined) throw new Error(`Seller Health has no function ${name}.`);
    return withCallPrivacy(kind, args, () => {
      let result: unknown;
      try {
        result = handler(...args);
      } catch (error) {
        throw new Error(callRedactor().redact(messageOf(error)));
      }
      // Only the sidebar's and dialogs' answers leave the sheets; a custom function's stay in its cell.
      if (kind !== 'sidebar' || !holdsText(result)) return result;
      return callRedactor().redactDeep(result);
    });
  };
}
