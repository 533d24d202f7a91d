/**
 * Honest sentences a seller writes, which the review must leave alone: the add-on's own
 * suggestions, the disclosure of a related account that its message asks for, and ordinary facts
 * whose words the review's lists also hold (newspaper as packing, a solicitor who checked letters,
 * "Cowboys" mugs, fraud on stolen cards). Collected from a review of the review's patterns
 * that found each of them flagged, and the Doc of several refused.
 */
import { describe, expect, it } from 'vitest';
import { generateRefusal } from '../../../src/core/plan/generate-refusal';
import { noticeKinds } from '../../../src/core/plan/notices';
import { suggestionsFor } from '../../../src/core/plan/suggestions';
import type { NoticeKind } from '../../../src/core/plan/types';
import { reviewOnSeller } from './scenarios/seller-data';

const review = reviewOnSeller;

describe("the add-on's own suggestions", () => {
  it.each(noticeKinds.map((n) => n.kind))(
    '%s: no flag but the placeholders left to fill',
    (kind) => {
      const s = suggestionsFor(kind);
      const flags = review(kind, {
        rootCauses: s.rootCauses,
        correctiveActions: s.correctiveActions,
        preventiveMeasures: s.preventiveMeasures.map((text) => ({
          text,
          owner: 'Owner',
          due: '2026-12-01',
        })),
      });
      expect(flags.filter((f) => f.kind !== 'placeholder')).toEqual([]);
    },
  );
});

const honestRootCauses: [NoticeKind, string][] = [
  [
    'orderDefectRate',
    'We were wrapping every glass in two sheets of newspaper, which crushed in transit.',
  ],
  [
    'intellectualProperty',
    'Our solicitor checked every letter of authorisation from the brand on 2026-11-12.',
  ],
  [
    'restrictedProduct',
    'Our products meet Trading Standards requirements, but the listing lacked the warning.',
  ],
  [
    'lateShipmentRate',
    'We moved the Media Mail orders to a later pickup, so they missed their ship-by dates.',
  ],
  ['intellectualProperty', 'We listed Cowboys mugs without a licence from the NFL.'],
  ['intellectualProperty', 'We listed Trolls plush toys that were not from the brand.'],
  ['orderDefectRate', 'Our bully stick SKUs were packed without a sealed inner bag.'],
  [
    'orderDefectRate',
    'Thieves broke into our unit on 2026-10-02 and 14 orders left without their items.',
  ],
  [
    'orderDefectRate',
    'Most chargebacks came from fraudsters using stolen cards on high-value orders.',
  ],
  [
    'orderDefectRate',
    'No one cares more about these defects than our team does, and we traced each one.',
  ],
  [
    'lateShipmentRate',
    'Every other seller-fulfilled order in October went out late after the 15:00 pickup moved.',
  ],
  [
    'inauthentic',
    'Our ads target US buyers, and the listing named a supplier we had stopped using.',
  ],
  ['intellectualProperty', 'We received another IP complaint for the same listing on 2026-11-03.'],
  [
    'intellectualProperty',
    'We adopted a new IP policy: every listing is checked against Brand Registry.',
  ],
  [
    'relatedAccounts',
    "The second account is in my wife's name; she owns and runs it herself, with her own bank account and staff.",
  ],
  ['relatedAccounts', "The other account is registered under my brother's name and he runs it."],
  ['relatedAccounts', 'The two accounts do not share a device, a card or an address.'],
  [
    'relatedAccounts',
    "We moved my brother's account to a separate IP address at his own office, and told Amazon about the relationship.",
  ],
  [
    'lateShipmentRate',
    "Our shipping software read the carrier file's dd/mm/yyyy dates as mm/dd/yyyy, so labels printed a day late.",
  ],
  ['productCondition', 'We stopped selling size XX gloves after the returns.'],
  ['relatedAccounts', 'We are ready to start selling again after the suspension is lifted.'],
  ['lateShipmentRate', 'In the week of the late orders, 5 staff were off sick with flu.'],
];

describe('honest sentences', () => {
  it.each(honestRootCauses)('%s: "%s" raises no flag', (kind, sentence) => {
    expect(review(kind, { rootCauses: [sentence] })).toEqual([]);
  });

  it('a habit already in place, "as soon as", is no future tense among actions taken', () => {
    const flags = review('cancellationRate', {
      correctiveActions: [
        'We are checking stock twice a day now, and we reorder as soon as a SKU falls below 20 units.',
      ],
    });
    expect(flags).toEqual([]);
  });

  it('the wording the review is for is still flagged, and stops the Doc where it must', () => {
    const flags = review('relatedAccounts', {
      rootCauses: [
        "After the suspension I opened a new one in my wife's name so we could keep selling.",
      ],
      correctiveActions: [
        'Supplier payments go through prepaid cards so the two accounts never share a card.',
      ],
      preventiveMeasures: [
        {
          text: 'We set up a new LLC with my nephew as the owner to start again after the suspension.',
          owner: 'Owner',
          due: '2026-12-01',
        },
      ],
    });
    const hiding = flags.filter((f) => f.kind === 'identityHiding');
    expect(new Set(hiding.map((f) => f.step))).toEqual(
      new Set(['rootCauses', 'correctiveActions', 'preventiveMeasures']),
    );
    expect(generateRefusal(flags)).toMatch(/hiding who runs the account/);
  });
});
