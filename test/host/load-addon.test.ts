import { afterAll, describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host/index';
import { loadAddon, pushOrder, topLevelFunctionNames } from '../../host/load-addon';
import { addonDist, removeDists } from './fixture';

afterAll(removeDists);

describe('loadAddon', () => {
  it('evaluates Core.js first, then the other scripts by name, in one context', () => {
    const addon = createLocalHost().load(addonDist());
    expect(addon.files).toEqual(['Core.js', 'Code.js', 'Zeta.js']);
    expect(addon.run<string[]>('loadOrder')).toEqual(['Core.js', 'Code.js', 'Zeta.js']);
  });

  it('exposes exactly the top-level function declarations', () => {
    const addon = loadAddon({ distDir: addonDist(), services: createLocalHost().services });
    expect(Object.keys(addon.globals).sort()).toEqual(
      ['boom', 'echo', 'hello', 'helper_', 'today', 'writeReport', 'zeta'].sort(),
    );
    expect(addon.globals.hello?.('Ann')).toBe('hi Ann');
    expect(addon.globals.zeta?.()).toBe('function');
    expect(addon.run('typeof SellerHealth')).toBe('object');
  });

  it('gives a global scope with only JS builtins, console and the services', () => {
    const addon = createLocalHost().load(addonDist());
    const absent = [
      'require',
      'process',
      'module',
      'exports',
      'window',
      'document',
      'setTimeout',
      'setInterval',
      'setImmediate',
      'Buffer',
      'fetch',
      '__dirname',
      'global',
    ];
    for (const name of absent) expect(addon.run(`typeof ${name}`), name).toBe('undefined');
    for (const name of ['SpreadsheetApp', 'DocumentApp', 'PropertiesService', 'HtmlService']) {
      expect(addon.run(`typeof ${name}`), name).toBe('object');
    }
    expect(addon.run('typeof console.log')).toBe('function');
    expect(addon.run('typeof JSON.parse + typeof Intl.DateTimeFormat')).toBe('functionfunction');
  });

  it('is a separate realm: the add-on cannot reach Node through builtins', () => {
    const addon = createLocalHost().load(addonDist());
    expect(addon.run('Object') === Object).toBe(false);
    expect(addon.run('typeof (function(){ return this; })().process')).toBe('undefined');
  });

  it('copies fixtures into the add-on realm', () => {
    const addon = createLocalHost().load(addonDist());
    const isDate = addon.run<(v: unknown) => boolean>(
      '(function (v) { return v[0][0] instanceof Date; })',
    );
    const rows = [[new Date(0), 'x']];
    expect(isDate(rows)).toBe(false);
    expect(isDate(addon.toRealm(rows))).toBe(true);
    expect(addon.toRealm({ a: [1, { b: 'c' }] })).toEqual({ a: [1, { b: 'c' }] });
  });

  it('names the dist file in stack traces', () => {
    const addon = createLocalHost().load(addonDist());
    let stack = '';
    try {
      addon.globals.boom?.();
    } catch (e) {
      stack = (e as Error).stack ?? '';
    }
    expect(stack).toMatch(/Core\.js:\d+/);
    expect(stack).toMatch(/Code\.js:\d+/);
  });

  it('orders files like clasp and finds declarations', () => {
    expect(
      pushOrder(['b.js', 'Sidebar.html', 'Code.js', 'Core.js', 'appsscript.json', 'a.gs']),
    ).toEqual(['Core.js', 'a.gs', 'b.js', 'Code.js']);
    expect(
      topLevelFunctionNames(
        'function a(){ function inner(){} } var b = function(){}; function c(){}',
      ),
    ).toEqual(['a', 'c']);
  });
});
