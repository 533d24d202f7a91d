/**
 * The seller's per-document settings: which marketplace the reports belong to (its time zone sets
 * every window, its targets every status) and how close to a target counts as "near".
 *
 * Pure: the Apps Script side (src/gas/settings.ts) stores them in the document's properties, the
 * settings dialog validates with the same schema before sending.
 */
import * as v from 'valibot';
import { type MarketplaceCode, marketplaceCodes } from '../marketplaces';

export interface Settings {
  /**
   * The marketplace the reports belong to; null: read it from the reports' `sales-channel` column,
   * else the US (what ACCOUNT_HEALTH does without one).
   */
  marketplace: MarketplaceCode | null;
  /**
   * Share of the room under a target that counts as near: 0.2 marks ODR near from 0.8% (target 1%)
   * and valid tracking near below 96% (target 95%).
   */
  nearMargin: number;
}

export const defaultSettings: Readonly<Settings> = { marketplace: null, nearMargin: 0.2 };

/** The largest margin the dialog offers: at 90% almost any rate reads as near. */
export const maxNearMargin = 0.9;

/** Built on first use: every custom-function call evaluates the whole bundle. */
let schema: v.GenericSchema<unknown, Settings> | undefined;

function settingsSchema(): v.GenericSchema<unknown, Settings> {
  schema ??= v.strictObject({
    marketplace: v.nullable(v.picklist(marketplaceCodes)),
    nearMargin: v.pipe(v.number(), v.minValue(0), v.maxValue(maxNearMargin)),
  });
  return schema;
}

/** A setting the seller sent that cannot be saved, with what was expected. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Validates settings sent from the dialog; throws a SettingsError a seller can act on. */
export function parseSettings(value: unknown): Settings {
  const result = v.safeParse(settingsSchema(), value);
  if (result.success) return result.output;
  const field = result.issues[0]?.path?.[0]?.key;
  if (field === 'marketplace') {
    throw new SettingsError(
      `Marketplace: choose one of ${marketplaceCodes.join(', ')}, or automatic (from the reports).`,
    );
  }
  if (field === 'nearMargin') {
    throw new SettingsError(
      `Near-target margin: choose a share from 0% to ${maxNearMargin * 100}% of the room under the target.`,
    );
  }
  throw new SettingsError('Settings: expected a marketplace and a near-target margin.');
}

/**
 * Settings as stored; anything unreadable (an older format, a hand edit) falls back to the
 * defaults field by field, so a bad value never stops the dashboard.
 */
export function settingsFromStored(stored: string | null): Settings {
  if (stored === null) return { ...defaultSettings };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return { ...defaultSettings };
  }
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    try {
      return parseSettings({ ...defaultSettings, [key]: fields[key] })[key];
    } catch {
      return defaultSettings[key];
    }
  };
  return { marketplace: field('marketplace'), nearMargin: field('nearMargin') };
}
