/**
 * The line on related accounts: nothing that helps hide who runs an account from Amazon, and
 * related-account appeals written honestly. Putting an account in someone else's name while the
 * seller runs it, buying an account, and new identifiers for an account (an IP, a virtual machine,
 * a phone number, a card) so that Amazon cannot link it are hiding: flagged, and Generate refuses.
 * Disclosing a fact (a relative's own account, a shared office VPN) or asking Amazon is honest,
 * and the Doc is generated.
 */
import { describe, expect, it } from 'vitest';
import { generateRefusal } from '../../../src/core/plan/generate-refusal';
import { reviewOnSeller } from './scenarios/seller-data';

function reviewed(step: 'rootCauses' | 'correctiveActions', sentence: string) {
  const flags = reviewOnSeller('relatedAccounts', { [step]: [sentence] });
  return {
    hiding: flags.filter((f) => f.kind === 'identityHiding').map((f) => f.text),
    refusal: generateRefusal(flags),
  };
}

const hiding: [string, string][] = [
  // Found by a tester, not refused before.
  [
    "We registered the new account under my cousin's name.",
    "registered the new account under my cousin's name",
  ],
  ['We now use a different IP address for each store.', 'different IP address'],
  [
    'Each account now runs in its own virtual machine with a separate residential IP.',
    'virtual machine',
  ],
  [
    'We bought a new phone number and a new credit card for the second account.',
    'new phone number',
  ],
  [
    'My wife is now the listed owner of the second account, though I still run it.',
    'though I still run it',
  ],
  [
    'We created a second account with my sister as the account holder.',
    'second account with my sister as the account holder',
  ],
  ["We will use a relative's name and address for the new store.", "use a relative's name"],
  [
    'We bought an existing seller account from another seller.',
    'bought an existing seller account',
  ],
  // Other wordings of the same.
  ["We registered the store under my uncle's name.", "registered the store under my uncle's name"],
  [
    "I set up the second shop in my mother-in-law's name.",
    "set up the second shop in my mother-in-law's name",
  ],
  ['We opened another account for us in her name.', 'opened another account for us in her name'],
  ['We gave each store its own static IP.', 'its own static IP'],
  ['Every account now logs in through its own proxy.', 'proxy'],
  ['We use one IP per account now.', 'one IP'],
  ['The other store has a separate SIM card and laptop.', 'separate SIM card'],
  ['For the second account we got a new prepaid SIM and a different laptop.', 'different laptop'],
  ['We got a new seller account after the suspension.', 'got a new seller account'],
  ["The account is in my father's name, but I do all the work.", 'but I do all the work'],
  ['Technically my son owns the account, but I still manage it.', 'but I still manage it'],
  [
    'My husband is the registered owner of the new store while I actually run it.',
    'while I actually run it',
  ],
  [
    'We set up a new store with my nephew as the listed owner.',
    'new store with my nephew as the listed owner',
  ],
  ["We used my friend's identity documents for the new account.", "used my friend's identity"],
  ['We purchased an aged seller account.', 'purchased an aged seller account'],
  ['We are buying another seller account to keep selling.', 'buying another seller account'],
  ['Each store runs on its own VPS.', 'VPS'],
  ['We log in to the second account through a remote desktop.', 'remote desktop'],
  ['Each account has its own browser fingerprint now.', 'browser fingerprint'],
  // A rented, leased or borrowed account, a stand-in, and someone asked to open one for us.
  ['We rented a seller account from a third party.', 'rented a seller account'],
  ['We leased a seller account from an agency.', 'leased a seller account'],
  ["We borrowed someone's account for the holiday season.", "borrowed someone's account"],
  [
    'My brother will front the new account while I manage it behind the scenes.',
    'front the new account',
  ],
  ['He is only a front man for the store.', 'front man'],
  ['We will use a new LLC with a nominee director.', 'nominee director'],
  [
    'I will ask my neighbour to open an account for me.',
    'ask my neighbour to open an account for me',
  ],
  ['We had my cousin create a new account for us.', 'had my cousin create a new account for us'],
  // Left alone by the last note, then matched: an identifier got for opening the other account.
  ['I used a virtual card to open the second account.', 'virtual card'],
  ['We bought a new SIM to verify the backup store.', 'new SIM'], // Found by a second tester: a relative's account used, typos ("acount", "2nd", "my mom name"),
  // a backup account, registering again under a new company, a VA abroad.
  [
    'Meanwhile we sell through my wife account so the business continue.',
    'sell through my wife account',
  ],
  ['We created a new email and phone number for the second store.', 'new email'],
  ["My father's name is on the new account but I do the daily work.", 'but I do the daily work'],
  [
    "We moved the listings to a new account registered with another family member's ID.",
    "registered with another family member's ID",
  ],
  ['We will open a backup account in case this one is not reinstated.', 'open a backup account'],
  [
    'We re-registered with a different bank account and company name.',
    're-registered with a different bank account',
  ],
  ['we open 2nd acount under my mom name', 'open 2nd acount under my mom name'],
  ['New acc on my nephew name, I handle it', 'I handle it'],
  [
    'We made a new seller central with different ip and different credit card.',
    'made a new seller central',
  ],
  [
    'We will register again with a new LLC and new EIN so it is a fresh start.',
    'register again with a new LLC',
  ],
  [
    'I will use my employee as the official owner of the new account.',
    'use my employee as the official owner',
  ],
  [
    'Kontos auf den Namen meiner Frau eröffnet (account in my wife name).',
    'Kontos auf den Namen meiner Frau eröffnet',
  ],
  ['Different device and wifi for each account from now.', 'Different device'],
  [
    'We hired a virtual assistant in another country to log in to the second account.',
    'in another country',
  ],
  ['We use vpn so amazon not link the accounts.', 'so amazon not link'],
  // Other wordings of the same.
  [
    "We keep selling through my brother's account until we are reinstated.",
    "selling through my brother's account",
  ],
  ['We opened a second acc under my wife name.', 'opened a second acc under my wife name'],
  ['I registered 2nd store in my cousin name.', 'registered 2nd store in my cousin name'],
  ['My uncle name is on the second store but I run everything.', 'but I run everything'],
  [
    "We verified the new store with my cousin's passport.",
    "verified the new store with my cousin's passport",
  ],
  ['We set up a backup seller account for the holidays.', 'set up a backup seller account'],
  [
    'We applied again with a new company name and a new bank account.',
    'applied again with a new company',
  ],
  [
    'We set up a new company and a new EIN to start over after the suspension.',
    'new company and a new EIN',
  ],
  [
    'We put our employee as the legal owner of the second store.',
    'put our employee as the legal owner',
  ],
  ['Separate wifi and a new email address for the other store.', 'Separate wifi'],
  ['Our VA in another country logs in to the other account.', 'in another country'],
  [
    'Amazon will not link the accounts because we use different cards.',
    'Amazon will not link the accounts because we use different',
  ],
];

const honest = [
  // Found by a tester, refused before.
  'We asked Amazon for permission before we opened a new seller account for our second brand.',
  'My brother opened an account in his name in 2019; he runs it himself from his own warehouse.',
  'Both accounts logged in from our shared office, where the same VPN connects every computer.',
  'We keep a fingerprint scanner on the warehouse door.',
  // Asking Amazon openly, in the appeal Amazon reads, hides nothing: Amazon decides. (A plea,
  // which the tone review flags as emotional, and no refusal.)
  'Please help us get a new seller account so we can keep selling.',
  // Other honest wordings.
  'Amazon approved our request, and we opened a new account for the second brand.',
  "With Amazon's permission we opened a new seller account for our wholesale business.",
  'My sister created her own account in 2021 and runs it from her own office.',
  'Both stores used one VPN because they share our office network.',
  'Staff unlock the packing room with a fingerprint reader.',
  'My wife is the listed owner of the second account and she runs it herself.',
  'Each account has its own owner, bank account, staff and address.',
  'Both accounts used the same IP address because my brother rents a desk in our office.',
  'We added a new credit card to our account after the old one expired.',
  'Our account manager bought the account team lunch.',
  'We still run the store ourselves from the same warehouse.',
  'We opened a new account with UPS for heavier parcels.',
  'Our accounting software runs in a virtual machine.',
  'We disclosed that both accounts share one device in our office.',
  'The boxes are stacked at the front of the store.',
  'Our account rep leased us a new printer.',
  'We asked my brother to open the warehouse for us at 6:00.',
  'We rent a warehouse near the port, and our account manager helped us set up the shipments.',
  'The warehouse rent accounts for most of our costs.',
  'We asked our employee to set up the seller account for us.',
  // Found by a review of the patterns learnt from a tester's set, flagged at first.
  "Two chargebacks came from a buyer who used someone else's details (a stolen card), as the bank confirmed.",
  'We also sell through our partner stores in Germany, which they own and run.',
  "We sold the leftover stock through a friend's shop at the local market.",
  'We moved our fulfilment to a different company, a fresh start for our logistics.',
  'My father owns the company, I manage it as its director, and both of us are verified on the account.',
  'Our parent company owns the brand, we handle everything for this store.',
  'We switched to a new company for shipping and will start fresh with daily pickups.',
  'Supplier payments go through a virtual card, and we use it to pay our packaging supplier.',
  'With Amazon’s approval we used a new company card to open the second account for our wholesale brand.',
  'We hired a new packer to set up the new store room.', // Close to the second tester's sentences, and honest: a relative's own account disclosed, a
  // backup generator, a store manager, a new LLC that Amazon approved.
  'My wife has her own seller account, which she opened and runs herself; we disclose it here.',
  'My mom has a separate account in her own name for her jewellery business, and she runs it herself.',
  'My wife sells through her own account from her own office.',
  'We bought a backup generator for the warehouse after the power cut.',
  'We opened a backup account with a second carrier so labels still print when UPS is down.',
  'Our employee Maria is the store manager and handles the daily dispatch.',
  "With Amazon's approval we formed a new LLC for our second brand and disclosed it.",
  'We changed our company name after the merger and updated it in Seller Central.',
  "We moved our payouts to a different bank account in the company's name.",
  'We created a new email address for customer service messages.',
  'We added a new phone number for the warehouse team.',
  "My father's name is on the lease of the warehouse, but I do the daily work there.",
  'My father does the daily work in the warehouse, packing orders for this account.',
  'We hired a virtual assistant in the Philippines to answer buyer messages on this account with her own user login.',
  'Our staff use the same office wifi and computers for this account.',
  'We got a new device for the packing station.',
  'We re-registered our trademark with the new company name in Brand Registry.',
  'A new EIN was issued when we converted to an LLC, and we updated the tax details in Seller Central.',
  'My nephew is a user on our account with packing permissions, and I am the owner.',
  'Another family member owns a separate store, which we disclosed to Amazon.',
  'My wife verified her own account with her own ID in 2021.',
  'We applied again with a new invoice from the brand.',
  'The second account is in my wife name and she runs it herself.',
  'We asked Amazon whether we may open a second account for our new brand.',
  'We started again with a new supplier after the recall.',
  'Our employee is the official contact for carrier pickups.',
  'My brother lives abroad and runs the other account himself.',
];

describe('wording that hides who runs an account', () => {
  it.each(hiding)('"%s" is flagged at "%s", and the Doc refused', (sentence, excerpt) => {
    const { hiding: found, refusal } = reviewed('correctiveActions', sentence);
    expect(found).toContain(excerpt);
    expect(refusal).toMatch(/hiding who runs the account/);
  });
});

describe('honest related-account wording', () => {
  it.each(honest)('"%s": no identity flag, and the Doc is generated', (sentence) => {
    const { hiding: found, refusal } = reviewed('rootCauses', sentence);
    expect(found).toEqual([]);
    expect(refusal).toBeNull();
  });

  it('a request to Amazon stays a plea to reword, never a refusal', () => {
    const flags = reviewOnSeller('relatedAccounts', {
      correctiveActions: ['Please help us get a new seller account so we can keep selling.'],
    });
    expect(flags.map((f) => [f.kind, f.text])).toEqual([['emotional', 'Please help']]);
  });
});
