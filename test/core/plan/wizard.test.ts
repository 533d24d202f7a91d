import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/analysis/findings-types';
import { draftLimits, type MarketplaceView } from '../../../src/core/plan/contract';
import { rootCauseFromFinding } from '../../../src/core/plan/suggestions';
import {
  addTypedAsins,
  findingsForNotice,
  freshWizardState,
  withCauseAssigned,
  withNotice,
  withoutBlankEntries,
  withPrefilledRootCauses,
  withRootCauseRemoved,
} from '../../../src/core/plan/wizard';

function finding(
  metric: Finding['metric'],
  key: string,
  defects = 3,
  channel: Finding['channel'] = 'MFN',
): Finding {
  return {
    id: `${metric}:${channel}:sku:${key}`,
    metric,
    channel,
    dimension: 'sku',
    key,
    defects,
    totalDefects: 10,
    share: defects / 10,
    orders: 20,
    rate: defects / 20,
    orderIds: ['113-0000001-0000007'],
    summary: `${defects} of the 10 (${defects * 10}%) included SKU ${key}.`,
  };
}

const lateMug = finding('lateShipmentRate', 'MUG-1');
const lateBowl = finding('lateShipmentRate', 'BOWL-2', 2);
const claimMug = finding('claimRate', 'MUG-1', 4);
const fbaClaimMug = finding('claimRate', 'MUG-1', 1, 'AFN');
const findings = [lateMug, lateBowl, claimMug, fbaClaimMug];
const ukLate = { ...finding('lateShipmentRate', 'MUG-1', 5), summary: 'UK' };

function view(code: string, salesChannel: string, marketFindings: Finding[]): MarketplaceView {
  return { code, salesChannel, metrics: [], findings: marketFindings };
}

/** What the sidebar is told: two marketplaces, each measured apart. */
const start = {
  marketplaces: [view('US', 'Amazon.com', findings), view('UK', 'Amazon.co.uk', [ukLate])],
};

const lateSuggestion = { kind: 'lateShipmentRate', channel: 'MFN', marketplace: 'US' } as const;

function tickedState(ids: string[]) {
  const state = freshWizardState(lateSuggestion);
  return { ...state, draft: { ...state.draft, tickedFindingIds: ids } };
}

describe('the wizard state changes', () => {
  it('start at step 1 with an empty draft for the notice the data points at', () => {
    const state = freshWizardState({ kind: 'orderDefectRate', channel: 'AFN', marketplace: 'UK' });
    expect(state.step).toBe('notice');
    expect(state.reached).toBe('notice');
    expect(state.draft.notice).toEqual({
      kind: 'orderDefectRate',
      date: '',
      asins: [],
      text: '',
      channel: 'AFN',
      marketplace: 'UK',
    });
    expect(state.draft.rootCauses).toEqual([]);
    expect(freshWizardState(null).draft.notice).toEqual({
      kind: 'orderDefectRate',
      date: '',
      asins: [],
      text: '',
    });
  });

  it('a notice-kind change unticks the findings of other metrics and keeps its own', () => {
    const before = tickedState([lateMug.id, claimMug.id, 'gone:MFN:sku:OLD']);
    const odr = withNotice(before, { kind: 'orderDefectRate' }, start);
    expect(odr.draft.notice.kind).toBe('orderDefectRate');
    expect(odr.draft.tickedFindingIds).toEqual([claimMug.id]);
    const late = withNotice(before, { kind: 'lateShipmentRate' }, start);
    expect(late.draft.tickedFindingIds).toEqual([lateMug.id]);
    // A policy notice has no metrics: nothing stays ticked.
    expect(
      withNotice(before, { kind: 'intellectualProperty' }, start).draft.tickedFindingIds,
    ).toEqual([]);
    // The state passed in is left as it was.
    expect(before.draft.notice.kind).toBe('lateShipmentRate');
    expect(before.draft.tickedFindingIds).toHaveLength(3);
  });

  it('a channel or marketplace change unticks the findings of the other channel or marketplace', () => {
    const odr = withNotice(
      tickedState([claimMug.id, fbaClaimMug.id]),
      { kind: 'orderDefectRate' },
      start,
    );
    // Seller-fulfilled unless the seller chooses FBA.
    expect(odr.draft.tickedFindingIds).toEqual([claimMug.id]);
    const fba = withNotice(
      tickedState([claimMug.id, fbaClaimMug.id]),
      { kind: 'orderDefectRate', channel: 'AFN' },
      start,
    );
    expect(fba.draft.tickedFindingIds).toEqual([fbaClaimMug.id]);
    const uk = withNotice(tickedState([lateMug.id]), { marketplace: 'UK' }, start);
    expect(uk.draft.notice.marketplace).toBe('UK');
    expect(uk.draft.tickedFindingIds).toEqual([]);
    expect(findingsForNotice(start, uk.draft.notice)).toEqual([ukLate]);
    expect(findingsForNotice(start, fba.draft.notice)).toEqual([fbaClaimMug]);
    // A marketplace the reports do not hold offers nothing rather than another's findings.
    expect(findingsForNotice(start, { ...uk.draft.notice, marketplace: 'DE' })).toEqual([]);
  });

  it('prefill adds one root cause per newly ticked finding, once, after what the seller wrote', () => {
    const state = tickedState([lateMug.id, lateBowl.id]);
    state.draft.rootCauses = ['Our own words.'];
    const once = withPrefilledRootCauses(state, findings);
    expect(once.draft.rootCauses).toEqual([
      'Our own words.',
      rootCauseFromFinding(lateMug),
      rootCauseFromFinding(lateBowl),
    ]);
    expect(once.prefilledFindingIds).toEqual([lateMug.id, lateBowl.id]);
    // Revisiting the step, even after the seller deleted a prefilled entry, adds no copies.
    const edited = { ...once, draft: { ...once.draft, rootCauses: ['Our own words.'] } };
    expect(withPrefilledRootCauses(edited, findings).draft.rootCauses).toEqual(['Our own words.']);
    expect(state.draft.rootCauses).toEqual(['Our own words.']);
  });

  it('prefill skips ticked findings the reports no longer show and stops at the limit', () => {
    const gone = withPrefilledRootCauses(tickedState(['gone:MFN:sku:OLD']), findings);
    expect(gone.draft.rootCauses).toEqual([]);
    expect(gone.prefilledFindingIds).toEqual([]);
    const full = tickedState([lateMug.id]);
    full.draft.rootCauses = Array.from({ length: draftLimits.items }, (_, i) => `Cause ${i}`);
    const after = withPrefilledRootCauses(full, findings);
    expect(after.draft.rootCauses).toHaveLength(draftLimits.items);
    expect(after.prefilledFindingIds).toEqual([lateMug.id]);
  });

  it('drops blank entries but keeps a measure with only an owner or a date', () => {
    const draft = freshWizardState(lateSuggestion).draft;
    const cleaned = withoutBlankEntries({
      ...draft,
      rootCauses: ['  ', 'A cause', ''],
      correctiveActions: ['\n'],
      preventiveMeasures: [
        { text: ' ', owner: '', due: '' },
        { text: '', owner: 'Ana', due: '' },
        { text: '', owner: '', due: '2026-12-01' },
      ],
    });
    expect(cleaned.rootCauses).toEqual(['A cause']);
    expect(cleaned.correctiveActions).toEqual([]);
    expect(cleaned.preventiveMeasures.map((m) => m.owner || m.due)).toEqual(['Ana', '2026-12-01']);
  });
});

describe('typing affected ASINs', () => {
  it('reads ASINs in any case, separated by spaces, commas or semicolons, without repeats', () => {
    expect(addTypedAsins(['B07XJ8C8F5'], ' b07xj8c8f5, B0AAAAAAA1;b0bbbbbbb2\n')).toEqual({
      asins: ['B07XJ8C8F5', 'B0AAAAAAA1', 'B0BBBBBBB2'],
      rejected: [],
    });
  });

  it('gives back what is not an ASIN, leaving the list as it was', () => {
    const current = ['B07XJ8C8F5'];
    expect(addTypedAsins(current, 'NOT-AN-ASIN B0AAAAAAA B0AAAAAAA12 b0ccccccc3')).toEqual({
      asins: ['B07XJ8C8F5', 'B0CCCCCCC3'],
      rejected: ['NOT-AN-ASIN', 'B0AAAAAAA', 'B0AAAAAAA12'],
    });
    expect(current).toEqual(['B07XJ8C8F5']);
    expect(addTypedAsins([], '   ')).toEqual({ asins: [], rejected: [] });
  });

  it('adds no more than the draft holds', () => {
    const many = Array.from(
      { length: draftLimits.asins + 5 },
      (_, i) => `B0${String(i).padStart(8, '0')}`,
    );
    expect(addTypedAsins([], many.join(' ')).asins).toEqual(many.slice(0, draftLimits.asins));
  });
});

describe('which root cause explains which orders', () => {
  it('prefill assigns each finding the cause its question becomes', () => {
    const state = tickedState([lateMug.id, lateBowl.id]);
    state.draft.rootCauses = ['Our own words.'];
    const after = withPrefilledRootCauses(state, findings);
    expect(after.draft.findingCauses).toEqual([
      { findingId: lateMug.id, rootCause: 1 },
      { findingId: lateBowl.id, rootCause: 2 },
    ]);
  });

  it('assigns a cause to a finding or an order, and takes it back with null', () => {
    const draft = freshWizardState(lateSuggestion).draft;
    const a = withCauseAssigned(draft, { findingId: lateMug.id }, 0);
    const b = withCauseAssigned(a, { orderId: '113-0000001-0000007' }, 2);
    const c = withCauseAssigned(b, { findingId: lateMug.id }, 1);
    expect(c.findingCauses).toEqual([{ findingId: lateMug.id, rootCause: 1 }]);
    expect(c.orderCauses).toEqual([{ orderId: '113-0000001-0000007', rootCause: 2 }]);
    expect(withCauseAssigned(c, { orderId: '113-0000001-0000007' }, null).orderCauses).toEqual([]);
    expect(draft.findingCauses).toBeUndefined();
  });

  it('a removed root cause takes its assignments with it, and the later ones follow', () => {
    const draft = {
      ...freshWizardState(lateSuggestion).draft,
      rootCauses: ['A', 'B', 'C'],
      findingCauses: [
        { findingId: 'f0', rootCause: 0 },
        { findingId: 'f1', rootCause: 1 },
        { findingId: 'f2', rootCause: 2 },
      ],
      orderCauses: [{ orderId: 'o2', rootCause: 2 }],
    };
    const after = withRootCauseRemoved(draft, 1);
    expect(after.rootCauses).toEqual(['A', 'C']);
    expect(after.findingCauses).toEqual([
      { findingId: 'f0', rootCause: 0 },
      { findingId: 'f2', rootCause: 1 },
    ]);
    expect(after.orderCauses).toEqual([{ orderId: 'o2', rootCause: 1 }]);
  });
});
