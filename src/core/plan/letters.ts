/**
 * What each kind of notice's letter says in its own words: what the plan is about, the opening
 * line after the notice is named, the documents to attach and the checks before submitting.
 * Performance notices are about orders; policy notices about listings and sourcing; account
 * notices about who runs the account. No letter claims a review of orders a notice has none of,
 * and nothing here helps anyone hide who they are.
 */
import { affectedOrdersFileName } from './affected-orders';
import { noticeInfo } from './notices';
import type { NoticeKind } from './types';

export interface NoticeLetter {
  /** After "about": "our Late Shipment Rate", "an intellectual property complaint". */
  subject: string;
  /** What the seller looked at, in the letter and the form text. */
  reviewed: string;
  /** The documents Amazon commonly asks for with this notice, for the checklist. */
  evidence: string[];
  /** Whether the notice is about orders: only then does the plan list affected orders. */
  aboutOrders: boolean;
}

/** What a performance notice's appeal may need beside the affected-orders file, if asked. */
const performanceRecords: Partial<Record<NoticeKind, string>> = {
  orderDefectRate: 'your replies to the buyers and how each claim or chargeback was resolved',
  lateShipmentRate: "the carrier's collection records for the late orders",
  cancellationRate: 'your stock records for the cancelled SKUs',
  validTrackingRate: 'the tracking numbers and carriers of the packages concerned',
  onTimeDeliveryRate: "the carrier's delivery records for the late packages",
};

/** Invoices, authorisation and listing changes: what a rights or authenticity complaint turns on. */
const sourcingEvidence = [
  'Invoices from the manufacturer or an authorised distributor for the ASINs in the notice, with supplier, products and quantities.',
  'A letter of authorisation from the brand or rights owner, if you have one (never one you made yourself).',
  'A record of the listing changes you made (listings removed, images or text replaced), with dates.',
];

export function noticeLetter(kind: NoticeKind): NoticeLetter {
  switch (kind) {
    case 'orderDefectRate':
    case 'lateShipmentRate':
    case 'cancellationRate':
    case 'validTrackingRate':
    case 'onTimeDeliveryRate':
      return {
        subject: `our ${noticeInfo(kind).label}`,
        reviewed: 'We have reviewed the orders concerned and our processes.',
        evidence: [
          `The file ${affectedOrdersFileName}, attached to the appeal.`,
          `If the notice asks for them: ${performanceRecords[kind]}.`,
        ],
        aboutOrders: true,
      };
    case 'intellectualProperty':
      return {
        subject: 'an intellectual property complaint',
        reviewed:
          'We have reviewed the listings in the notice, where the products came from and how we check a brand before listing it.',
        evidence: [...sourcingEvidence, "The rights owner's retraction, if they sent one."],
        aboutOrders: false,
      };
    case 'inauthentic':
      return {
        subject: 'an inauthentic item complaint',
        reviewed:
          'We have reviewed where the items in the notice came from, our invoices and how we check stock before listing it.',
        evidence: sourcingEvidence,
        aboutOrders: false,
      };
    case 'productCondition':
      return {
        subject: 'a product condition complaint',
        reviewed:
          'We have reviewed our stock of the ASINs in the notice and how we inspect and pack it.',
        evidence: [
          'Dated photos of the stock you inspected and how it is now packed.',
          'Invoices for the ASINs in the notice, showing they were bought new.',
        ],
        aboutOrders: false,
      };
    case 'reviewManipulation':
      return {
        subject: 'a violation of the product review policy',
        reviewed:
          'We have reviewed how we ask for reviews, our inserts and messages, and any service we used.',
        evidence: [
          'Your inserts and message templates now, showing they ask for no positive review.',
          'Proof that any review service you used has ended.',
        ],
        aboutOrders: false,
      };
    case 'restrictedProduct':
      return {
        subject: 'a restricted product',
        reviewed:
          "We have reviewed the listings named in the notice and our catalogue against Amazon's restricted products policy.",
        evidence: [
          'A record of the listings you removed or corrected, with dates.',
          'The approval or certificate the category requires, if you hold it.',
        ],
        aboutOrders: false,
      };
    case 'relatedAccounts':
      return {
        subject: 'accounts related to ours',
        reviewed:
          'We explain honestly how our account is related to the other and how each one is run.',
        evidence: [
          'An honest account of the relationship: who owns and who runs each account, and how they are linked.',
          'Evidence that each account operates separately: its own business registration, bank account, stock and staff.',
          "Amazon's permission to operate a second account, if you have it.",
          'Nothing that hides who runs an account.',
        ],
        aboutOrders: false,
      };
    case 'identityVerification':
      return {
        subject: 'the verification of our identity',
        reviewed:
          'We have checked our account information against our official documents, and have the documents you asked for ready.',
        evidence: [
          'Send only the documents the notice asks for, each complete, legible and clearly named (e.g. "passport.pdf"). Amazon commonly asks for:',
          'A government-issued photo ID (passport or national ID card) of the account holder.',
          'A bank or credit card statement in the account holder’s name.',
          'A utility bill showing the address in your account.',
          'Your business registration documents.',
        ],
        aboutOrders: false,
      };
  }
}
