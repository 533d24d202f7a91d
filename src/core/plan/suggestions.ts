/**
 * Starting points for the seller's own words. They name common, honest causes and fixes, carry no
 * numbers (facts come from the seller's rows), and never promise without a date: measures get an
 * owner and a due date from the seller.
 */
import type { Finding } from '../analysis/findings-types';
import type { MetricId } from '../metrics/types';
import type { NoticeKind, PlanSuggestions } from './types';

/** Neutral templates for a notice, without numbers, for the seller to edit into their own words. */
export function suggestionsFor(kind: NoticeKind): PlanSuggestions {
  switch (kind) {
    case 'orderDefectRate':
      return {
        rootCauses: [
          'Items arrived damaged because our packaging did not protect them in transit.',
          'Buyers filed A-to-z claims on orders whose tracking did not show delivery.',
          'Buyer messages were not answered in time, and the buyers turned to claims or feedback.',
          'The listing did not describe the product accurately, so buyers received something other than they expected.',
        ],
        correctiveActions: [
          'We contacted each buyer with a defective order through Buyer-Seller Messaging and resolved their issue.',
          'We answered every open A-to-z claim and chargeback with the order and tracking details.',
          'We changed the packaging of the SKUs that arrived damaged.',
          'We corrected the listing details that did not match the product.',
        ],
        preventiveMeasures: [
          'Packaging check of fragile SKUs before dispatch.',
          'Daily review of buyer messages, with a named person responsible for replies.',
          'Weekly review of the Order Defect Rate and new negative feedback in Account Health.',
        ],
      };
    case 'lateShipmentRate':
      return {
        rootCauses: [
          'Our handling time setting was shorter than the time our warehouse needed to pick, pack and hand over orders.',
          'Packages were handed to the carrier but confirmed in Seller Central later, after the expected ship date.',
          'Orders placed before weekends and holidays waited until the next working day.',
        ],
        correctiveActions: [
          'We confirmed every open order that had already shipped.',
          'We set the handling time in Shipping Settings to the time our warehouse needs.',
          'We now confirm each shipment in Seller Central on the day the carrier collects it.',
        ],
        preventiveMeasures: [
          'Daily check of the Unshipped Orders report before the carrier pickup.',
          'Weekly review of the Late Shipment Rate in Account Health.',
          'Weekend and holiday cover for picking and packing, or a handling time that allows for it.',
        ],
      };
    case 'cancellationRate':
      return {
        rootCauses: [
          'Listings showed stock we no longer had, so we cancelled orders we could not fill.',
          'Stock was not synchronised between our sales channels, so the same unit sold twice.',
          'We cancelled orders that buyers asked to cancel through messaging instead of through the cancellation request on Amazon.',
        ],
        correctiveActions: [
          'We corrected the available quantity on the affected listings.',
          'We fixed the stock synchronisation between our sales channels.',
          'We now point buyers who want to cancel to the Request cancellation option in their Amazon account.',
        ],
        preventiveMeasures: [
          'Daily reconciliation of our stock records with the quantities on Amazon.',
          'Low-stock alerts for each SKU.',
          'Weekly review of the Pre-fulfillment Cancel Rate in Account Health.',
        ],
      };
    case 'validTrackingRate':
      return {
        rootCauses: [
          'We typed the carrier into the Other field instead of choosing it from the list, so the tracking could not be read.',
          'Tracking numbers were entered with typing errors.',
          'Some packages went with a service that has no tracking.',
        ],
        correctiveActions: [
          'We corrected the carrier and tracking number on the shipments that could still be edited.',
          'We now choose the carrier from the list when confirming shipments.',
          'We now ship only with tracked services.',
        ],
        preventiveMeasures: [
          "Shipping confirmations uploaded from the carrier's system instead of typed by hand.",
          'Check that each package has a carrier scan on the day it ships.',
          'Weekly review of the Valid Tracking Rate in Account Health.',
        ],
      };
    case 'onTimeDeliveryRate':
      return {
        rootCauses: [
          "The transit times in our shipping template were shorter than the carrier's actual transit times for some regions.",
          'Packages reached the carrier later than the day we confirmed them.',
          'The carrier service we used did not meet the promised delivery date for some destinations.',
        ],
        correctiveActions: [
          "We set the transit times in our shipping templates to the carrier's delivery times.",
          'We moved the affected routes to a faster carrier service.',
          'We now hand packages to the carrier on the day we confirm them.',
        ],
        preventiveMeasures: [
          'Monthly comparison of promised and actual delivery dates by carrier and region.',
          'Use of Shipping Settings Automation and Buy Shipping where they apply to our orders.',
          'Weekly review of the On-Time Delivery Rate in Account Health.',
        ],
      };
    case 'intellectualProperty':
      return {
        rootCauses: [
          'We listed a branded product without confirming that we were allowed to sell it.',
          'Our listing used images or text that belong to the rights owner.',
          'We did not check the trademark before creating the listing.',
        ],
        correctiveActions: [
          'We removed the listings named in the notice.',
          'We reviewed our catalogue for other listings with the same issue and removed them.',
          'We contacted the rights owner to understand the complaint.',
        ],
        preventiveMeasures: [
          'Before listing a branded product, we keep proof that we may sell it (authorisation or invoices from the brand or its authorised distributors).',
          'Listing images and text are our own or used with written permission.',
          'Trademark check before every new listing.',
        ],
      };
    case 'inauthentic':
      return {
        rootCauses: [
          'We bought the items from a supplier that the brand has not authorised, and we could not show where they came from.',
          'Our invoices did not match the products or quantities we sold.',
          'Buyers received items that did not match the listing.',
        ],
        correctiveActions: [
          'We removed the affected stock from sale.',
          'We gathered the supplier invoices for the ASINs in the notice.',
          'We stopped buying from suppliers who cannot show that they are authorised.',
        ],
        preventiveMeasures: [
          'We buy only from manufacturers or authorised distributors and keep their invoices.',
          'Incoming stock is checked against the invoice before it is listed.',
          'Regular review of our suppliers and their documents.',
        ],
      };
    case 'productCondition':
      return {
        rootCauses: [
          'Items returned by buyers were resold as new without a full inspection.',
          'Our packaging did not protect the items, so they arrived looking used or damaged.',
          'The condition on the listing did not match the item we shipped.',
        ],
        correctiveActions: [
          'We inspected the remaining stock of the ASINs in the notice and removed units that were not in new condition.',
          'Returned items are now listed in their actual condition or not resold.',
          'We contacted the buyers who complained and offered a refund or replacement.',
        ],
        preventiveMeasures: [
          'Inspection of every returned unit before it goes back to stock.',
          'Packaging standard for each product type.',
          'Condition check before dispatch.',
        ],
      };
    case 'reviewManipulation':
      return {
        rootCauses: [
          'We offered buyers a refund, gift or discount in exchange for a review.',
          'Our product inserts or messages asked buyers for a positive review.',
          'People close to our business reviewed our products.',
        ],
        correctiveActions: [
          'We stopped the practice described in the notice.',
          'We removed the inserts and messages that asked for positive reviews.',
          'We ended the service or arrangement that produced the reviews.',
        ],
        preventiveMeasures: [
          "Review requests go only through Amazon's Request a Review button or neutral messages that Amazon's policy allows.",
          "Training for our staff and partners on Amazon's review policy.",
          "Check of every insert and buyer message against Amazon's policy before use.",
        ],
      };
    case 'restrictedProduct':
      return {
        rootCauses: [
          'We listed a product without checking whether it is restricted in this marketplace.',
          'Our listing made claims about the product that are not permitted.',
          'We did not have the approval the category requires.',
        ],
        correctiveActions: [
          'We removed the listings named in the notice.',
          'We reviewed our catalogue for other restricted products and removed them.',
          'We corrected the listing text that made claims that are not permitted.',
        ],
        preventiveMeasures: [
          "Check of Amazon's restricted products pages before creating a listing.",
          'Category approval requested before listing in a gated category.',
          'Regular review of our catalogue against the restricted products policy.',
        ],
      };
    case 'relatedAccounts':
      // Honest disclosure: name the other account and the link, and explain it.
      return {
        rootCauses: [
          'Our account is linked to another seller account through [describe the link: a shared owner, family member, business partner, address, bank account or device], and we had not told Amazon about it.',
          'A person who works on our account also works on another seller account.',
          "We operate a second seller account without Amazon's permission.",
        ],
        correctiveActions: [
          'We are disclosing the related account to Amazon: [its business name and the relationship between the two accounts].',
          'We have attached documents that show who owns and manages each account.',
          "We have applied for Amazon's permission to operate the second account, or closed it.",
        ],
        preventiveMeasures: [
          'Any new link to another seller account is disclosed to Amazon before it starts.',
          'Each person who works on our account has their own user permissions, and the list is kept up to date.',
          'Our ownership and management records are kept current in Seller Central.',
        ],
      };
    case 'identityVerification':
      return {
        rootCauses: [
          'The documents we submitted did not match the information in our account, such as the name or address.',
          'A document we uploaded had expired or was not fully legible.',
          'Our business details changed and we had not updated them in Seller Central.',
        ],
        correctiveActions: [
          'We updated our account information to match our official documents.',
          'We submitted current, complete and legible copies of the requested documents.',
          'We confirmed that the names on our bank account and credit card match the account holder.',
        ],
        preventiveMeasures: [
          'Seller Central is updated as soon as our business details change.',
          'Current copies of our identity and business documents are kept on file.',
          'Verification requests are answered only with documents that belong to the account holder.',
        ],
      };
  }
}

/** What went wrong, after "Why did orders …": the metric's defect as a verb phrase. */
const defectVerbs: Record<MetricId, { subject: 'orders' | 'packages'; verb: string }> = {
  orderDefectRate: { subject: 'orders', verb: 'have a defect' },
  negativeFeedbackRate: { subject: 'orders', verb: 'get negative feedback' },
  claimRate: { subject: 'orders', verb: 'get an A-to-z claim' },
  chargebackRate: { subject: 'orders', verb: 'get a chargeback' },
  lateShipmentRate: { subject: 'orders', verb: 'ship late' },
  cancellationRate: { subject: 'orders', verb: 'get cancelled' },
  validTrackingRate: { subject: 'packages', verb: 'go without valid tracking' },
  onTimeDeliveryRate: { subject: 'packages', verb: 'arrive late' },
  unitOnTimeDeliveryRate: { subject: 'packages', verb: 'arrive late' },
};

/**
 * The root-cause prompt for a ticked finding: the question the seller answers in their own words,
 * e.g. "Why did orders with SKU CL-DUTCH-6QT ship late?". Its figures stay in the supporting facts:
 * a root cause says why, not how many.
 */
export function rootCauseFromFinding(f: Finding): string {
  const { subject, verb } = defectVerbs[f.metric];
  const key = f.key;
  switch (f.dimension) {
    case 'sku':
      return `Why did ${subject} with SKU ${key} ${verb}?`;
    case 'asin':
      return `Why did ${subject} with ASIN ${key} ${verb}?`;
    case 'carrier':
      return `Why did ${subject} that went with ${key} ${verb}?`;
    case 'shipService':
      return `Why did ${subject} shipped with ${key} ${verb}?`;
    case 'weekday':
      return `Why did ${subject === 'orders' ? '' : 'packages of '}orders placed on a ${key} ${verb}?`;
    case 'handlingTime':
      return `Why did ${subject} confirmed ${key} after the order ${verb}?`;
    case 'feedbackTheme':
      return key === 'other'
        ? 'Why did buyers leave negative feedback on these orders?'
        : `Why did buyers leave negative feedback about "${key}"?`;
    case 'claimReason':
      return `Why did buyers file A-to-z claims with the reason "${key}"?`;
    case 'chargebackReason':
      return `Why did buyers file chargebacks with the reason "${key}"?`;
  }
}
