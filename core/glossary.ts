/**
 * English words of the corpus's subjects and the German words the corpus uses for them, so that an
 * English search reaches the German text where no lexicon concept covers the word ("outage" ->
 * Ausfall, Störung; "Christmas sales" -> Weihnachtsgeschäft, Umsatz). A dictionary of the domain, not
 * of queries: every German word is a normalised word or word stem that the search looks up as it looks
 * up a typed word (inflections and compounds included), and glossary.test.ts checks that each entry
 * reaches the corpus.
 */
export const GLOSSARY: Readonly<Record<string, readonly string[]>> = {
  // Service and trade
  outage: ['ausfall', 'storung'],
  disruption: ['storung'],
  failure: ['ausfall'],
  christmas: ['weihnachten', 'weihnachtsgeschaft'],
  holiday: ['feiertag', 'weihnachtsfeiertag'],
  sale: ['umsatz', 'verkaufen', 'geschaft'],
  revenue: ['umsatz', 'gesamterlose'],
  purchase: ['kauf', 'kaufen', 'einkauf'],
  order: ['bestellungen', 'bestellt'],
  price: ['preise'],
  payment: ['bezahlen', 'bezahlung'],
  retailer: ['handler', 'einzelhandler', 'versandhandler'],
  shop: ['einkauf', 'handel'],
  competition: ['konkurrenz', 'konkurrenten'],
  competitor: ['konkurrenten', 'konkurrenz'],
  cheap: ['gunstiger'],
  stock: ['aktie', 'borse'],
  survey: ['umfrage'],
  poll: ['umfrage'],
  trust: ['vertrauen'],
  documentary: ['dokumentarfilm', 'doku'],
  series: ['serien', 'streamingserien'],
  // Customers and their data
  customer: ['kunde', 'kunden'],
  profile: ['personlichkeit', 'datensatz'],
  profiling: ['datenauswertung', 'ausgewertet', 'datensatz'],
  analysis: ['auswertung', 'analyse', 'datenanalysen'],
  recommendation: ['produktempfehlungs'],
  advertising: ['werbung'],
  advert: ['werbung'],
  trace: ['spuren'],
  surveillance: ['uberwachung', 'uberwacht'],
  monitored: ['uberwacht'],
  state: ['staat'],
  secret: ['geheimdiensten', 'nachrichtendienst'],
  listen: ['hineinhorchen', 'lauschsprecher'],
  speaker: ['lautsprecher'],
  doorbell: ['turklingel'],
  // Work
  worker: ['beschaftigten', 'arbeitskrafte', 'mitarbeiter'],
  employee: ['mitarbeiter', 'beschaftigten', 'angestellt'],
  staff: ['belegschaft', 'mitarbeiter'],
  wage: ['bezahlung', 'lohnt'],
  pay: ['bezahlung', 'bezahlt'],
  courier: ['auslieferer'],
  parcel: ['pakete', 'paketversand'],
  package: ['pakete'],
  logistics: ['logistik', 'logistischen'],
  training: ['weiterbildung', 'umschulung'],
  // Power and the state
  tax: ['steuer', 'abgaben'],
  government: ['regierung', 'staat'],
  regulation: ['regulierungen', 'gesetzliche'],
  health: ['gesundheitssystem'],
  satellite: ['satelliten', 'satelliteninternet'],
};

/** English plural endings a query word may carry ("outages", "sales", "couriers"). */
const PLURALS = ['s', 'es'];

/** The German words for a normalised English query word, or none. */
export function germanFor(norm: string): readonly string[] {
  const direct = GLOSSARY[norm];
  if (direct) return direct;
  for (const ending of PLURALS) {
    if (norm.endsWith(ending)) {
      const singular = GLOSSARY[norm.slice(0, -ending.length)];
      if (singular) return singular;
    }
  }
  return [];
}
