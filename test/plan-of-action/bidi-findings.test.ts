/**
 * Report text with bidi and zero-width characters (a carrier name, a claim reason): the
 * sidebar and the Doc hold none of them, and a finding the seller ticks still reaches the Doc.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host';
import { createRpcBridge } from '../../host/serve-rpc';
import type { PlanOfActionStart } from '../../src/core/plan/contract';
import type { PlanDraft } from '../../src/core/plan/types';
import { readTsv, sampleSheets } from '../plan-of-action/helpers';

const distDir = join(__dirname, '../../dist');
const invisible = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

describe('bidi in report text', () => {
  it('claim reasons with U+202E and zero-width: none in the sidebar or Doc; ticked finding kept', async () => {
    const host = createLocalHost({ timeZone: 'America/Los_Angeles' });
    for (const [file, name] of sampleSheets) {
      const rows = readTsv(file);
      if (file === 'claims.tsv')
        rows.slice(1).forEach((r) => {
          r[3] = 'Item \u202Edeviecer ton\u202C\u200B';
        });
      host.spreadsheet.addSheetWithValues(name, rows);
    }
    const call = createRpcBridge(host.load(distDir));
    const start = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    const payload = JSON.stringify(start);
    expect(invisible.test(payload)).toBe(false);
    const finding = start.marketplaces[0]?.findings.find((f) => f.dimension === 'claimReason');
    expect(finding).toBeDefined();
    const d: PlanDraft = {
      notice: {
        kind: 'orderDefectRate',
        channel: 'MFN',
        date: '2026-11-20',
        asins: [],
        text: 'ODR',
      },
      tickedFindingIds: [finding?.id ?? ''],
      rootCauses: ['Our carrier lost parcels on one route.'],
      findingCauses: [{ findingId: finding?.id ?? '', rootCause: 0 }],
      correctiveActions: ['We changed the carrier on that route.'],
      preventiveMeasures: [
        { text: 'Weekly lost-parcel check.', owner: 'Warehouse lead', due: '2026-12-01' },
      ],
    };
    await call('planOfActionGenerate', [d, { channel: 'form' }]);
    const doc = host.documents[host.documents.length - 1]?.text ?? '';
    expect(invisible.test(doc)).toBe(false);
    // The ticked finding's summary is in the Doc's facts.
    expect(doc).toContain(finding?.summary.slice(0, 40));
  }, 120_000);
});
