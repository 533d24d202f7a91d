/**
 * Opening the spreadsheet: Sheets runs onOpen in AuthMode.NONE until the add-on is used in the
 * document, and then only the menu may be built.
 */
import { describe, expect, it } from 'vitest';
import { startDashboard } from './helpers';

const expectedMenu = [
  ['Import report…', 'showImportDialog'],
  ['Build or refresh Health sheet', 'buildHealthSheet'],
  ['Plan of Action…', 'showPlanOfAction'],
  ['Appeal log', 'openAppealLog'],
  ['Settings…', 'showSettings'],
];

describe('opening the spreadsheet in AuthMode.NONE', () => {
  for (const trigger of ['onOpen', 'onInstall']) {
    it(`${trigger} builds the add-on menu and touches nothing else`, () => {
      const dashboard = startDashboard();
      dashboard.addon.globals[trigger]?.({ authMode: 'NONE' });
      const services = new Set(dashboard.host.calls.map((c) => `${c.service}.${c.method}`));
      expect([...services].sort()).toEqual([
        'Menu.addItem',
        'Menu.addSeparator',
        'Menu.addToUi',
        'SpreadsheetApp.getUi',
        'Ui.createAddonMenu',
      ]);
      expect(dashboard.host.ui.menus).toHaveLength(1);
      expect(dashboard.host.ui.menus[0]?.addon).toBe(true);
      const items = dashboard.host.ui
        .menuItems()
        .map((i) => [i.path.replace('(add-on) > ', ''), i.functionName]);
      expect(items).toEqual(expectedMenu);
    });
  }

  it('names only functions the add-on declares', () => {
    const dashboard = startDashboard();
    for (const [, name] of expectedMenu)
      expect(typeof dashboard.addon.globals[name ?? '']).toBe('function');
  });
});
