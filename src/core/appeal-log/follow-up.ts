/**
 * When to chase an appeal. Amazon asks sellers to allow a few business days for a reply, so the
 * appeal log suggests a follow-up five business days after the day the appeal was logged.
 * Business days are Monday to Friday; public holidays differ by marketplace and are not counted.
 */
import { addDays, weekday } from '../calendar';

/** Business days after an appeal before it is worth following up. */
export const defaultFollowUpBusinessDays = 5;

/** The day (`yyyy-mm-dd`) `businessDays` working days after `day`, skipping Saturdays and Sundays. */
export function followUpDue(day: string, businessDays = defaultFollowUpBusinessDays): string {
  if (!Number.isInteger(businessDays) || businessDays < 0) {
    throw new Error(`Expected a whole number of business days, got ${businessDays}.`);
  }
  let due = day;
  let left = businessDays;
  while (left > 0) {
    due = addDays(due, 1);
    const dayOfWeek = weekday(due);
    if (dayOfWeek !== 0 && dayOfWeek !== 6) left -= 1;
  }
  return due;
}
