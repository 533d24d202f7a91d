/**
 * The server bundle's entry (dist/Server.html, loaded by ./server-bundle.ts): the menu items and
 * the server functions of the sidebar and the dialogs, each a property of `SellerHealthServer`,
 * behind their own redaction step. Each such name in ./globals.ts must be exported; a test checks it.
 */
import { edgeOf, type Handler } from './call-edge';
import * as dashboard from './dashboard';
import * as planOfAction from './plan-of-action';

export * from './dashboard';
export * from './plan-of-action';

export const atTheEdge = edgeOf(
  () => ({ ...dashboard, ...planOfAction }) as Record<string, Handler>,
);
