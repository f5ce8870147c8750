/** Small word lists the rules read. Lower case unless said otherwise. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

export const SEASONS = set(`spring summer autumn fall winter`);

/** Written-out numbers that can stand alone ("two weeks", "fifteen people"). "one" is handled apart. */
export const NUMBER_WORDS = set(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion
  dozen`);

/** Scale words after a number: "4.2 billion", "3 lakh". */
export const SCALES = set(`hundred thousand million millions billion billions trillion trillions lakh lakhs crore crores bn mn m k`);

/** Vague counts that are still figures: "thousands of people". */
export const VAGUE_COUNTS = set(`dozens hundreds thousands millions billions tens scores`);

export const FRACTIONS = set(`
  half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths
  two-thirds three-quarters three-fourths one-third one-quarter one-fifth one-half two-fifths three-fifths four-fifths`);

/** Units and measure nouns that belong to a figure (the noun after a number is kept anyway; these may span two words). */
export const UNITS_TWO_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['per', 'cent'],
  ['percentage', 'points'],
  ['percentage', 'point'],
  ['basis', 'points'],
  ['basis', 'point'],
  ['square', 'kilometres'],
  ['square', 'kilometers'],
  ['square', 'miles'],
  ['square', 'metres'],
  ['square', 'meters'],
  ['light', 'years'],
];

export const CURRENCY_WORDS = set(`
  dollars dollar usd us$ rupees rupee rs rs. pkr inr euros euro eur pounds pound gbp sterling yuan rmb yen jpy
  afghanis afghani riyals riyal dirhams dirham lira naira rand francs franc rubles roubles ruble rouble won pesos peso takas taka`);

/** Currency codes written before the amount: "Rs 500", "PKR 1.2 billion", "USD 40". */
export const CURRENCY_BEFORE = set(`rs rs. pkr inr usd eur gbp aed sar cny rmb jpy chf cad aud tk`);

export const TIME_UNITS = set(`
  second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years
  decade decades century centuries quarter quarters weekend weekends night nights`);

/** Qualifiers kept in front of a quantity: "over 800,000", "nearly half". Longest first. */
export const QUANTITY_QUALIFIERS: ReadonlyArray<readonly string[]> = [
  ['more', 'than'],
  ['less', 'than'],
  ['fewer', 'than'],
  ['greater', 'than'],
  ['higher', 'than'],
  ['lower', 'than'],
  ['at', 'least'],
  ['at', 'most'],
  ['up', 'to'],
  ['as', 'many', 'as'],
  ['as', 'much', 'as'],
  ['as', 'few', 'as'],
  ['as', 'little', 'as'],
  ['close', 'to'],
  ['just', 'over'],
  ['just', 'under'],
  ['well', 'over'],
  ['an', 'estimated'],
  ['no', 'fewer', 'than'],
  ['no', 'more', 'than'],
  ['in', 'excess', 'of'],
  ['within'],
  ['upwards', 'of'],
  ['over'],
  ['under'],
  ['nearly'],
  ['almost'],
  ['about'],
  ['around'],
  ['approximately'],
  ['roughly'],
  ['some'],
  ['only'],
  ['just'],
  ['barely'],
  ['exactly'],
  ['precisely'],
  ['estimated'],
  ['approx.'],
  ['c.'],
  ['circa'],
];

/** Words in front of a date or duration: "since November 2023", "within two weeks". Longest first. */
export const TIME_QUALIFIERS: ReadonlyArray<readonly string[]> = [
  ['by', 'the', 'end', 'of'],
  ['at', 'the', 'end', 'of'],
  ['until', 'the', 'end', 'of'],
  ['before', 'the', 'end', 'of'],
  ['by', 'the', 'start', 'of'],
  ['at', 'the', 'start', 'of'],
  ['by', 'the', 'middle', 'of'],
  ['in', 'the', 'middle', 'of'],
  ['the', 'end', 'of'],
  ['the', 'start', 'of'],
  ['as', 'of'],
  ['as', 'early', 'as'],
  ['no', 'later', 'than'],
  ['in', 'the', 'past'],
  ['in', 'the', 'last'],
  ['in', 'the', 'next'],
  ['over', 'the', 'past'],
  ['over', 'the', 'last'],
  ['over', 'the', 'next'],
  ['for', 'the', 'past'],
  ['for', 'the', 'last'],
  ['since'],
  ['until'],
  ['till'],
  ['before'],
  ['after'],
  ['within'],
  ['during'],
  ['by'],
  ['from'],
  ['in'],
  ['on'],
  ['for'],
  ['through'],
  ['throughout'],
];

/** Relative time words: "last year", "earlier this month". */
export const RELATIVE_TIME = set(`last next this past previous coming current`);

/**
 * Words that never start or continue a counted noun after a number ("800,000 Afghans" yes,
 * "800,000 were" no). Function words, auxiliaries, and common verbs that follow a number.
 */
export const FUNCTION_WORDS = set(`
  a an the and or but nor so yet of in on at to for from by with without within into onto over under about
  above below after before since until till between among against during through throughout across along
  is are was were be been being am has have had do does did will would shall should can could may might must
  that which who whom whose what when where why how this these those it its they them their he him his she her
  we us our you your i me my as than then there here if not no also said says say told according per each every
  such both either neither other another more most less least many much few several some any all only just
  very too still even again ago while whereas although though because unless whether up down out off
  killed died injured wounded arrested fled left returned attended voted rose fell increased decreased dropped
  surged grew jumped climbed declined went came got took made were remain remained including included`);

/** Common capitalised words that are not names when they start a sentence or a quotation. */
export const SENTENCE_STARTERS = set(`
  a an the this that these those it its he she they we i you his her their our my your there here
  in on at to for from by with without within into over under about above after before since until between among
  against during through across along but and or nor so yet however meanwhile moreover furthermore also still
  while when where whereas although though because if unless whether as than then once now today yesterday
  tomorrow recently earlier later last next first second third finally eventually overall instead indeed
  thus hence therefore nonetheless nevertheless besides despite amid amidst following according
  some many most several few all both each every no none neither either any other another such
  what which who whom whose why how yes no not never always often sometimes perhaps maybe
  senior junior former current top new old local foreign federal national international regional provincial
  officials official police authorities government sources critics analysts experts residents witnesses
  mr mrs ms dr prof sir madam dear thank thanks please welcome good hello hi let let's`);

/** Titles split off names: "Chief Minister Ali Amin Gandapur" -> "Ali Amin Gandapur". */
export const TITLES = set(`
  minister ministers president vice-president secretary secretary-general governor senator general gen gen.
  lieutenant lt lt. colonel col col. major maj maj. captain capt capt. commander admiral marshal sergeant sgt
  judge justice magistrate mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady king queen prince princess
  pope cardinal bishop archbishop imam sheikh mullah ambassador envoy spokesperson spokesman spokeswoman
  chairman chairwoman chairperson chair director director-general ceo chancellor mayor commissioner inspector
  superintendent speaker premier representative rep rep. sen sen. gov gov. senator-elect president-elect
  attorney-general advocate-general prosecutor councillor councilman councilwoman deputy chief`);

/** Words that may qualify a title just before it: "Chief Minister", "Foreign Secretary". */
export const TITLE_MODIFIERS = set(`
  chief prime foreign finance interior defence defense home health education information deputy vice acting
  former interim caretaker federal provincial state junior senior assistant associate principal general
  executive managing special permanent additional attorney lord`);

/** Lower-case particles inside names: "Ministry of Foreign Affairs", "Abu Bakr al-Baghdadi". */
export const NAME_CONNECTORS = set(`of for de del della da di du van von der den la le al el bin ibn bint ul ud ur e-`);

/** Nationality and group adjectives that are not names on their own. Lower case. */
export const DEMONYMS = set(`
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

export const NEGATIONS = set(`not no never n't nor none nothing neither cannot`);

/** "Tue 14 May 2024": weekday abbreviations (sat and sun only before a day number: "The Sun" is a newspaper). */
export const WEEKDAY_ABBREVIATIONS = set(`mon tue tues wed thu thur thurs fri sat sun`);

/** Time zones written after a time: "18.32 BST", "10pm GMT". Never names. Upper case. */
export const TIME_ZONES = set(`
  GMT BST UTC CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT
  IST PKT AEST AEDT ACST ACDT AWST NZST NZDT JST KST HKT SGT WIB MSK SAST WAT CAT EAT ET PT CT MT`);

/**
 * Verbs that open an instruction to the reader ("Go get your bike!", "Sign up
 * for our newsletter"): capitalised only by position at a sentence start.
 */
export const IMPERATIVES = set(`
  go get leave sign click tap read share subscribe follow join download register visit check try email send tell stay
  watch listen see find learn discover explore keep take make let imagine consider remember note look think ask buy
  vote bookmark scroll swipe comment reply write contact call enter submit donate tweet text dm message grab head pop
  come bring give put pick drop hit help start stop turn wait avoid use don't do`);

/**
 * Words that open a sentence as adverbs or participles, never as names
 * ("Only three replied", "Online sales rose", "Posted by …").
 */
export const ADVERB_STARTERS = set(`
  only online offline posted updated published even just already soon again together elsewhere nearby inside outside
  back further plus much far well sure still anyway afterwards otherwise altogether instead lately ultimately
  crucially notably importantly meanwhile separately similarly likewise additionally alternatively admittedly
  honestly frankly clearly obviously basically essentially apparently reportedly allegedly initially originally
  previously subsequently currently traditionally historically typically generally usually normally often sometimes
  here there now then today tonight tomorrow yesterday later earlier overall below above`);

/**
 * Portfolios that qualify a title just before it, as part of the title: "Mining
 * Minister X", "Transport Secretary Y". Only read before a title (alone,
 * "Treasury" or "Labour" may be a name).
 */
export const PORTFOLIOS = set(`
  mining energy transport trade housing justice environment culture sport sports agriculture labour labor economy
  economic economics industry industrial science technology communications immigration security climate water
  tourism planning welfare treasury shadow digital veterans women children brexit business commerce fisheries
  forestry infrastructure railways rail aviation power petroleum oil gas minerals resources land lands works public
  affairs development skills work pensions employment education health finance defence defense foreign home interior
  political diplomatic media arts heritage religious revenue customs trade policing police prisons social care
  cabinet agricultural commerce investment enterprise international regional local rural urban youth equalities`);

/** Newsroom roles after a name and its desk: "Peter Walker Political correspondent". Lower case. */
export const NEWSROOM_ROLES = set(`
  correspondent correspondents editor editors reporter reporters writer writers columnist columnists blogger bloggers
  analyst analysts producer producers contributor contributors commentator commentators critic critics photographer
  photographers presenter presenters journalist journalists desk staff`);

/** Street and place heads that keep a capitalised -ing or -ly word before them: "Downing Street", "Ealing Road". */
export const PLACE_HEADS = set(`
  street st road rd avenue ave lane square park place hill bridge palace station airport gardens green close crescent
  way row terrace court drive gate broadway market cross castle abbey hall common heath village town city`);

/**
 * Common words that join with "and" into one name when both sides are such
 * words: "Pharmaceutical Research and Manufacturers of America", "Department
 * of Health and Social Care", "Food and Drug Administration".
 */
export const ORG_WORDS = set(`
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
export const ORGANISATION_HEADS = set(`
  assembly council court office ministry department secretariat committee commission bureau agency service services
  staff corps army force forces party league front movement bank fund organization organisation university hospital
  institute union association authority board house administration election elections cabinet hall secretary`);

/** Compass words that start place names ("South Africa", "North Yorkshire"). */
export const COMPASS = set(`north south east west northern southern eastern western central upper lower greater inner outer`);
