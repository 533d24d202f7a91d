/**
 * Every Apps Script global enters here: dist/Code.js's stubs call `atTheEdge(kind, name, args)`
 * (scripts/build.ts generates them). Custom functions and the open and install triggers run from
 * Core.js; menu items and the sidebar's and dialogs' server functions from the server bundle,
 * loaded on the first such call of an execution (./server-bundle.ts). Both pass the same
 * redaction step (./call-edge.ts).
 */
import { edgeOf, type Handler, messageOf } from './call-edge';
import * as customFunctions from './custom-functions';
import * as dashboardFunctions from './dashboard/custom-functions';
import { onInstall, onOpen } from './dashboard/menu';
import type { GlobalKind } from './globals-types';
import { callRedactor } from './privacy';
import { type ServerBundle, serverBundle } from './server-bundle';

const inCore = edgeOf(
  () =>
    ({ ...customFunctions, ...dashboardFunctions, onInstall, onOpen }) as Record<string, Handler>,
);

export function atTheEdge(kind: GlobalKind, name: string, args: unknown[]): unknown {
  // onOpen may run in AuthMode.NONE, which allows nothing but the menu; a custom function needs
  // none of the server's code: neither loads the server bundle.
  if (kind === 'customFunction' || kind === 'trigger') return inCore(kind, name, args);
  let server: ServerBundle;
  try {
    server = serverBundle();
  } catch (error) {
    // Outside any call: the patterns alone, no sheet is read for a message about a script file.
    throw new Error(callRedactor().redact(messageOf(error)));
  }
  return server.atTheEdge(kind, name, args);
}
