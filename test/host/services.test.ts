import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon, type LocalHost } from '../../host/index';
import { addonDist, removeDists } from './fixture';

afterAll(removeDists);

let host: LocalHost;
let addon: LoadedAddon;
const dist = addonDist();

beforeEach(() => {
  host = createLocalHost({ user: 'owner@shop.example', timeZone: 'America/New_York' });
  addon = host.load(dist);
});

const run = <T>(code: string): T => addon.run<T>(`(function () { ${code} })()`);

describe('PropertiesService', () => {
  it('stores strings per scope, as Apps Script does', () => {
    const out = run<unknown[]>(`
      var doc = PropertiesService.getDocumentProperties();
      doc.setProperty('marketplace', 'US').setProperties({ nearMargin: 0.2, enabled: true });
      PropertiesService.getUserProperties().setProperty('seen', 'yes');
      var all = doc.getProperties();
      doc.deleteProperty('enabled');
      return [doc.getProperty('nearMargin'), doc.getProperty('missing'), all.enabled, doc.getKeys().sort(),
        PropertiesService.getScriptProperties().getProperty('seen')];
    `);
    expect(out).toEqual(['0.2', null, 'true', ['marketplace', 'nearMargin'], null]);
    expect(host.properties.document.toObject()).toEqual({ marketplace: 'US', nearMargin: '0.2' });
    expect(host.properties.user.toObject()).toEqual({ seen: 'yes' });
    run(`PropertiesService.getDocumentProperties().deleteAllProperties();`);
    expect(host.properties.document.toObject()).toEqual({});
  });

  it('rejects objects and values over 9 KB', () => {
    expect(() =>
      run(`PropertiesService.getDocumentProperties().setProperty('k', { a: 1 });`),
    ).toThrow(/don't match the method signature/);
    expect(() =>
      run(
        `PropertiesService.getDocumentProperties().setProperty('k', new Array(10000).join('x'));`,
      ),
    ).toThrow('Argument too large: value');
  });
});

describe('DocumentApp', () => {
  it('records a document as plain headings, paragraphs, list items and tables', () => {
    const url = run<string>(`
      var doc = DocumentApp.create('Plan of Action - 2024-01-05');
      var body = doc.getBody();
      body.appendParagraph('Plan of Action').setHeading(DocumentApp.ParagraphHeading.TITLE);
      body.appendParagraph('Root cause').setHeading(DocumentApp.ParagraphHeading.HEADING1);
      var p = body.appendParagraph('Late shipments came from one carrier.');
      p.editAsText().setBold(0, 3, true);
      body.appendListItem('Switched carrier').setGlyphType(DocumentApp.GlyphType.NUMBER);
      body.appendListItem('Daily cut-off check').setGlyphType(DocumentApp.GlyphType.NUMBER).setNestingLevel(1);
      body.appendTable([['Metric', 'Value'], ['LSR', '5.2%']]).setAttributes({ [DocumentApp.Attribute.BORDER_WIDTH]: 1 });
      body.appendHorizontalRule();
      var url = doc.getUrl();
      doc.saveAndClose();
      return url;
    `);
    expect(host.documents).toHaveLength(1);
    const doc = host.documents[0];
    expect(doc).toMatchObject({
      name: 'Plan of Action - 2024-01-05',
      url,
      saved: true,
      headings: [
        { heading: 'TITLE', text: 'Plan of Action' },
        { heading: 'HEADING1', text: 'Root cause' },
      ],
      paragraphs: ['Late shipments came from one carrier.'],
      listItems: [
        { text: 'Switched carrier', glyphType: 'NUMBER', nestingLevel: 0 },
        { text: 'Daily cut-off check', glyphType: 'NUMBER', nestingLevel: 1 },
      ],
      tables: [
        [
          ['Metric', 'Value'],
          ['LSR', '5.2%'],
        ],
      ],
    });
    // A new body starts with one empty paragraph, as in Google Docs.
    expect(doc?.elements[0]).toMatchObject({ type: 'paragraph', heading: 'NORMAL', text: '' });
    expect(doc?.elements[3]).toMatchObject({
      spans: [{ start: 0, end: 3, attribute: 'BOLD', value: true }],
    });
    expect(doc?.elements[(doc?.elements.length ?? 0) - 1]).toEqual({ type: 'horizontalRule' });
    expect(doc?.text).toContain('Late shipments came from one carrier.');
  });

  it('reads back through the API and refuses edits after saveAndClose', () => {
    const out = run<unknown[]>(`
      var doc = DocumentApp.create('x');
      var body = doc.getBody();
      var t = body.appendTable([['a', 'b'], ['c', 'd']]);
      var id = doc.getId();
      var res = [body.getNumChildren(), t.getNumRows(), t.getRow(1).getCell(0).getText(),
        body.getParagraphs().length, DocumentApp.openById(id).getName()];
      doc.saveAndClose();
      try { body.appendParagraph('late'); } catch (e) { res.push(e.message); }
      return res;
    `);
    expect(out).toEqual([2, 2, 'c', 1, 'x', 'Document is closed, its contents cannot be updated.']);
  });

  it('checks argument types: wrong enum, non-string table cells', () => {
    expect(() =>
      run(
        `DocumentApp.create('x').getBody().appendParagraph('t').setHeading(DocumentApp.GlyphType.BULLET);`,
      ),
    ).toThrow(/Paragraph.setHeading/);
    expect(() => run(`DocumentApp.create('x').getBody().appendTable([['a', 1]]);`)).toThrow(
      /Body.appendTable/,
    );
  });
});

describe('Ui and HtmlService', () => {
  it('records menus, sidebars, dialogs, alerts and toasts', () => {
    host.ui.respondToNextAlert('NO');
    const answer = run<string>(`
      var ui = SpreadsheetApp.getUi();
      ui.createAddonMenu().addItem('Open Plan of Action', 'openPlanOfAction').addSeparator()
        .addSubMenu(ui.createMenu('Tools').addItem('Rebuild Health sheet', 'rebuildHealth')).addToUi();
      var html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Plan of Action');
      ui.showSidebar(html);
      ui.showModalDialog(HtmlService.createHtmlOutput('<p>Import</p>').setWidth(600).setHeight(400), 'Import');
      var button = ui.alert('Replace the Health sheet?', 'It will be rebuilt.', ui.ButtonSet.YES_NO);
      SpreadsheetApp.getActive().toast('Done', 'Seller Health', 5);
      return String(button) + (button === ui.Button.NO);
    `);
    expect(answer).toBe('NOtrue');
    expect(host.ui.menuItems()).toEqual([
      { path: '(add-on) > Open Plan of Action', functionName: 'openPlanOfAction' },
      { path: '(add-on) > Tools > Rebuild Health sheet', functionName: 'rebuildHealth' },
    ]);
    expect(host.ui.sidebars).toEqual([
      {
        kind: 'sidebar',
        title: 'Plan of Action',
        content: '<!doctype html><html><body><h1>Plan of Action</h1></body></html>',
      },
    ]);
    expect(host.ui.dialogs).toEqual([
      { kind: 'modal', title: 'Import', content: '<p>Import</p>', width: 600, height: 400 },
    ]);
    expect(host.ui.alerts).toEqual([
      {
        title: 'Replace the Health sheet?',
        prompt: 'It will be rebuilt.',
        buttons: 'YES_NO',
        response: 'NO',
      },
    ]);
    expect(host.ui.toasts).toEqual([
      { message: 'Done', title: 'Seller Health', timeoutSeconds: 5 },
    ]);
  });

  it('fails for a missing HTML file, as Apps Script does, whichever way it is read', () => {
    expect(() => run(`HtmlService.createHtmlOutputFromFile('Nope');`)).toThrow(
      'No HTML file named Nope was found.',
    );
    expect(() => run(`HtmlService.createTemplateFromFile('Nope');`)).toThrow(
      'No HTML file named Nope was found.',
    );
  });

  it("gives a template's raw content exactly as the file holds it, and evaluates none", () => {
    expect(run(`return HtmlService.createTemplateFromFile('Sidebar').getRawContent();`)).toBe(
      '<!doctype html><html><body><h1>Plan of Action</h1></body></html>',
    );
    expect(() => run(`HtmlService.createTemplateFromFile('Sidebar').evaluate();`)).toThrow(
      'Local Apps Script host: HtmlTemplate.evaluate is not implemented',
    );
  });
});

describe('Session, Utilities, Logger, ScriptApp, console', () => {
  it('answers with the configured user and time zone', () => {
    expect(
      run(`return [Session.getActiveUser().getEmail(), Session.getScriptTimeZone(),
        SpreadsheetApp.getActive().getSpreadsheetTimeZone(), String(ScriptApp.AuthMode.LIMITED)];`),
    ).toEqual(['owner@shop.example', 'America/New_York', 'America/New_York', 'LIMITED']);
  });

  it('formats dates with Java patterns in a time zone', () => {
    expect(
      run(`var d = new Date(Date.UTC(2024, 0, 5, 3, 4, 5));
        return [Utilities.formatDate(d, 'America/Los_Angeles', 'yyyy-MM-dd'),
          Utilities.formatDate(d, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm'),
          Utilities.formatDate(d, 'UTC', 'MMM d, yyyy'),
          Utilities.formatDate(d, 'GMT+2', "EEE, d MMMM yyyy 'at' h:mm a XXX")];`),
    ).toEqual([
      '2024-01-04',
      '2024-01-04 19:04',
      'Jan 5, 2024',
      'Fri, 5 January 2024 at 5:04 AM +02:00',
    ]);
    expect(() => run(`Utilities.formatDate(new Date(), 'UTC', 'yyyy-ww');`)).toThrow(
      /pattern letter "w"/,
    );
  });

  it('gives deterministic UUIDs and records logs', () => {
    expect(run(`return [Utilities.getUuid(), Utilities.getUuid()];`)).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
    ]);
    run(`Logger.log('rows: %s', 12); console.warn('slow', { ms: 900 });`);
    expect(host.logs).toEqual([
      { source: 'Logger', level: 'log', message: 'rows: 12' },
      { source: 'console', level: 'warn', message: 'slow {"ms":900}' },
    ]);
  });
});

describe('call recording', () => {
  it('records every call on every fake and can be reset', () => {
    run(
      `var s = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(); s.getRange('A1:B2').setValues([[1, 2], [3, 4]]); s.getRange('A1').getValue();`,
    );
    expect(host.calls.map((c) => `${c.service}.${c.method}`)).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getActiveSheet',
      'Sheet.getRange',
      'Range.setValues',
      'Sheet.getRange',
      'Range.getValue',
    ]);
    expect(host.callsTo('Range', 'setValues')[0]?.args).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
    ]);
    host.resetCalls();
    expect(host.calls).toEqual([]);
    // Test-side use of the models is not recorded.
    host.spreadsheet.getActiveSheet().getRange('A1').getValue();
    expect(host.calls).toEqual([]);
  });

  it('counts calls made through a loaded global', () => {
    addon.globals.writeReport?.([
      ['sku', 'units'],
      ['A', 1],
    ]);
    expect(host.callsTo('Range', 'setValues')).toHaveLength(1);
    expect(host.spreadsheet.sheet('Report').snapshot().values).toEqual([
      ['sku', 'units'],
      ['A', 1],
    ]);
  });
});
