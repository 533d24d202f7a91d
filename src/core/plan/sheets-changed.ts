/**
 * The report sheets changed between opening the Plan of Action and reviewing or generating it: a
 * row pasted, a claim added, a value corrected. The sidebar's wording review checks the draft's
 * figures ("we received 8 A-to-z claims") against the findings it was given at open, so after
 * such a change it would pass a figure the sheets now contradict, and Generate would write it
 * beside the new figures. So review says so, and Generate waits until the sidebar is reopened
 * (the draft is kept) and the review has seen what the sheets hold.
 */
import type { ReviewFlag } from './types';

export const sheetsChangedMessage =
  'Your report sheets changed since you opened the Plan of Action, so your figures were checked against what they held then. Close the sidebar and open the Plan of Action again (your draft is kept): the review then checks them against the sheets as they are.';

/**
 * `openedWith`: what the sheets held at open, as the sidebar gives it back (anything else, e.g.
 * an older sidebar's call without it, checks nothing); `now`: what they hold now. Both are the
 * facts' key, read or not: sheets that cannot be read hold the same at every call, and a
 * spreadsheet without report sheets has a key of its own.
 */
export function sheetsChanged(openedWith: unknown, now: string): boolean {
  return typeof openedWith === 'string' && openedWith !== now;
}

export function sheetsChangedFlag(): ReviewFlag {
  return {
    step: 'all',
    index: null,
    kind: 'sheetsChanged',
    text: '',
    message: sheetsChangedMessage,
  };
}
