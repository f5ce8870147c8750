/** Words inside and around names of people and places: particles and connectors, demonyms, compass words, place heads. Lower case. */
import { words } from './words';

/** Lower-case particles inside names: "Ministry of Foreign Affairs", "Abu Bakr al-Baghdadi". */
export const ENTITY_NAME_CONNECTORS = words(`of for de del della da di du van von der den la le al el bin ibn bint ul ud ur e-`);

/** Joining words inside a name or title: "Ministry of Foreign Affairs", "Analysts at J. P. Morgan". */
export const SPEAKER_NAME_CONNECTORS = words(`of for and & at de del da di du van von der den al el bin ibn le la e`);

/** Lower-case words a body's name may hold after "by" ("the Ministry of Health", "the Institut de la Santé"); any other ends it ("YouGov for the Times", "police on Monday"). */
export const NAME_INNER_WORDS = words(`of the and de du la des`);

/** Name particles between capitalised words: "Ali bin Hassan", "Ursula von der Leyen". */
export const NAME_PARTICLES = words(`bin ibn al el de del della da di du van von der den la le ter ten dos das`);

/**
 * A quotation's credit after a dash, to the end of its paragraph: "— Joey Ayoub", "– Jane Doe, economist", "— Ursula von
 * der Leyen": one to five capitalised words (particles between them) and at most a short role after a comma. The name is
 * its first group.
 */
export const DASHED_CREDIT_PATTERN = String.raw`[—–]\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|${[...NAME_PARTICLES].join('|')})){0,4})(?:,\s*[^.!?\n“”"]{1,60})?\s*$`;

/** Nationality and group adjectives that are not names on their own. Lower case. */
export const DEMONYMS = words(`
  afghan afghans pakistani pakistanis indian indians american americans british briton britons english french
  german germans chinese japanese russian russians ukrainian ukrainians iranian iranians iraqi iraqis syrian syrians
  turkish turk turks saudi saudis emirati israeli israelis palestinian palestinians egyptian egyptians lebanese
  jordanian yemeni qatari kuwaiti bahraini omani libyan tunisian algerian moroccan sudanese somali ethiopian
  kenyan nigerian ghanaian african africans european europeans asian asians arab arabs western eastern northern southern
  canadian mexican brazilian argentine argentinian chilean colombian venezuelan peruvian cuban
  australian italian italians spanish spaniard portuguese dutch belgian swiss austrian polish czech hungarian
  romanian bulgarian greek serbian croatian swedish norwegian danish finnish irish scottish welsh
  korean koreans vietnamese thai indonesian malaysian filipino bangladeshi bangladeshis sri nepali nepalese
  bhutanese burmese tajik uzbek turkmen kazakh kyrgyz azerbaijani armenian georgian baloch pashtun pashtuns
  punjabi sindhi kashmiri kashmiris kurdish kurds uyghur uighur muslim muslims christian christians hindu hindus
  sikh sikhs jewish jews buddhist shia shiite sunni islamic catholic protestant`);

/** Compass words that start place names ("South Africa", "North Yorkshire"). */
export const COMPASS = words(`north south east west northern southern eastern western central upper lower greater inner outer`);

/** Words that open place names, never a person's: "New Hampshire", "Port Moresby", "Mount Kenya" (with COMPASS). */
export const PLACE_OPENERS = words(`new port fort mount lake cape`);

/** Last words of place names that are no body's: "Victoria Lake", "Nile River" (lower-cased). */
export const PLACE_NAME_HEADS = words(`lake river mountain mount sea ocean bay gulf coast strip bank`);

/** Lower-case nouns after a place's name: "Koh Thom district", "Preah Sihanouk province", "Prek Chrey commune". */
export const PLACE_KINDS = words(`
  province district commune village town city county region state prefecture municipality township borough
  oblast governorate canton parish island islands valley border enclave camp`);

/** Street and place heads that keep a capitalised -ing or -ly word before them: "Downing Street", "Ealing Road". */
export const PLACE_HEADS = words(`
  street st road rd avenue ave lane square park place hill bridge palace station airport gardens green close crescent
  way row terrace court drive gate broadway market cross castle abbey hall common heath village town city`);

/** After these a capitalised word may be capitalised only by position. */
export const OPENERS_BEFORE_A_POSITIONAL_CAPITAL = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', ':', ';', '.', '!', '?', '«', '-', '•', '*', '|', '…', '_', '#', '>']);

/** Words that start no name wherever they stand ("The", "However"); the rest of NOT_NAMES_AT_SENTENCE_START only at a sentence start. */
export const NEVER_NAME_STARTS = words(`
  a an the this that these those it its he she they we i you his her their our my your there but and or nor so yet
  however meanwhile moreover furthermore while when whereas although though because if unless whether thus hence
  therefore nonetheless nevertheless what which who why how yes no not`);

/** Words opening a sentence that are never its named subject: "Such extra-legal clearance is common", "Many …". */
export const NEVER_SUBJECT_OPENERS = words(`such some many most several few all both each every any other another no`);

/** Capitalised words that are never names by themselves. */
export const CAPITALISED_NOT_NAMES = words(`
  i i'm i've i'd i'll ok okay mr mrs ms dr god internet nobody everyone anyone someone somebody everybody anybody
  others other people nothing everything something q a item`);

/** All-caps words that are not names: "CEO", "GDP", "PM". */
export const CAPITALS_NOT_NAMES = words(`
  CEO CFO COO CTO GDP GNP AM PM TV ID OK PDF FAQ VIP MP MPS MNA MPA DIY AI IT HQ PS RIP VAT CCTV SMS USB LGBT
  LGBTQ COVID FY Q1 Q2 Q3 Q4 AD BC CE BCE ETA FIR`);

/** Last words of companies, papers and groups, never surnames. */
export const NOT_SURNAMES = new Set(
  `capital motors group holdings partners associates ltd limited inc plc corp corporation company co trust foundation
  centre center book times post news journal herald tribune guardian telegraph review mail express star standard
  tenants residents reporting correspondent editor democrat democrats republican republicans conservative conservatives
  nations states kingdom republic emirates islands coast valley county province region district airways airlines
  energy industries systems technologies labs media network networks studios records press`.split(/\s+/),
);

/** Labels that look like datelines but are not places. */
export const NOT_DATELINE_PLACES = new Set([
  'UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENT', 'NOTE',
  "EDITOR'S NOTE", 'EDITOR’S NOTE', 'CORRECTION', 'WATCH', 'LIVE', 'VIDEO', 'PHOTO', 'PHOTOS', 'FILE', 'FILE PHOTO',
  'FACT CHECK', 'FACT-CHECK', 'WARNING', 'DISCLAIMER', 'SUMMARY', 'RELATED', 'READ MORE', 'ADVERTISEMENT', 'SOURCE',
  'SOURCES', 'FAQ', 'UPDATE.', 'CLAIM', 'VERDICT', 'RATING', 'FACT',
]);

// core/analysis/context.ts

/** Connectors a long name is cut before to give its short form ("UN Interim Force in Lebanon" -> "UN Interim Force"). */
export const SHORT_FORM_CONNECTORS = words(`in of for on at`);

/** Words skipped when initials are read from a long name ("Ministry of Foreign Affairs (MoFA)"); case ignored. */
export const ACRONYM_SKIPPED_WORDS = words(`of for and the on in de e i ul al el at to a an &`);

// core/attribution/coreference.ts

/** Lower-case words allowed inside a speaker's proper name ("Ministry of Health", "Marks & Spencer"). */
export const PROPER_SPEAKER_JOINERS = words(`of for and &`);

// core/attribution/mentions.ts

/** Words before "to" that make what follows a person, not a place ("according to Okafor", "a letter to Okafor"); case ignored. */
export const BEFORE_TO_A_PERSON = words(`according letter statement told said spoke talked wrote written close next`);

/** Lower-case words inside the name a sentence opens on, besides the name particles ("Volkswagen do Brasil", "Bank of Ghana"). */
export const OPENING_NAME_JOINERS = words(`do of for and &`);

// core/attribution/names.ts

/** Participles after a hyphen that make a capitalised word a modifier, not a name ("Denmark-based", "state-owned"). */
export const AFTER_A_HYPHEN_NOT_A_NAME = words(`based owned led backed registered listed run born funded controlled`);

// core/import/front-matter.ts

/** Lower-case words and "&" inside a byline's name ("By Ana de Souza", "By Smith and Jones"). */
export const BYLINE_NAME_JOINERS = words(`and & de del da van von der al bin in for of the`);

// core/import/speaker-phrase.ts

/** "Denmark-based Nordfragt": participles after a hyphen making a where-from adjective before a name (not AFTER_A_HYPHEN_NOT_A_NAME: other words); case ignored. */
export const WHERE_FROM_PARTICIPLES = words(`based owned led backed registered listed run born`);
