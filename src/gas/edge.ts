/**
 * Every Apps Script global enters here: dist/Code.js's stubs call `atTheEdge(kind, name, args)`
 * (scripts/build.ts generates them). What a server function returns to the sidebar or a dialog,
 * and the message of every error thrown (shown in a cell or the sidebar, and sent to Cloud Logging
 * by exceptionLogging) pass the redaction step, so no report's buyer data leaves the sheets however
 * a function was written.
 */
import * as customFunctions from './custom-functions';
import * as dashboard from './dashboard';
import type { GlobalKind } from './globals-types';
import * as planOfAction from './plan-of-action';
import { callRedactor, holdsText, withCallPrivacy } from './privacy';

type Handler = (...args: unknown[]) => unknown;

let handlers: Record<string, Handler> | undefined;

function handlerOf(name: string): Handler {
  handlers ??= { ...customFunctions, ...dashboard, ...planOfAction } as Record<string, Handler>;
  const handler = handlers[name];
  if (handler === undefined) throw new Error(`Seller Health has no function ${name}.`);
  return handler;
}

function messageOf(error: unknown): string {
  return error !== null && typeof error === 'object' && 'message' in error
    ? String(error.message)
    : String(error);
}

export function atTheEdge(kind: GlobalKind, name: string, args: unknown[]): unknown {
  const handler = handlerOf(name);
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
}
