/** The words the sidebar shows for the wizard's steps and for values sent by the server. */
import type { FindingDimension } from '../../src/core/analysis/findings-types';
import type { HealthStatus } from '../../src/core/metrics/types';
import type { AppealChannel, WizardStep } from '../../src/core/plan/contract';
import type { NoticeGroup, ReviewFlagKind } from '../../src/core/plan/types';

export const stepTitles: Record<WizardStep, string> = {
  notice: 'What Amazon said',
  findings: 'What your data shows',
  rootCauses: 'Root causes',
  correctiveActions: 'Corrective actions taken',
  preventiveMeasures: 'Preventive measures',
  review: 'Review',
  generate: 'Generate',
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
  promiseWithoutDate: 'Promise without a date',
  numberNotInData: 'Number not in your data',
  buyerData: 'Buyer personal data',
  tooLong: 'Too long for the appeal form',
};

export const channelLabels: Record<AppealChannel, string> = {
  form: 'Seller Central appeal form',
  email: 'E-mail',
  phone: 'Phone',
  chat: 'Chat',
};
