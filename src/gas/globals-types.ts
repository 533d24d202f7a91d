/** The shape of an entry in the add-on's list of Apps Script globals (see ./globals.ts). */

export type GlobalKind = 'customFunction' | 'trigger' | 'menu' | 'sidebar';

export interface GlobalParam {
  name: string;
  /** JSDoc type, e.g. `Array<Array<*>>`, `string`, `number`. */
  type: string;
  description: string;
  optional?: boolean;
}

export interface GlobalFunction {
  name: string;
  kind: GlobalKind;
  /** First line of the JSDoc: what a seller sees in the Sheets formula help. */
  summary: string;
  params: readonly GlobalParam[];
  returns?: { type: string; description: string };
}
