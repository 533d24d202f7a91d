/**
 * The publishing kit agrees with the add-on it describes: the OAuth scopes that PUBLISHING.md,
 * PRIVACY.md and the README list are the manifest's (the source and the one pushed from dist/),
 * the privacy policy's promises match the manifest, the support contact is written in one place,
 * and `npm run listing` makes icons of the listing's sizes and descriptions within its limits.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  iconSizes,
  listingLimits,
  readListingText,
  renderIcons,
  supportPlaceholder,
} from '../../scripts/listing';

const root = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const manifests = ['appsscript.json', 'dist/appsscript.json'].map(
  (file) => JSON.parse(read(file)) as { oauthScopes: string[]; exceptionLogging: string },
);
const manifest = manifests[0] as { oauthScopes: string[]; exceptionLogging: string };

/** The scopes in the first column of a document's scope table, with the reason beside each. */
function scopeTable(file: string): Map<string, string> {
  const rows = [
    ...read(file).matchAll(/^\| `(https:\/\/www\.googleapis\.com\/auth\/[^`]+)` \| ([^|]+)\|/gm),
  ];
  return new Map(rows.map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

describe('the OAuth scopes', () => {
  it('are the same in the manifest pushed from dist/ as in the source', () => {
    expect(manifests[1]?.oauthScopes).toEqual(manifest.oauthScopes);
  });

  it.each(['PUBLISHING.md', 'PRIVACY.md'])(
    '%s lists exactly the manifest scopes, each with why',
    (file) => {
      const table = scopeTable(file);
      expect([...table.keys()].sort()).toEqual([...manifest.oauthScopes].sort());
      for (const reason of table.values()) expect(reason.length).toBeGreaterThan(20);
    },
  );

  it("the README's deploy steps name each of them", () => {
    const deploy = read('README.md').split('## Deploying to a real spreadsheet')[1] ?? '';
    for (const scope of manifest.oauthScopes) {
      expect(deploy).toContain(`\`${scope.replace('https://www.googleapis.com/auth/', '')}\``);
    }
  });
});

describe("the privacy policy's promises", () => {
  const privacy = read('PRIVACY.md');

  it('no outside connection: the manifest has no scope to make one', () => {
    expect(privacy).toContain('`script.external_request`');
    expect(manifest.oauthScopes.some((s) => s.includes('external_request'))).toBe(false);
  });

  it("says where error messages go, as the manifest's exceptionLogging sends them", () => {
    expect(privacy).toContain(`\`exceptionLogging\` is \`${manifest.exceptionLogging}\``);
  });
});

describe('the support contact', () => {
  it('is written once, in SUPPORT.md, and the policy and terms point there', () => {
    const docs = readdirSync(root).filter((f) => f.endsWith('.md'));
    const holding = docs.filter((f) => read(f).includes(supportPlaceholder));
    expect(holding).toEqual(['SUPPORT.md']);
    expect(read('SUPPORT.md').split(supportPlaceholder)).toHaveLength(2);
    expect(readListingText().supportContact).toContain(supportPlaceholder);
    for (const file of ['PRIVACY.md', 'TERMS.md', 'PUBLISHING.md']) {
      expect(read(file)).toContain('](SUPPORT.md)');
    }
  });
});

describe('npm run listing', () => {
  it('has descriptions within the Store Listing limits', () => {
    const text = readListingText();
    expect(text.shortDescription.length).toBeLessThanOrEqual(listingLimits.shortDescription);
    expect(text.detailedDescription.length).toBeLessThanOrEqual(listingLimits.detailedDescription);
  });

  it('renders the icon as transparent PNGs of 128 and 32 px', async () => {
    const out = mkdtempSync(join(tmpdir(), 'listing-'));
    try {
      const files = await renderIcons(out);
      expect(files.map((f) => f.slice(out.length + 1))).toEqual(
        iconSizes.map((s) => `icon-${s}.png`),
      );
      files.forEach((file, i) => {
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        // IHDR: width and height, then colour type 6 (RGBA): the corners stay transparent.
        expect([png.readUInt32BE(16), png.readUInt32BE(20), png[25]]).toEqual([
          iconSizes[i],
          iconSizes[i],
          6,
        ]);
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
