/**
 * The wizard's memory: the draft is saved in the spreadsheet's document properties after every
 * step and comes back when the sidebar is reopened, for whoever opens it in this spreadsheet.
 *
 * Apps Script keeps at most 9 KB per property value (500 KB per store), and a pasted notice alone
 * can be longer. So a value is saved as JSON split into parts of at most `partBytes` UTF-8 bytes
 * (`<key>.0`, `<key>.1`, …, with the count in `<key>.parts`). A draft above `maxSavedBytes` is
 * refused with a message rather than cut: the seller's words are never trimmed behind their back.
 */
import type { GeneratedPlan, SaveResult, WizardState } from '../../core/plan/contract';
import { checkedGeneratedPlans, checkedWizardState } from '../../core/plan/validation';

/** Bytes per property part: under the 9 KB limit, with room for the key. */
export const partBytes = 8_000;
/** The most one saved value may take; the rest of the store is left to the add-on's settings. */
export const maxSavedBytes = 120_000;
/** Generated Docs remembered for the sidebar's list; all of them stay in the Appeal log. */
export const rememberedPlans = 50;

const wizardKey = 'planOfAction.wizard';
const generatedKey = 'planOfAction.generated';

function charBytes(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += charBytes(char.codePointAt(0) ?? 0);
  return bytes;
}

/** Splits text into parts of at most `maxBytes` UTF-8 bytes, never inside a character. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of text) {
    const bytes = charBytes(char.codePointAt(0) ?? 0);
    if (currentBytes + bytes > maxBytes) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  if (current !== '' || parts.length === 0) parts.push(current);
  return parts;
}

type Properties = GoogleAppsScript.Properties.Properties;

function documentProperties(): Properties {
  const properties = PropertiesService.getDocumentProperties();
  if (!properties)
    throw new Error('The Plan of Action can only keep a draft inside a spreadsheet.');
  return properties;
}

function partCount(properties: Properties, key: string): number {
  const count = Number(properties.getProperty(`${key}.parts`) ?? '0');
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** Writes `json` under `key` in parts; returns its size in bytes. */
function writeParts(properties: Properties, key: string, json: string, what: string): number {
  const bytes = utf8Bytes(json);
  if (bytes > maxSavedBytes) {
    throw new Error(
      `The ${what} takes ${Math.ceil(bytes / 1000)} KB and this spreadsheet keeps at most ${maxSavedBytes / 1000} KB. ` +
        'Shorten the longest text (usually the pasted notice) and continue; nothing was cut.',
    );
  }
  const previous = partCount(properties, key);
  const parts = splitUtf8(json, partBytes);
  const values: Record<string, string> = { [`${key}.parts`]: String(parts.length) };
  parts.forEach((part, i) => {
    values[`${key}.${i}`] = part;
  });
  properties.setProperties(values);
  for (let i = parts.length; i < previous; i += 1) properties.deleteProperty(`${key}.${i}`);
  return bytes;
}

/** The JSON saved under `key`, or null when nothing is saved; throws when a part is missing. */
function readParts(properties: Properties, key: string): string | null {
  const count = partCount(properties, key);
  if (count === 0) return null;
  let json = '';
  for (let i = 0; i < count; i += 1) {
    const part = properties.getProperty(`${key}.${i}`);
    if (part === null) throw new Error(`part ${i + 1} of ${count} is missing`);
    json += part;
  }
  return json;
}

export function saveWizardState(state: unknown): SaveResult {
  const checked = checkedWizardState(state, 'draft to save');
  const bytes = writeParts(documentProperties(), wizardKey, JSON.stringify(checked), 'draft');
  return { savedAt: new Date().toISOString(), bytes };
}

/** The saved wizard; a draft that cannot be read back is reported, not thrown. */
export function loadWizardState(): { state: WizardState | null; problem: string | null } {
  try {
    const json = readParts(documentProperties(), wizardKey);
    if (json === null) return { state: null, problem: null };
    return { state: checkedWizardState(JSON.parse(json)), problem: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      state: null,
      problem: `The saved draft could not be restored (${reason}). The wizard starts fresh; the next step you finish replaces the old draft.`,
    };
  }
}

/** Docs generated in this spreadsheet, newest first. An unreadable list reads as empty. */
export function loadGeneratedPlans(): GeneratedPlan[] {
  try {
    const json = readParts(documentProperties(), generatedKey);
    return json === null ? [] : checkedGeneratedPlans(JSON.parse(json));
  } catch {
    return [];
  }
}

export function rememberGeneratedPlan(plan: GeneratedPlan): GeneratedPlan[] {
  const plans = [plan, ...loadGeneratedPlans()].slice(0, rememberedPlans);
  writeParts(documentProperties(), generatedKey, JSON.stringify(plans), 'list of generated Docs');
  return plans;
}
