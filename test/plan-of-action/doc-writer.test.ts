import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalHost } from '../../host';
import type { DocModel } from '../../src/core/plan/types';
import { writeDoc } from '../../src/gas/plan-of-action/doc-writer';
import { stubHost } from './helpers';

const model: DocModel = {
  title: 'Plan of Action – Late Shipment Rate – 2026-11-02',
  blocks: [
    { type: 'paragraph', text: 'Notice: Late Shipment Rate, dated 2026-11-02.' },
    { type: 'heading', level: 1, text: 'Root causes' },
    { type: 'numbered', items: ['Handling time too short.', 'Late confirmations.'] },
    { type: 'heading', level: 2, text: 'Supporting facts from our order reports' },
    { type: 'bullets', items: ['9 of the 12 late shipments (75%) were carried by UPS.'] },
    { type: 'heading', level: 3, text: 'Detail' },
    {
      type: 'table',
      header: ['Order ID', 'Date', 'Defect', 'SKU'],
      rows: [
        [
          '111-0000000-0000001',
          '2026-10-01',
          'shipped 2 days late',
          '=IMPORTXML("http://x","//a")',
        ],
        ['111-0000000-0000002', '2026-10-02', 'shipped 1 day late', ''],
      ],
    },
  ],
};

describe('writeDoc', () => {
  let host: LocalHost;
  beforeEach(() => {
    host = stubHost();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('writes each block of the model as its Docs element, in order', () => {
    const written = writeDoc(model);
    expect(host.documents).toHaveLength(1);
    const doc = host.documents[0];
    expect(written).toEqual({ id: doc?.id, url: doc?.url, title: model.title });
    expect(doc?.name).toBe(model.title);
    expect(doc?.saved).toBe(true);
    expect(doc?.elements.map((e) => e.type)).toEqual([
      'paragraph',
      'paragraph',
      'listItem',
      'listItem',
      'paragraph',
      'listItem',
      'paragraph',
      'table',
    ]);
    expect(doc?.headings).toEqual([
      { heading: 'HEADING1', text: 'Root causes' },
      { heading: 'HEADING2', text: 'Supporting facts from our order reports' },
      { heading: 'HEADING3', text: 'Detail' },
    ]);
    expect(doc?.paragraphs).toEqual(['Notice: Late Shipment Rate, dated 2026-11-02.']);
    expect(doc?.listItems).toEqual([
      { text: 'Handling time too short.', glyphType: 'NUMBER', nestingLevel: 0 },
      { text: 'Late confirmations.', glyphType: 'NUMBER', nestingLevel: 0 },
      {
        text: '9 of the 12 late shipments (75%) were carried by UPS.',
        glyphType: 'BULLET',
        nestingLevel: 0,
      },
    ]);
  });

  it('writes tables cell by cell as text, with a bold header row', () => {
    writeDoc(model);
    const [table] = host.documents[0]?.tables ?? [];
    expect(table).toEqual([
      ['Order ID', 'Date', 'Defect', 'SKU'],
      ['111-0000000-0000001', '2026-10-01', 'shipped 2 days late', '=IMPORTXML("http://x","//a")'],
      ['111-0000000-0000002', '2026-10-02', 'shipped 1 day late', ''],
    ]);
    const bolded = host.callsTo('Text', 'setBold');
    expect(bolded).toHaveLength(4);
    expect(bolded.every((call) => call.args[0] === true)).toBe(true);
  });

  it('drops the empty paragraph a new Doc starts with', () => {
    writeDoc(model);
    const first = host.documents[0]?.elements[0];
    expect(first).toMatchObject({
      type: 'paragraph',
      text: model.blocks[0]?.type === 'paragraph' ? model.blocks[0].text : '',
    });
  });

  it('makes a new Doc every time, never reusing one', () => {
    const first = writeDoc(model);
    const second = writeDoc(model);
    expect(second.id).not.toBe(first.id);
    expect(host.documents).toHaveLength(2);
    expect(host.callsTo('DocumentApp', 'create')).toHaveLength(2);
    expect(host.callsTo('DocumentApp', 'openById')).toHaveLength(0);
  });
});
