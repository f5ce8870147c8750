/** Words that make a name the name of an organisation, and the nouns a later mention calls it by. Lower case. */
import { words } from './words';

/**
 * Common words that join with "and" into one name when both sides are such
 * words: "Pharmaceutical Research and Manufacturers of America", "Department
 * of Health and Social Care", "Food and Drug Administration".
 */
export const ORG_WORDS = words(`
  research development manufacturers health social care food drug human services trade industry securities exchange
  customs immigration enforcement science sciences technology arts culture media sport education skills environment
  rural affairs communities local energy climate business budget management agriculture fisheries wildlife fish
  marine housing planning transport safety justice home work pensions labour employment innovation digital
  intellectual property trading standards commerce finance economic economics policy planning training youth
  families children women equality equalities human rights security defence defense intelligence information
  communications broadcasting industries manufacturing mining minerals oil gas water power light electricity
  alcohol tobacco firearms explosives land natural resources conservation heritage tourism recreation parks
  infrastructure public administration sanitation hygiene tropical medicine surgeons physicians pharmacists
  statistics census insurance banking markets investment investments retail distribution supply logistics
  shipping ports aviation space aeronautics atmospheric oceanic medical dental nursing`);

/** Heads of organisations' names: a title before one is part of the name ("General Assembly", "Chief Justice's Office"). */
export const ORGANISATION_NAME_HEADS = words(`
  assembly council court office ministry department secretariat committee commission bureau agency service services
  staff corps army force forces party league front movement bank fund organization organisation university hospital
  institute union association authority board house administration election elections cabinet hall secretary`);

/** Words that make a capitalised name the name of an organisation or a place, not a person. */
export const ORGANISATION_WORDS = words(`
  office ministry department government party council bank agency commission committee court police army forces
  force group company corporation corp corp. inc inc. ltd ltd. llc plc association organisation organization union
  front movement league institute university college school hospital authority board foundation fund service
  services network news times post journal bureau administration assembly parliament senate congress club society
  center centre trust alliance coalition federation church mosque airlines airways motors reserve nations republic
  kingdom states province city county district watch international media press tribune herald gazette daily
  telegraph guardian observer reuters monitor institution initiative programme program project capital partners
  holdings group industries systems technologies labs laboratories studio studios council cabinet navy air taliban
  state region valley island islands river sea ocean mountains street square palace house hall embassy consulate
  directorate secretariat division unit brigade command corps exchange market markets stock index water gas energy
  power electric electricity logistics cargo freight rail railways airline oil petroleum steel pharma
  pharmaceuticals insurance capital foods fc afc cooperative co-op brands enterprises productions pictures
  entertainment ventures solutions associates`);

/** Nouns for a body that a later "the NOUN" may stand for. */
export const ORGANISATION_NOUNS = new Set(
  `company firm group ministry agency department bank council regulator commission authority organisation organization
  union board committee broadcaster newspaper airline carrier insurer lender retailer manufacturer operator utility
  charity watchdog institute university hospital operator provider supplier developer insurer channel network court
  club cooperative association federation society foundation consortium business lender chain producer maker startup
  party giant conglomerate carmaker automaker miner exporter importer tank outlet publisher`
    .trim()
    .split(/\s+/u),
);

/** Nouns "the NOUN" may call the body a sentence opened on (not a regulator, a union or a court: those are others). */
export const BODIES_BY_OPENING = words(`company firm utility party giant carmaker automaker conglomerate miner retailer airline lender group`);

export const ORGANISATION_SPEAKER_HEADS = words(`
  ministry ministries government governments office department agency agencies company companies firm council
  committee commission court army military police party union bank board cabinet parliament assembly administration
  authority authorities organisation organization group network newspaper broadcaster channel outlet website
  hospital school university institute regime junta coalition alliance bloc country nation side camp delegation
  team statement report study survey data figures records club cooperative association federation society foundation
  consortium business lender airline carrier tribunal panel embassy embassies consulate mission opposition prosecution
  defence defense campaign movement front league watchdog regulator charity secretariat directorate bureau service
  navy command legislature senate congress municipality utility insurer retailer manufacturer operator provider
  supplier developer producer maker startup publisher platform monitor observatory centre center institution
  church diocese militia jury`);

/** "Britain's biggest supermarket, Tesco,": bodies a possessive owner can have, besides ROLE_NOUNS. */
export const OWNED_BODIES = words(`supermarket unit subsidiary chain brand arm division`);

/** The last word of a name that tells what kind of body it is, and the noun a later "the NOUN" uses for it. */
export const NAME_SUFFIX_KINDS = new Map<string, string>([
  ...['ltd', 'inc', 'plc', 'llc', 'corp', 'corporation', 'foods', 'holdings', 'industries', 'group', 'technologies', 'systems', 'motors', 'logistics', 'pharmaceuticals', 'brands', 'enterprises', 'company']
    .map((w): [string, string] => [w, 'company']),
  ['bank', 'bank'],
  ['airlines', 'airline'],
  ['airways', 'airline'],
  ['fc', 'club'],
  ['afc', 'club'],
  ['club', 'club'],
  ['cooperative', 'cooperative'],
  ['co-op', 'cooperative'],
]);

/** Abbreviations that end a company's or a person's name and keep their full stop: "FireEye Inc.", "Acme Ltd.", "John Smith Jr." */
export const NAME_ABBREVIATIONS = new Set(['Inc', 'Ltd', 'LLC', 'plc', 'PLC', 'Corp', 'Co', 'Jr', 'Sr']);

/** Nouns for a business, each also called "the company", "the firm", "the business" later. ("Group" alone is not one: "the rights group Licadho".) */
export const COMPANY_NOUNS = words(`company firm business manufacturer retailer developer supplier operator chain provider producer maker startup start-up`);
/** What a company is also called later. */
export const COMPANY_KINDS = ['company', 'firm', 'business'];

/** News agencies, as datelines name them in brackets ("Washington (CNN) —", "Lucknow, Dec 5 (ANI):"). Lower case. */
export const NEWS_AGENCIES = words(`
  ap afp reuters cnn ani pti ians uni tass ria xinhua bernama yonhap kyodo anadolu dpa efe ansa apa app irna spa wam
  kuna bss nna pa aap cna upi bloomberg ips sana mena qna bna xna ntv bbc voa rfa afrique irin interfax kna nan gna
  kcna fars lusa tasr mti ctk pap bta hina anp belga tanjug sputnik mehr isna tasnim wafa petra aps map tap azertac
  kabar kazinform yna antara pna vna kpl akp mna unb rss cns kyodo nhk sapa ena`);

// core/analysis/entities.ts

/** Organisations' heads shaped like abstract nouns: a sentence opening with one may be a name ("Federation said"), not "Unemployment reached". Lower case. */
export const ABSTRACT_LOOKING_ORGANISATION_HEADS = words(`
  foundation federation corporation coalition institution partnership government parliament convention confederation
  congregation`);

// core/analysis/context.ts

/** Words that may follow a company's short name as its suffix ("Fjordkraft Holding", "Acme Inc."), as pattern alternatives; case matters. */
export const COMPANY_SUFFIXES = words(String.raw`Holding Holdings Group ASA AS AB AG SA SE NV Inc\.? Ltd\.? Limited plc PLC Corp\.? Corporation GmbH LLC Co\.?`);

/** The suffixes that make a run of capitalised words a company's name when found in an article ("Halberg Logistik Group"), as pattern alternatives; case matters. */
export const COMPANY_NAME_SUFFIXES = words(String.raw`Holdings? Group ASA AB AG SE NV Inc\.? Ltd\.? Limited plc PLC Corp\.? Corporation GmbH LLC`);

// core/import/speaker.ts

/** Lower-case nouns naming a body that reports its own figures: "the club reported a loss", "the firm expects revenue". */
export const REPORTING_BODY_NOUNS = words(`
  company firm club group bank airline carrier retailer lender insurer agency ministry council university charity
  utility business operator manufacturer supplier developer hospital trust regulator`);
