/**
 * A generated Doc in the preview: read back from the DocumentApp fake into the plan's document
 * model, drawn as a page where report text stays text.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../host';
import { docModelOf, docPage } from '../../preview/server/doc-page';

const hostile = '<img src=x onerror=alert(1)> & "quotes"';

const doc: DocumentSnapshot = {
  id: 'doc-1',
  name: 'Plan of Action: Late Shipment Rate',
  url: 'https://docs.google.com/document/d/doc-1/edit',
  saved: true,
  elements: [
    {
      type: 'paragraph',
      heading: 'HEADING1',
      text: 'Plan of Action',
      alignment: null,
      attributes: {},
      spans: [],
    },
    {
      type: 'paragraph',
      heading: 'NORMAL',
      text: hostile,
      alignment: null,
      attributes: {},
      spans: [],
    },
    {
      type: 'listItem',
      text: 'First',
      glyphType: 'NUMBER',
      nestingLevel: 0,
      attributes: {},
      spans: [],
    },
    {
      type: 'listItem',
      text: 'Second',
      glyphType: 'NUMBER',
      nestingLevel: 0,
      attributes: {},
      spans: [],
    },
    {
      type: 'listItem',
      text: 'A bullet',
      glyphType: 'BULLET',
      nestingLevel: 0,
      attributes: {},
      spans: [],
    },
    {
      type: 'table',
      rows: [
        ['Order ID', 'Defect'],
        ['111-1', hostile],
      ],
      attributes: {},
    },
  ],
  headings: [],
  paragraphs: [],
  listItems: [],
  tables: [],
  text: '',
};

describe('a generated Doc in the preview', () => {
  it('reads back as the document model the add-on wrote', () => {
    expect(docModelOf(doc)).toEqual({
      title: 'Plan of Action: Late Shipment Rate',
      blocks: [
        { type: 'heading', level: 1, text: 'Plan of Action' },
        { type: 'paragraph', text: hostile },
        { type: 'numbered', items: ['First', 'Second'] },
        { type: 'bullets', items: ['A bullet'] },
        { type: 'table', header: ['Order ID', 'Defect'], rows: [['111-1', hostile]] },
      ],
    });
  });

  it('draws report text as text, never as markup', () => {
    const html = docPage(docModelOf(doc), doc.id);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('href="/doc/doc-1.docx"');
  });
});
