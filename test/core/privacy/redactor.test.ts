import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buyerNameMentionPattern,
  buyerNameMentions,
  buyerValuesOf,
  createRedactor,
  isBuyerColumn,
  redactedMarker,
} from '../../../src/core/privacy';
import {
  type PlantedString,
  plantedBuyer,
  plantedByShape,
  plantedKnown,
  sellerTexts,
} from './planted';

const samplesDir = join(__dirname, '../../../samples');

function sampleReports(): { file: string; rows: string[][] }[] {
  return readdirSync(samplesDir)
    .filter((f) => f.endsWith('.tsv'))
    .map((file) => ({
      file,
      rows: readFileSync(join(samplesDir, file), 'utf8')
        .split(/\r?\n/)
        .filter((line) => line !== '')
        .map((line) => line.split('\t')),
    }));
}

/** An Order Report holding the planted buyer in its buyer columns. */
const orderReport = [
  [
    'order-id',
    'buyer-email',
    'buyer-name',
    'buyer-phone-number',
    'recipient-name',
    'ship-address-1',
    'ship-city',
    'ship-state',
    'ship-postal-code',
    'sku',
  ],
  [
    '111-0000001-0000001',
    plantedBuyer.email,
    plantedBuyer.name,
    plantedBuyer.phone,
    plantedBuyer.name,
    plantedBuyer.address,
    plantedBuyer.city,
    plantedBuyer.state,
    plantedBuyer.postcode,
    'MUG-1',
  ],
];

const planted = (p: PlantedString) => p.carrier.replace('{}', p.text);

describe('the redaction step', () => {
  it('blanks buyer data known by its shape or wording, with no report to compare with', () => {
    const redact = createRedactor().redact;
    const leaked = plantedByShape.filter((p) => redact(planted(p)).includes(p.text));
    expect(leaked).toEqual([]);
    // What stands in its place says so, and the words around it stay.
    expect(redact('The buyer Jordan said the box was torn')).toBe(
      `The buyer ${redactedMarker} said the box was torn`,
    );
    expect(redact('Call +1 555-0115 before delivery')).toBe(
      `Call ${redactedMarker} before delivery`,
    );
  });

  it("blanks the buyer columns' values wherever they are written, a name's words alone too", () => {
    const redact = createRedactor(buyerValuesOf(orderReport)).redact;
    const leaked = plantedKnown.filter((p) => redact(planted(p)).includes(p.text));
    expect(leaked).toEqual([]);
    // Without the report, a name alone cannot be told from any other word.
    expect(createRedactor().redact('Robin asked for a refund')).toBe('Robin asked for a refund');
  });

  it('leaves the seller text alone: order IDs, SKUs, ASINs, carriers, dates, amounts', () => {
    for (const redactor of [createRedactor(), createRedactor(buyerValuesOf(orderReport))]) {
      for (const text of sellerTexts) expect(redactor.redact(text)).toBe(text);
    }
  });

  it("changes no cell of the sample reports' other columns, with or without their buyer values", () => {
    const reports = sampleReports();
    expect(reports.length).toBeGreaterThanOrEqual(7);
    const known = reports.flatMap((r) => buyerValuesOf(r.rows));
    expect(known.length).toBeGreaterThan(1000);
    for (const redactor of [createRedactor(), createRedactor(known)]) {
      const changed: string[] = [];
      // Each distinct cell once per column: the same carrier or status repeats on every row.
      const cells = new Set<string>();
      for (const { file, rows } of reports) {
        const header = rows[0] ?? [];
        for (const row of rows.slice(1)) {
          row.forEach((cell, column) => {
            const where = `${file} ${header[column]}: ${cell}`;
            if (cell === '' || isBuyerColumn(header[column]) || cells.has(where)) return;
            cells.add(where);
            if (redactor.redact(cell) !== cell) changed.push(where);
          });
        }
      }
      expect(cells.size).toBeGreaterThan(10_000);
      expect(changed).toEqual([]);
    }
  });

  it("blanks every buyer value of the sample reports' own buyer columns", () => {
    const reports = sampleReports();
    const known = reports.flatMap((r) => buyerValuesOf(r.rows));
    const redact = createRedactor(known).redact;
    // Two letters (a state: OR, CO) alone are no one's; beside a postcode they go with it. A
    // postcode of digits alone could be a count or a year: it goes beside other buyer data.
    const digitsAlone = (value: string) => /^[\d\s-]+$/.test(value) && value.length < 7;
    const leaked = known.filter(
      (value) =>
        value.length > 2 &&
        redact(digitsAlone(value) ? `note: Portland ${value}.` : `note: ${value}.`).includes(value),
    );
    expect(leaked).toEqual([]);
    expect(known.filter(digitsAlone).length).toBeGreaterThan(100);
    expect(redact('Portland, OR 97277')).toBe(`${redactedMarker}, ${redactedMarker}`);
  });

  it('redacts every string of a payload and keeps its shape and keys', () => {
    const redactor = createRedactor(buyerValuesOf(orderReport));
    const payload = {
      findings: [{ key: `Item not received - ${plantedBuyer.name}`, defects: 2, ids: ['111-1'] }],
      nothing: null,
      ok: true,
    };
    expect(redactor.redactDeep(payload)).toEqual({
      findings: [{ key: `Item not received - ${redactedMarker}`, defects: 2, ids: ['111-1'] }],
      nothing: null,
      ok: true,
    });
    // Redacting twice changes nothing more: the marker is not buyer data.
    const once = redactor.redact(planted(plantedByShape[0] as PlantedString));
    expect(redactor.redact(once)).toBe(once);
  });

  it('finds each piece once, with its kind, in the order of the text', () => {
    const find = createRedactor(['Jane Doe']).find;
    expect(find('Jane Doe wrote from jane@example.org and called +44 20 7946 0958.')).toEqual([
      { kind: 'identifier', text: 'Jane Doe' },
      { kind: 'email', text: 'jane@example.org' },
      { kind: 'phone', text: '+44 20 7946 0958' },
    ]);
  });
});

describe("the seller's own words beside buyers' names", () => {
  // With thousands of buyers, the seller's staff, SKUs and towns share words with some of them.
  const buyers = ['Jane Smith', 'Alice Black', 'Mark Grey', 'accounts.payable@example.invalid'];
  const redactor = createRedactor([...buyers, 'West Yorkshire'], ['West Yorkshire']);
  it.each([
    'Owner: J. Smith, our dispatch lead. Regards, J. Smith',
    'A Black Friday surge: I WILL ADD A PRICE ALERT.',
    'SKU TEE-M-BLACK and HOODIE-L-GREY; Classic Cotton Tee, M, White.',
    'Our warehouse in W. Yorkshire ships daily.',
    'Accounts payable checks every refund.',
  ])('refuses none of "%s"', (text) => {
    // A word of a name alone is asked about (nameWord, place); none is refused.
    const refused = redactor.find(text).filter((m) => m.kind !== 'nameWord' && m.kind !== 'place');
    expect(refused).toEqual([]);
  });

  it('refuses the whole name written surname first, and not a town so written', () => {
    expect(redactor.find('We apologised to Smith, Jane.')).toEqual([
      { kind: 'identifier', text: 'Smith, Jane' },
    ]);
    expect(redactor.find('Yorkshire, West').map((m) => m.kind)).not.toContain('identifier');
  });
});

describe('buyer names written as "the buyer <Name>"', () => {
  it('takes the name, not the buyer word nor the words after the name', () => {
    const text = 'Yesterday the buyer Jordan Said nothing; customer Mrs Smith called.';
    expect(buyerNameMentions(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Jordan',
      'Mrs Smith',
    ]);
  });

  it("ignores Amazon's and the seller's words after buyer and customer", () => {
    for (const text of [
      'Customer Service said no',
      'buyer Messaging is checked daily',
      'the customer Experience team',
      'Buyer: The item was broken',
      'Mrs',
    ]) {
      expect(buyerNameMentions(text), text).toEqual([]);
    }
  });

  it('gives a fresh pattern to each caller, so one search cannot shift another', () => {
    const a = buyerNameMentionPattern();
    const b = buyerNameMentionPattern();
    expect(a).not.toBe(b);
    expect(a.flags).toContain('g');
    a.exec('the buyer Jordan');
    expect(b.lastIndex).toBe(0);
    expect([...'the buyer Jordan'.matchAll(b)][0]?.groups?.name1).toBe('Jordan');
  });
});

describe('one redactor for a whole call', () => {
  it('gives a text seen again the redaction a fresh redactor gives it', () => {
    const values = buyerValuesOf(orderReport);
    const shared = createRedactor(values);
    const texts = [
      ...[...plantedByShape, ...plantedKnown].map(planted),
      ...sellerTexts,
      '111-4958609-2591083',
      '2026-08-18T07:26:30+00:00',
      '35.99',
      '1.08%',
    ];
    const fresh = texts.map((text) => createRedactor(values).redact(text));
    expect(texts.map(shared.redact)).toEqual(fresh);
    expect(texts.map(shared.redact)).toEqual(fresh);
    expect(shared.redactDeep({ orders: [texts, texts] })).toEqual({ orders: [fresh, fresh] });
  });

  it('leaves order IDs, dates and amounts alone as they are', () => {
    const { redact } = createRedactor(buyerValuesOf(orderReport));
    for (const text of [
      '111-4958609-2591083',
      '2026-08-18',
      '2026-08-18T07:26:30+00:00',
      '35.99',
    ]) {
      expect(redact(text)).toBe(text);
    }
  });
});

describe('the redaction rate', () => {
  it('catches every planted string it can know, and prints the rates', () => {
    const known = createRedactor(buyerValuesOf(orderReport));
    const none = createRedactor();
    const rate = (set: readonly PlantedString[], redact: (t: string) => string) => {
      const leaked = set.filter((p) => redact(planted(p)).includes(p.text));
      return { caught: set.length - leaked.length, leaked: leaked.map((p) => p.text) };
    };
    const byShape = rate(plantedByShape, none.redact);
    const byColumns = rate(plantedKnown, known.redact);
    // Without a report naming the buyer, a bare name in a comment cannot be told from a word.
    const bareNames = rate(plantedKnown, none.redact);
    const sellerChanged = sellerTexts.filter((t) => known.redact(t) !== t).length;
    console.log(
      [
        `shape and wording, no report: ${byShape.caught} caught, ${byShape.leaked.length} leaked`,
        `buyer-column values, with the Order Report: ${byColumns.caught} caught, ${byColumns.leaked.length} leaked`,
        `buyer-column values, no report naming them: ${bareNames.caught} caught, ${bareNames.leaked.length} leaked (${bareNames.leaked.join(', ')})`,
        `seller sentences changed: ${sellerChanged} of ${sellerTexts.length}`,
      ].join('\n'),
    );
    expect(byShape.leaked).toEqual([]);
    expect(byColumns.leaked).toEqual([]);
    expect(sellerChanged).toBe(0);
    // The e-mail and the postcode before a place are still caught by their shape.
    expect(bareNames.caught).toBeGreaterThanOrEqual(1);
  });
});
