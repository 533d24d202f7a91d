/**
 * The bundle entry: everything exported here becomes a property of the `SellerHealth` global
 * (dist/Core.js). Each name listed in ./globals.ts must be exported; a test checks it.
 */
export * from './custom-functions';
export * from './dashboard';
export { atTheEdge } from './edge';
export * from './plan-of-action';
