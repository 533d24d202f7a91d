/**
 * The pasted reports lack what a metric needs (a column, a report). Sheets shows the message in the
 * cell, so it names the report and the column the seller should add.
 */
export class MetricInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricInputError';
  }
}
