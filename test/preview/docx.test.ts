/**
 * The local preview's .docx: the document model a seller would get as a Google Doc, readable in
 * Word or LibreOffice, with the same headings, entries and affected-orders table, in order.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docModelToDocx } from '../../scripts/preview/docx';
import type { DocModel } from '../../src/core/plan/types';

/** The visible text of word/document.xml, one line per paragraph or table cell. */
function documentText(docx: Buffer): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml'] ?? new Uint8Array());
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => paragraph.replace(/<[^>]+>/g, ''))
    .map((text) =>
      text
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&apos;/g, "'"),
    )
    .filter((text) => text !== '');
}

const model: DocModel = {
  title: 'Plan of Action – Late Shipment Rate – 2026-11-16',
  blocks: [
    { type: 'heading', level: 1, text: 'Root causes' },
    { type: 'bullets', items: ['Saturday orders waited for the Monday pick.'] },
    { type: 'heading', level: 1, text: 'Preventive measures' },
    { type: 'numbered', items: ["Ship the day's ship-by orders first.", 'Weekly storage check.'] },
    {
      type: 'table',
      header: ['Order ID', 'Date', 'Defect', 'SKU'],
      rows: [['112-1411943-4327146', '2026-10-19', 'shipped 1 day late', '<b>PC-STOVE</b>']],
    },
  ],
};

describe('the .docx written by the local preview', () => {
  it('holds the title, headings, list entries and table cells in the order of the model', async () => {
    const lines = documentText(await docModelToDocx(model));
    expect(lines).toEqual([
      'Plan of Action – Late Shipment Rate – 2026-11-16',
      'Root causes',
      'Saturday orders waited for the Monday pick.',
      'Preventive measures',
      "Ship the day's ship-by orders first.",
      'Weekly storage check.',
      'Order ID',
      'Date',
      'Defect',
      'SKU',
      '112-1411943-4327146',
      '2026-10-19',
      'shipped 1 day late',
      // Report text is text in the document too, never markup.
      '<b>PC-STOVE</b>',
    ]);
  });
});
