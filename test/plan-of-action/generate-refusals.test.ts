/**
 * Generate must refuse buyer data and identity-hiding wording in every field the seller
 * types (the notice text, owners, the seller's name and ID, not only the lists), through dist/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalHost, type LocalHost } from '../../host';
import { createRpcBridge, type RpcBridge } from '../../host/serve-rpc';
import type { PlanDraft } from '../../src/core/plan/types';
import { draft, readTsv, sampleSheets } from '../plan-of-action/helpers';

const distDir = join(__dirname, '../../dist');

function open(): { host: LocalHost; call: RpcBridge } {
  const host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  for (const [file, name] of sampleSheets) host.spreadsheet.addSheetWithValues(name, readTsv(file));
  return { host, call: createRpcBridge(host.load(distDir)) };
}

const base = (): PlanDraft =>
  draft({
    notice: {
      kind: 'orderDefectRate',
      channel: 'MFN',
      date: '2026-11-20',
      asins: [],
      text: 'Your ODR is above 1%.',
    },
  });

type Put = (d: PlanDraft, text: string) => void;
const fields: [string, Put][] = [
  [
    'notice text',
    (d, t) => {
      d.notice.text = `Your ODR is above 1%. ${t}`;
    },
  ],
  [
    'root cause',
    (d, t) => {
      d.rootCauses = [`Our packing was weak. ${t}`];
    },
  ],
  [
    'corrective action',
    (d, t) => {
      d.correctiveActions = [`We changed boxes. ${t}`];
    },
  ],
  [
    'measure text',
    (d, t) => {
      d.preventiveMeasures = [
        { text: `Weekly audit. ${t}`, owner: 'Warehouse lead', due: '2026-12-01' },
      ];
    },
  ],
  [
    'measure owner',
    (d, t) => {
      d.preventiveMeasures = [{ text: 'Weekly audit.', owner: t, due: '2026-12-01' }];
    },
  ],
  [
    'seller name',
    (d, t) => {
      d.seller = { name: t };
    },
  ],
];

const mustRefuse: [string, string][] = [
  ['buyer full name from the sheets', 'Robin Mockley'],
  ['buyer e-mail', 'robin.mockley@example.com'],
  ['buyer street address', '177 Fictional Way'],
  ['buyer phone', '+1 555-0115'],
  ['identity hiding', 'We will open a new account in my cousin’s name so Amazon does not link it.'],
];

let lastForm = '';
async function tryGenerate(call: RpcBridge, d: PlanDraft): Promise<string> {
  try {
    const r = (await call('planOfActionGenerate', [d, { channel: 'form' }])) as {
      plainText: string;
    };
    lastForm = r.plainText;
    return 'generated';
  } catch (e) {
    return `refused: ${(e as Error).message.slice(0, 80)}`;
  }
}

describe('Generate refuses in every typed field', () => {
  it('refuses buyer data and identity hiding wherever typed; the Doc never holds them', async () => {
    const { host, call } = open();
    await call('planOfActionOpen', []);
    const generatedWith: string[] = [];
    for (const [field, put] of fields) {
      for (const [label, text] of mustRefuse) {
        const d = base();
        put(d, text);
        const before = host.documents.length;
        const outcome = await tryGenerate(call, d);
        if (outcome === 'generated') {
          const doc = host.documents[before]?.text ?? '';
          // The notice text is kept in the spreadsheet only; it matters if it reaches the Doc.
          if (field !== 'notice text' || doc.includes(text) || lastForm.includes(text))
            generatedWith.push(`${field} / ${label}${doc.includes(text) ? ' (in the Doc)' : ''}`);
        }
      }
    }
    expect(generatedWith).toEqual([]);
  }, 120_000);

  it('generates honest drafts', async () => {
    const { call } = open();
    await call('planOfActionOpen', []);
    const honest: [string, string][] = [
      ['measure owner', 'Dana (warehouse lead)'],
      ['seller name', 'Pinecrest Goods LLC'],
      ['root cause', 'Our 3PL in Denver, CO packed orders in thin boxes.'],
      [
        'corrective action',
        'We now photograph each parcel before it leaves and keep the photo for 90 days.',
      ],
      [
        'notice text',
        'Dear Seller, your account has an Order Defect Rate above 1%. Reply within 17 days.',
      ],
      [
        'measure text',
        'Our owner, who runs this one account, reviews the defect report every Monday.',
      ],
    ];
    const refused: string[] = [];
    for (const [field, text] of honest) {
      const d = base();
      fields.find(([f]) => f === field)?.[1](d, text);
      const outcome = await tryGenerate(call, d);
      if (outcome !== 'generated') refused.push(`${field}: ${outcome}`);
    }
    expect(refused).toEqual([]);
  }, 120_000);
});
