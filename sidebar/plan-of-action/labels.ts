/** The words the sidebar shows for the wizard's steps and for values sent by the server. */
import type { FindingDimension } from '../../src/core/analysis/findings-types';
import type { HealthStatus } from '../../src/core/metrics/types';
import type { AppealChannel, WizardStep } from '../../src/core/plan/contract';
import { reviewStepNames } from '../../src/core/plan/flag-places';
import type { NoticeGroup, ReviewFlagKind } from '../../src/core/plan/types';

/** The steps the review points at are named once, in the core, for the server's messages too. */
export const stepTitles: Record<WizardStep, string> = {
  notice: reviewStepNames.notice,
  findings: 'What your data shows',
  rootCauses: reviewStepNames.rootCauses,
  correctiveActions: reviewStepNames.correctiveActions,
  preventiveMeasures: reviewStepNames.preventiveMeasures,
  review: 'Review',
  generate: reviewStepNames.all,
};

export const noticeGroupLabels: Record<NoticeGroup, string> = {
  performance: 'Performance',
  policy: 'Policy',
  account: 'Account',
};

export const dimensionLabels: Record<FindingDimension, string> = {
  sku: 'By SKU',
  asin: 'By ASIN',
  carrier: 'By carrier',
  shipService: 'By ship service',
  weekday: 'By weekday of the order',
  handlingTime: 'By handling time',
  feedbackTheme: 'By feedback comment theme',
  claimReason: 'By A-to-z claim reason',
  chargebackReason: 'By chargeback reason',
};

export const statusLabels: Record<HealthStatus, string> = {
  breach: 'Breached',
  near: 'Near the target',
  fine: 'Within the target',
  noData: 'No data',
};

export const flagLabels: Record<ReviewFlagKind, string> = {
  emotional: 'Emotional wording',
  threatening: 'Threatening wording',
  allCaps: 'Written in capitals',
  blame: 'Insult or blame',
  promiseWithoutDate: 'Promise without a date',
  futureTense: 'Future tense in an action taken',
  numberDiffers: 'Figure differs from your data',
  numberNotInData: 'Order ID or ASIN not in your data',
  statisticOnly: 'Root cause is only a statistic',
  buyerData: 'Buyer personal data',
  possibleBuyerName: "Also a buyer's name or town",
  ownAddress: 'Your own address?',
  placeholder: 'Placeholder to fill in',
  identityHiding: 'Hiding who runs the account',
  tooLong: 'Too long for the appeal form',
  sheetsChanged: 'Report sheets changed since you opened this',
};

export const channelLabels: Record<AppealChannel, string> = {
  form: 'Seller Central appeal form',
  email: 'E-mail',
  phone: 'Phone',
  chat: 'Chat',
};
