/**
 * Buyer strings planted in reports by the privacy tests, and the seller's own text that must come
 * through untouched. All invented: the phone numbers are in the ranges kept for fiction (555-01xx,
 * Ofcom's 020 7946 0xxx drama range), the e-mail domains are .invalid or example.*.
 */

export interface PlantedString {
  /** What is planted; none of it may reach the sidebar, a Doc or the form text. */
  text: string;
  /** In which words it is planted (a comment, a reason), `{}` standing for `text`. */
  carrier: string;
}

/** Buyer data recognised by its shape or by how it is written, whatever the sheets hold. */
export const plantedByShape: readonly PlantedString[] = [
  // E-mail addresses.
  { text: 'jordan.okafor@example.com', carrier: 'Reach me at {} please' },
  { text: 'a_b+returns@mail.example.co.uk', carrier: 'Contact: {}' },
  { text: 'élodie.durand@exemple.invalid', carrier: '{} wrote twice' },
  // The same written to get past a filter.
  { text: 'jordan.okafor(at)example.com', carrier: 'mail {}' },
  { text: 'jordan.okafor＠example.com', carrier: 'mail {}' },
  { text: 'jordan.okafor(at)example(dot)com', carrier: 'mail {}' },
  { text: 'jordan.okafor＠example．com', carrier: 'mail {}' },
  { text: 'jordan.okafor at gmail dot com', carrier: 'Item not received - buyer {}' },
  { text: 'robin dot okafor at example dot com', carrier: 'Courier for {}' },
  { text: 'jo.okafor @ example.com', carrier: 'write to {} please' },
  // Phones: US, UK, DE, FR, IT, ES, JP, IN, AU, CA.
  { text: '+1 555-0115', carrier: 'Call {} before delivery' },
  { text: '(206) 555-0142', carrier: 'my number is {}' },
  { text: '206.555.0142', carrier: 'phone {}.' },
  { text: '+44 20 7946 0958', carrier: 'ring {} after 5pm' },
  { text: '020 7946 0958', carrier: 'Tel: {}' },
  { text: '+49 30 1234567', carrier: 'Telefon {}' },
  { text: '+33 1 23 45 67 89', carrier: 'appelez le {}' },
  { text: '+39 06 1234 5678', carrier: 'chiamare {}' },
  { text: '+34 912 345 678', carrier: 'llamar al {}' },
  { text: '03-1234-5678', carrier: '電話 {}' },
  { text: '+91 98765 43210', carrier: 'call {} in the evening' },
  { text: '+61 2 9876 5432', carrier: 'phone me on {}' },
  { text: '+1 (416) 555-0199', carrier: '{} is my cell' },
  { text: '07700900123', carrier: 'Item not received - call {}' },
  { text: '555-123-4567', carrier: 'left a note, {}' },
  // Postcodes: US, UK, DE, FR, IT, ES, CA, JP, IN, AU.
  { text: 'OR 97277', carrier: 'Portland, {}, USA' },
  { text: '80280-1234', carrier: 'zip was {}' },
  { text: 'SW1A 1AA', carrier: 'London {} is where I live' },
  { text: 'EC1A 1BB', carrier: 'sent to {} instead' },
  { text: 'sw1a 2aa', carrier: 'Item not received - {}' },
  { text: '10115 Berlin', carrier: 'Lieferung nach {} fehlt' },
  { text: '75008 Paris', carrier: 'livré à {} en retard' },
  { text: '00184 Roma', carrier: 'consegna a {}' },
  { text: '28013 Madrid', carrier: 'entregado en {}' },
  { text: 'K1A 0B1', carrier: 'Ottawa ON {}' },
  { text: '〒100-0001', carrier: '配送先 {}' },
  { text: 'Mumbai 400001', carrier: 'deliver to {} only' },
  { text: 'PIN 560001', carrier: 'Bengaluru {}' },
  { text: 'NSW 2000', carrier: 'Sydney {} address' },
  // Street addresses.
  { text: '177 Fictional Way', carrier: 'left at {} by mistake' },
  { text: '12 elm st', carrier: 'Item not received - left at {}' },
  { text: '221B Baker Street', carrier: 'I live at {}.' },
  { text: '12, MG Road', carrier: 'Flat 4, {}, Pune' },
  { text: 'Apt 12', carrier: 'delivered to {} not mine' },
  { text: 'PO Box 123', carrier: 'use {} next time' },
  { text: 'Hauptstraße 5', carrier: 'Paket vor {} abgelegt' },
  { text: '5 rue de la Paix', carrier: 'colis laissé au {}' },
  { text: 'Via Roma 12', carrier: 'pacco lasciato in {}' },
  { text: 'Calle Mayor 3', carrier: 'paquete en {}' },
  { text: '東京都千代田区千代田1-1', carrier: '住所は{}です' },
  // Buyer names written as the buyer or a title: no report column names them.
  { text: 'Jordan', carrier: 'The buyer {} said the box was torn' },
  { text: 'Mrs Smith', carrier: 'customer {} called twice' },
  { text: 'Alex Kim', carrier: 'Buyer: {}' },
  { text: 'Priya Natarajan', carrier: 'the customer, {}, asked for a refund' },
  { text: 'Li Wei', carrier: 'buyer named {} never replied' },
  { text: 'Mr. Okafor', carrier: '{} refused the parcel' },
  { text: 'Dr. Whitfield', carrier: '{} refused the parcel' },
  { text: 'Herr Weber', carrier: 'Käufer {} war nicht zu Hause' },
  { text: 'Anna Müller', carrier: 'Käuferin {} reklamiert' },
  { text: 'Jean-Luc Picard', carrier: "l'acheteur {} n'a pas reçu" },
  { text: 'Sofia Rossi', carrier: 'la cliente {} dice' },
  { text: 'Juan Pérez', carrier: 'el comprador {} no contesta' },
  { text: "O'Brien", carrier: 'the recipient {} was away' },
  { text: 'McDonald', carrier: 'customer {} wants a refund' },
];

/**
 * Buyer data of the reports' buyer columns, planted in text too: found only because the sheets
 * hold it (a name alone, a city, a bare postcode, a phone written another way).
 */
export const plantedBuyer = {
  name: 'Robin Quillfeather',
  email: 'rq7x2mailbox@marketplace.example.invalid',
  phone: '+1 555-0177',
  address: '42 Lantern Hollow Lane',
  city: 'Brackenridge',
  state: 'Colorado',
  postcode: '80299',
};

/** Where the buyer-column values are planted in text, `{}` standing for the value. */
export const plantedKnown: readonly PlantedString[] = [
  { text: plantedBuyer.name, carrier: 'Gift for {}, wrap it' },
  { text: 'Robin', carrier: '{} asked for a refund' },
  { text: 'Quillfeather', carrier: 'sorry {} we are out' },
  { text: 'Brackenridge', carrier: 'never arrived in {}' },
  { text: 'Colorado', carrier: 'shipping to {} takes long' },
  // A postcode of digits alone, beside the town (alone it could be a count: see names-and-numbers).
  { text: plantedBuyer.postcode, carrier: 'never arrived in Brackenridge {}, sorry' },
  { text: '555-0177', carrier: 'call {} 12 times' },
  { text: plantedBuyer.email, carrier: 'from {}' },
  // The buyer's name surname first; the e-mail's own part on its own.
  { text: 'Quillfeather, Robin', carrier: 'We apologised to {} by message.' },
  { text: 'rq7x2mailbox', carrier: 'write to {} at marketplace dot example' },
];

/** The seller's own words beside the planted strings: none of them may be blanked. */
export const sellerTexts: readonly string[] = [
  'Order 111-4958609-2591083 shipped on 2026-08-18T07:26:30+00:00 via USPS Ground Advantage.',
  'SKU HL-THROW-GRY (ASIN B0BZ5P1W6G) sold 35.99 USD; 3 of 120 orders (2.5%) were late.',
  'Our Late Shipment Rate for seller-fulfilled orders from 2026-10-17 to 2026-11-15 was 8.90% (12 of 135 orders).',
  'Tracking 9400953556254086138117 and TBA195267588642 were scanned; order item 52480602949302.',
  'Carriers: UPS, FedEx, DHL, Royal Mail, Canada Post, Australia Post, Japan Post, India Post, Amazon Shipping.',
  'We moved 1,234.50 EUR of stock on 15.11.2026 and 12,5 % fewer units; 8x10 frames, Set of 4.',
  'Customer Service and Buyer-Seller Messaging answered within 24 hours; buyer Messaging is checked daily.',
  'The customer Experience team reviews every A-to-z claim; customers Returns are refunded in 2 business days.',
  'Handling time: 2 business days. Saturday orders ship on Monday. Cut-off 14:00.',
  'Pinecrest Goods Two-Person Travel Hammock with Straps, PC-BOTTLE-24-BLU, 24 oz, Lake Blue.',
  'Sold 12000 Units in May; 35.99 23.99 22.99 19.99 were the prices.',
  'Dear Seller Performance team, we received your notice of 2026-11-15 about our Order Defect Rate.',
  // Words of a buyer's name in another order, or beside one letter, that are no name.
  'The parcel, will it arrive? We shipped a box; a robin sang. Price @ 12.99 each.',
  'We have sold @ Amazon.com since 2019; 30 units @ amazon.co.uk; 2 days on ave. by rd.',
  // Numbered codes that are no phones.
  'FedEx tracking 7489 2345 6789; ISBN 978-0-306-40615-7; UPC 0 12345 67890 5; GTIN 1 0012345 67890 2.',
];
