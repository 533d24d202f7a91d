/**
 * What a seller sees of the redaction step in their Plan of Action: a buyer's name however it is
 * written (accents dropped, a middle name left out or added, a title, surname first, a hidden
 * character between), contact details by their shape, and what must stay: the add-on's counts
 * beside buyer postcodes that are the same number, years, tracking numbers, ISBNs and UPCs, a
 * manager's name after a title, a brand.
 */
import { describe, expect, it } from 'vitest';
import { buyerValuesOf, createRedactor, redactedMarker } from '../../../src/core/privacy';

/** An Order Report's buyer columns, as Amazon writes them (names in the tester's sweep). */
const orderReport = [
  [
    'order-id',
    'buyer-email',
    'buyer-name',
    'ship-phone-number',
    'recipient-name',
    'ship-address-1',
    'ship-city',
    'ship-postal-code',
  ],
  [
    '111-0000001-0000001',
    'jose.garcia@gmail.com',
    'José García',
    '+1 (555) 867-5309',
    'José García',
    '1600 Elmwood Ave',
    'Austin',
    '1293',
  ],
  [
    '111-0000001-0000002',
    'mek.shopper@outlook.com',
    'Mary Ellen Kowalczyk',
    '+1 555-330-1122',
    'Mary Ellen Kowalczyk',
    '9 Harbor View Road',
    'Tacoma',
    '2024',
  ],
  [
    '111-0000001-0000003',
    'priya.r@example.com',
    'Dr. Priya Raghunathan',
    '+1 555-404-5050',
    'Dr. Priya Raghunathan',
    '310 Quince Court',
    'Fresno',
    '2000',
  ],
  [
    '111-0000001-0000004',
    'rm@example.invalid',
    'Robin Mockley',
    '+44 7700 900124',
    'Robin Mockley',
    'Flat 2',
    'London',
    '10115',
  ],
  [
    '111-0000001-0000005',
    'zs@example.invalid',
    'Zoë Šťastná-Dvořák',
    '+420 601 123 456',
    'Zoë Šťastná-Dvořák',
    'Vinohradská 12',
    'Praha',
    '-1+1',
  ],
  [
    '111-0000001-0000006',
    'ng@example.invalid',
    'Ngozi Okonkwo-Adeyemi',
    '',
    'Ngozi Okonkwo-Adeyemi',
    '5 Acacia Way',
    'Tulsa',
    '74103',
  ],
];

const redactor = createRedactor(buyerValuesOf(orderReport));
/** What Generate refuses: every kind but those the review only asks about. */
const asked = new Set(['nameWord', 'place', 'titledName']);
const refused = (text: string) => redactor.find(text).filter((m) => !asked.has(m.kind));
const refusedText = (text: string) => refused(text).map((m) => m.text);

describe("a buyer's first name and surname together", () => {
  it.each([
    ['We phoned Jose Garcia to apologise.', 'Jose Garcia'],
    ['We phoned JOSÉ GARCÍA to apologise.', 'JOSÉ GARCÍA'],
    ['We refunded Mary Kowalczyk in full.', 'Mary Kowalczyk'],
    ['We refunded Ellen Kowalczyk in full.', 'Ellen Kowalczyk'],
    ['We refunded Mary E. Kowalczyk in full.', 'Mary E. Kowalczyk'],
    // Two given names in the name's order are the buyer too (README: two words side by side).
    ['Our staff member Mary Ellen packed it.', 'Mary Ellen'],
    ['We refunded Robin J. Mockley in full.', 'Robin J. Mockley'],
    ['We refunded Robin James Mockley in full.', 'Robin James Mockley'],
    ['We refunded Priya Raghunathan in full.', 'Priya Raghunathan'],
    ['We refunded Robin\u200BMockley in full.', 'Robin\u200BMockley'],
    ['We refunded Ro\u200Dbin Mock\u00ADley in full.', 'Ro\u200Dbin Mock\u00ADley'],
    ['We refunded Mockley Robin after the claim.', 'Mockley Robin'],
    ['We refunded Zoe Stastna-Dvorak in full.', 'Zoe Stastna-Dvorak'],
    ['We refunded Zoë Dvořák in full.', 'Zoë Dvořák'],
    ['We refunded Ngozi Okonkwo in full.', 'Ngozi Okonkwo'],
    ['We refunded Ｒｏｂｉｎ Ｍｏｃｋｌｅｙ in full.', 'Ｒｏｂｉｎ Ｍｏｃｋｌｅｙ'],
  ])('refuses "%s"', (text, name) => {
    expect(refusedText(text)).toEqual([name]);
    expect(redactor.redact(text)).not.toContain(name);
  });

  it.each([
    // A title and a surname the sheets hold is the buyer.
    ['We apologised to Dr. Raghunathan by message.', 'Dr. Raghunathan'],
    ['We apologised to Prof Mockley by message.', 'Prof Mockley'],
    ['We apologised to Mrs Kowalczyk by message.', 'Mrs Kowalczyk'],
    ['We apologised to Sr. García by message.', 'Sr. García'],
  ])('refuses a title and a buyer\'s surname: "%s"', (text, name) => {
    expect(refusedText(text)).toEqual([name]);
  });

  it.each([
    // One word of a name alone is the seller's to keep after the review asks.
    'Robin, our packer, now checks every label.',
    'Mary and Priya pack the orders; Garcia Logistics collects them.',
    // Two buyers' words that are no one buyer's name.
    'Robin Kowalczyk joined our team.',
  ])('refuses nothing in "%s"', (text) => {
    expect(refused(text)).toEqual([]);
  });
});

describe('a title and a name no buyer column holds', () => {
  it.each([
    'Our warehouse manager, Mr. Patel, now checks every parcel before pickup.',
    "We repacked Mrs. Meyer's hand soap in sealed bags.",
    'We now double-box every Mr. Coffee machine.',
    'Dr. Whitfield, our consultant, reviewed the packing line.',
  ])('asks about "%s" and refuses nothing', (text) => {
    expect(refused(text)).toEqual([]);
    expect(redactor.find(text).map((m) => m.kind)).toContain('titledName');
  });

  it('blanks them in report text, where a title and a name is a buyer', () => {
    expect(createRedactor().redact('Dr. Whitfield never got the parcel')).toBe(
      `${redactedMarker} never got the parcel`,
    );
    // After a buyer word a name is the buyer's, title or not: refused.
    expect(refusedText('The buyer Dr. Whitfield called.')).toEqual(['Dr. Whitfield']);
  });
});

describe('numbers the sheets hold as buyer data', () => {
  it.each([
    // The add-on's own figures: 1293 is also a buyer's postcode, 2024 and 2000 too.
    '14 of 1293 seller-fulfilled orders confirmed 0–1 business days after the order had a defect (1.1%).',
    'Since 2024 we have packed glass in double boxes.',
    'We dispatched 2000 parcels in November.',
    'We reprinted 10115 labels after the printer fault.',
    'Row 11 of the Order Report could not be read.',
    'Order 112-6320087-9354898 was refunded on 2026-11-02; SKU CL-BOARD-3, 3 units.',
  ])('leaves "%s" as it is', (text) => {
    expect(redactor.find(text)).toEqual([]);
    expect(redactor.redact(text)).toBe(text);
  });

  it('still blanks a postcode of digits beside other buyer data, and a street line', () => {
    expect(redactor.redact('Delivered to Austin 1293, not to us.')).toBe(
      `Delivered to ${redactedMarker} ${redactedMarker}, not to us.`,
    );
    expect(redactor.redact('Sent to London, 10115 instead')).toBe(
      `Sent to ${redactedMarker}, ${redactedMarker} instead`,
    );
    expect(redactor.redact('We re-sent it to 1600 Elmwood Ave today.')).toBe(
      `We re-sent it to ${redactedMarker} today.`,
    );
    // USPS's abbreviations of the street suffix (Wy, Ter, Pkwy, Sq, Cir, Trl).
    for (const street of ['177 Fictional Wy', '9 Harbor Ter', '40 Lake Pkwy', '3 Market Sq']) {
      expect(redactor.redact(`Returned from ${street} today.`)).toBe(
        `Returned from ${redactedMarker} today.`,
      );
    }
    expect(refusedText('We called 555-330-1122 twice.')).toEqual(['555-330-1122']);
  });
});

describe('phones by their shape', () => {
  const none = createRedactor();
  it.each([
    '+44 7700 900123',
    '(555) 123-4567',
    '555-123-4567',
    '555.867.5309',
    '555 867 5309',
    '07700 900123',
    '+1 555 867 5309',
    '07700900123',
    '020 7946 0958',
    '06 12 34 56 78',
    '090-1234-5678',
    '+49 30 12345678',
    '+919876543210',
    '1-555-222-4567',
    '98765 43210',
    '0151 12345678',
    '333 1234567',
  ])('blanks %s', (phone) => {
    expect(none.redact(`We texted the buyer, ${phone}, about it.`)).not.toContain(phone);
    expect(none.find(`Reach me on ${phone}`).map((m) => m.kind)).toEqual(['phone']);
  });

  it.each([
    ['We called the buyer on 07700900123 twice.', '07700900123'],
    ['Item not received - call 5558675309', '5558675309'],
    ['Tel: 0612345678', '0612345678'],
    ['Bitte Handy 015112345678 anrufen', '015112345678'],
    ["The buyer's number is 5552224567.", '5552224567'],
  ])('blanks a bare run after a word for calling: "%s"', (text, phone) => {
    expect(none.redact(text)).not.toContain(phone);
  });

  it.each([
    'We uploaded FedEx tracking 7489 2345 6789 two days late.',
    'We relisted the book ISBN 978-0-306-40615-7 with the right edition.',
    'We corrected the UPC 0 12345 67890 5 on the listing.',
    'The carton label GTIN 1 0012345 67890 2 now prints correctly.',
    'DHL 1234567890 and book ASIN 0306406152 were checked.',
    'USPS tracking 9400 1000 0000 0000 0000 00 was uploaded late.',
    'We called about tracking 748923456789 and order item 52480602949302.',
    'Order 112-6320087-9354898 shipped with 1Z999AA10123456784.',
    'The order number 1234567890 and account number 12345678901 were checked.',
  ])('leaves "%s"', (text) => {
    expect(none.redact(text)).toBe(text);
  });
});

describe('postcodes, streets and e-mails as buyers type them', () => {
  const none = createRedactor();
  it.each([
    ['Item not received - sw1a 2aa', 'sw1a 2aa'],
    ['We re-sent it to the buyer at ec1a 1bb.', 'ec1a 1bb'],
    ['Resent to k1a 0b1 by Canada Post.', 'k1a 0b1'],
    ['Item not received - left at 12 elm st', '12 elm st'],
    ['We re-sent the parcel to 1600 elmwood avenue.', '1600 elmwood avenue'],
    ['Left at 221b baker street by the courier', '221b baker street'],
    ['Item not received - buyer jose.garcia at gmail dot com', 'jose.garcia at gmail dot com'],
    ['Courier for jose.garcia at gmail dot com', 'jose.garcia at gmail dot com'],
    ['We wrote to robin dot mockley at gmail dot com.', 'robin dot mockley at gmail dot com'],
    ['Write to jsmith at yahoo dot co dot uk', 'jsmith at yahoo dot co dot uk'],
    ['We emailed jose.garcia(at)gmail(dot)com with tracking.', 'jose.garcia(at)gmail(dot)com'],
    ['We emailed jose.garcia [at] gmail [dot] com.', 'jose.garcia [at] gmail [dot] com'],
    ['We emailed jose.garcia＠gmail．com with tracking.', 'jose.garcia＠gmail．com'],
    ['We emailed ngozi.oa @ gmail.com with tracking.', 'ngozi.oa @ gmail.com'],
    // A verb after a lower-case street is no product's plural.
    ['The buyer at 12 elm street says the parcel never came.', '12 elm street'],
    ['Customer at 40 oak avenue claims it was empty.', '40 oak avenue'],
  ])('blanks "%s"', (text, data) => {
    expect(none.redact(text)).not.toContain(data);
    // One piece, refused: the review names it as buyer data.
    expect(none.find(text).map((m) => m.kind)).toHaveLength(1);
    expect(none.find(text)[0]?.text).toContain(data);
  });

  it.each([
    'Our b2b 2nd shelf and B2B 2nd channel are separate.',
    'We shipped 2 days on ave. by rd. and 3 units per st.',
    'We have sold @ Amazon.com since 2019; 30 units @ amazon.co.uk.',
    'We looked at the new carrier and at our own dot matrix printer.',
    'The parcel was left at the door; we arrived at 9.',
    'Sizes XL and 2XL sold 12 units each.',
    'We sold the ps5 2tb bundle and the m2 2tb ssd with a 4 2lb bag.',
    'We sold 40 metal street signs and 12 fifth avenue perfumes.',
    // The seller's own reference numbers are evidence, not phones.
    'Ticket number 1234567890123 and claim number 1234567890 are in the case log.',
    'Our PO number 4500123456 and EAN number 5012345678900 match the invoice.',
  ])('leaves "%s"', (text) => {
    expect(none.redact(text)).toBe(text);
  });
});

describe('names with letters an English keyboard has not', () => {
  const report = [
    ['order-id', 'buyer-name', 'recipient-name', 'ship-city'],
    ['111-0000002-0000001', 'Łukasz Wróblewski', 'Łukasz Wróblewski', 'Kraków'],
    ['111-0000002-0000002', 'Ayşe Yılmaz', 'Ayşe Yılmaz', 'İzmir'],
    ['111-0000002-0000003', 'Hans Müller', 'Hans Müller', 'Köln'],
    ['111-0000002-0000004', 'Søren Ørsted', 'Søren Ørsted', 'Aarhus'],
    ['111-0000002-0000005', 'Jörg Strauß', 'Jörg Strauß', 'Wien'],
  ];
  const redactor = createRedactor(buyerValuesOf(report));
  const refusedIn = (text: string) =>
    redactor
      .find(text)
      .filter((m) => !asked.has(m.kind))
      .map((m) => m.text);

  it.each([
    'Lukasz Wroblewski',
    'Łukasz Wróblewski',
    'Ayse Yilmaz',
    'AYSE YILMAZ',
    'Hans Mueller',
    'Hans Muller',
    'Soren Orsted',
    'Joerg Strauss',
    'ayse.yilmaz',
  ])('refuses "%s", as typed without them', (name) => {
    expect(refusedIn(`We wrote to ${name} the same day.`)).toEqual([name]);
  });
});

describe('invisible characters in report text', () => {
  it('takes bidi controls and zero-width characters out of what leaves the sheets', () => {
    const { redact } = createRedactor();
    expect(redact('Item not received \u202Egnp.exe')).toBe('Item not received gnp.exe');
    expect(redact('Damaged\u200B\u2066 box\uFEFF')).toBe('Damaged box');
    // A joiner shapes emoji and Indic scripts: it stays there.
    expect(redact('Great 👨\u200D👩\u200D👧 gift, क्\u200Dष')).toBe(
      'Great 👨\u200D👩\u200D👧 gift, क्\u200Dष',
    );
  });
});

describe('names in scripts without capitals or without spaces', () => {
  const report = [
    ['order-id', 'buyer-name', 'ship-city'],
    ['503-0000001-0000001', '山田　太郎', '横浜市'],
    ['403-0000001-0000002', 'محمد العلي', 'الرياض'],
    ['111-0000001-0000003', 'Zoë Delacroix-Martin', 'Lyon'],
  ];
  const redactor = createRedactor(buyerValuesOf(report));

  it.each([
    ['山田太郎です。箱が潰れていました。', `${redactedMarker}です。箱が潰れていました。`],
    ['商品未着 山田太郎様より', `商品未着 ${redactedMarker}様より`],
    ['山田様から連絡がありました', `${redactedMarker}様から連絡がありました`],
    ['العلي: الطرد وصل تالفا', `${redactedMarker}: الطرد وصل تالفا`],
    ['Delacroix said the lid was cracked.', `${redactedMarker} said the lid was cracked.`],
  ])('blanks the buyer in "%s"', (text, redacted) => {
    expect(redactor.redact(text)).toBe(redacted);
  });

  it.each(['箱が潰れていました。', 'الطرد وصل تالفا', 'Robin rose early.'])(
    'leaves "%s" as it is',
    (text) => {
      expect(redactor.redact(text)).toBe(text);
    },
  );
});
