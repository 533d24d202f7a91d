/**
 * The server bundle: the code that only the menu items, the import dialog and the sidebar call
 * (the Plan of Action, the Health sheet build, the import, the checks of their payloads). Apps
 * Script loads and compiles every script file (.gs, .js) for each execution, a custom-function
 * call included, but never an HTML file unless asked: so scripts/build.ts stores this bundle as
 * dist/Server.html, and the first menu or sidebar call of an execution reads it and evaluates it
 * once (an execution starts with fresh globals, so `loaded` lasts one execution). Custom
 * functions and onOpen/onInstall never load it.
 */
import type * as Server from './server';

/** The HTML file of the project that holds the server bundle, and the bundle's global name. */
export const serverFile = 'Server';
export const serverGlobal = 'SellerHealthServer';

export type ServerBundle = typeof Server;

let loaded: ServerBundle | undefined;

export function serverBundle(): ServerBundle {
  if (loaded === undefined) {
    // getRawContent: the file exactly as pushed, no template processing. `new Function` compiles
    // it as a function whose scope is the global one (not this module's), so it sees the Apps
    // Script services as a script file does; its `var SellerHealthServer` stays local to that
    // function, which hands it back (no global is left behind).
    const source = HtmlService.createTemplateFromFile(serverFile).getRawContent();
    loaded = new Function(`${source}\nreturn ${serverGlobal};`)() as ServerBundle;
  }
  return loaded;
}
