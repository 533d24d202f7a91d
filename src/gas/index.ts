/**
 * The entry of dist/Core.js, the one bundle every custom-function call loads: everything exported
 * here becomes a property of the `SellerHealth` global. The custom functions and the open and
 * install triggers are here; the menu items and the sidebar's and dialogs' server functions are in
 * the server bundle (./server.ts, dist/Server.html). A test checks each name of ./globals.ts is
 * exported by the bundle its kind belongs to.
 */
export * from './custom-functions';
export * from './dashboard/custom-functions';
export { onInstall, onOpen } from './dashboard/menu';
export { atTheEdge } from './edge';
