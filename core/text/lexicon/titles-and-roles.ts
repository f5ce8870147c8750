/** Titles, roles and the words around them: who a person is, or what a speaker is ("one diplomat", "the ministry"). Lower case unless said otherwise. */
import { words, wordsWithOptionalStop } from './words';

/** Titles split off names: "Chief Minister Ali Amin Gandapur" -> "Ali Amin Gandapur". */
export const TITLES = words(`
  minister ministers president vice-president secretary secretary-general governor senator general gen gen.
  lieutenant lt lt. colonel col col. major maj maj. captain capt capt. commander admiral marshal sergeant sgt
  judge justice magistrate mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady king queen prince princess
  pope cardinal bishop archbishop imam sheikh mullah ambassador envoy spokesperson spokesman spokeswoman
  chairman chairwoman chairperson chair director director-general ceo chancellor mayor commissioner inspector
  superintendent speaker premier representative rep rep. sen sen. gov gov. senator-elect president-elect
  attorney-general advocate-general prosecutor councillor councilman councilwoman deputy chief`);

/** Words that may qualify a title just before it: "Chief Minister", "Foreign Secretary". */
export const TITLE_MODIFIERS = words(`
  chief prime foreign finance interior defence defense home health education information deputy vice acting
  former interim caretaker federal provincial state junior senior assistant associate principal general
  executive managing special permanent additional attorney lord lead`);

/**
 * Portfolios that qualify a title just before it, as part of the title: "Mining
 * Minister X", "Transport Secretary Y". Only read before a title (alone,
 * "Treasury" or "Labour" may be a name).
 */
export const PORTFOLIOS = words(`
  mining energy transport trade housing justice environment culture sport sports agriculture labour labor economy
  economic economics industry industrial science technology communications immigration security climate water
  tourism planning welfare treasury shadow digital veterans women children brexit business commerce fisheries
  forestry infrastructure railways rail aviation power petroleum oil gas minerals resources land lands works public
  affairs development skills work pensions employment education health finance defence defense foreign home interior
  political diplomatic media arts heritage religious revenue customs trade policing police prisons social care
  cabinet agricultural commerce investment enterprise international regional local rural urban youth equalities`);

/** What a minister or secretary is "of": "Secretary of State", "Minister of Foreign Affairs". */
export const PORTFOLIOS_AFTER_OF = words(`
  exchequer affairs foreign interior defence defense finance health education state justice commerce trade energy
  agriculture transport labour labor housing environment treasury home staff information communications culture
  tourism planning development industry economy economic science technology security welfare works water power
  railways ports shipping religious minorities human rights law parliamentary national local government women
  youth sports sport digital climate fisheries food employment pensions veterans homeland social development
  management business cooperation`);

/**
 * Endings of abstract nouns that name a portfolio and never a person: "Rehabilitation", "Tourism", "Economics",
 * "Partnership" (not -ance, -ence, -ure, -ity, -ment, -ness: "Constance", "Florence", "Felicity", "Clement", "Guinness") ("Minister of Social Affairs, Veterans and Youth
 * Rehabilitation Vong Sauth").
 */
export const PORTFOLIO_ENDING = /(?:tion|sion|ism|ics|ship|hood)$/u;

/** Newsroom roles after a name and its desk: "Peter Walker Political correspondent". Lower case. */
export const NEWSROOM_ROLES = words(`
  correspondent correspondents editor editors reporter reporters writer writers columnist columnists blogger bloggers
  analyst analysts producer producers contributor contributors commentator commentators critic critics photographer
  photographers presenter presenters journalist journalists desk staff`);

/** Titles and roles a single person holds: "Chief Minister", "spokesperson", "Senator". */
export const PERSON_TITLES = words(`
  spokesperson spokesman spokeswoman minister president vice-president premier chancellor secretary
  secretary-general director-general attorney-general governor-general ambassador envoy commander director
  chairman chairwoman chairperson chair ceo cfo coo founder co-founder professor economist analyst adviser advisor
  aide mayor governor senator representative congressman congresswoman lawmaker legislator judge justice prosecutor
  attorney lawyer general colonel lieutenant captain sergeant admiral marshal officer official diplomat negotiator
  leader head manager researcher scientist doctor physician coach king queen prince princess sheikh emir pope
  cardinal bishop imam cleric rabbi inspector superintendent commissioner sheriff detective correspondent editor
  journalist author historian activist campaigner candidate councillor councilor councilman councilwoman mp
  chief executive deputy hydrologist engineer expert strategist pollster administrator registrar ombudsman
  chairperson speaker president-elect emeritus principal dean rector provost treasurer auditor consul counsel member
  resident farmer shopkeeper teacher student nurse worker owner witness survivor villager elder trader merchant`);

/** "ambassador to Britain", "envoy for Syria": the words joining a role to the place or body it serves. */
export const ROLE_TO_PLACE_LINKS = words(`to for on`);
/** A politician's party or standing before the name, read as a role: "Independent Andy Preston", "Democrat Nancy Pelosi", "Liberal Democrat Tim Farron". */
export const PARTY_AFFILIATIONS = words(`
  independent democrat democratic republican conservative labour labor tory liberal green socialist communist
  nationalist unionist libertarian progressive centrist populist`);
/**
 * Words that make a role another office, or one held once: "Former Prime Minister Paul Keating", "Shadow Treasurer Angus
 * Taylor", "Deputy Prime Minister Richard Marles" are none of them "the Prime Minister" or "the Treasurer".
 */
export const OTHER_OFFICE_MARKERS = words(`former ex ex- erstwhile onetime one-time then late shadow deputy vice assistant junior opposition`);
/** Roles that serve a place, which may stand between the role and a name ("ambassador to Britain Liu Xiaming"). */
export const ROLES_SERVING_A_PLACE = words(`
  ambassador ambassadors envoy envoys consul consuls emissary emissaries representative representatives delegate delegates
  commissioner minister ministers secretary rapporteur coordinator czar tsar mp mps member members senator senators mla
  mep congressman congresswoman councillor councilor candidate`);
/** Members elected for a place: "MP for Middlesbrough South", "senator for Victoria" (the place is no person). */
export const CONSTITUENCY_ROLES = words(`mp mps member members senator senators mla mep congressman congresswoman councillor councilor candidate`);

/** Titles that also begin names of things: "General Motors", "Head Start", "Major League". */
export const AMBIGUOUS_TITLES = words(`general head chief justice speaker principal executive chair counsel`);

/** Courtesy titles kept with the name they belong to: "Mr. Li", "Dr. Fatima Shah". */
export const HONORIFICS = wordsWithOptionalStop(`Mr Mrs Ms Messrs Mme Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt Maj Adm Cmdr Brig Rev Hon Pres Amb Sir Dame Lord Lady`);

/** Courtesy titles that say which personal pronoun the article uses for the person: "Mr Ellery" is "he". */
export const GENDERED_TITLES: Readonly<Record<string, 'he' | 'she'>> = { Mr: 'he', Mister: 'he', Sir: 'he', Mrs: 'she', Ms: 'she', Miss: 'she', Mme: 'she', Madam: 'she', Dame: 'she' };

/** Courtesy titles left out when matching names: "Mr. Khan" is "Shafqat Ali Khan". */
export const COURTESY_TITLES = wordsWithOptionalStop(`Mr Mrs Ms Messrs Mme Dr Prof Sir Dame`);

export const SPOKESPERSON_WORDS = words(`spokesperson spokesman spokeswoman`);

/** Nouns that can be a speaker: "one diplomat", "the ministry", "residents". */
export const ROLE_NOUNS = words(`
  rep reps representative representatives organisations organizations firms spokesperson spokespersons spokespeople spokesman spokesmen spokeswoman spokeswomen official officials diplomat
  diplomats minister ministers ministry ministries government governments president presidents premier chancellor speaker
  secretary ambassador ambassadors envoy envoys commander commanders army military authorities authority department
  agency agencies company companies firm statement report reports study survey researcher researchers scientist
  scientists doctor doctors activist activists critic critics judge judges justice justices magistrate magistrates court prosecutor prosecutors lawyer
  lawyers attorney attorneys director chairman chairwoman chair executive executives manager managers board council
  committee party parties group groups organisation organization union unions coach founder professor economist
  economists analyst analysts expert experts observer observers people member members representative
  representatives adviser advisers advisor advisors aide aides delegation mayor governor general negotiator
  negotiators source sources witness witnesses resident residents villager villagers elder elders leader leaders
  leadership lawmaker lawmakers legislator legislators senator senators officer officers police head chief team
  staff worker workers employee employees investigator investigators regulator regulators militant militants
  insurgent insurgents rebel rebels protester protesters protestors student students teacher teachers parent parents
  farmer farmers office administration cabinet parliament assembly bank nation country countries side camp newspaper
  broadcaster network channel outlet website data figures statistics poll polls census estimates document documents
  letter memo filing family families relatives forces troops soldiers navy citizens voters users customers
  consumers supporters opponents survivors victims petitioners plaintiffs defendants engineer engineers shopkeeper
  shopkeepers traders merchants businessmen owner owners operator operators provider providers physician physicians
  nurses nurse hospital hospitals school schools university universities institute scholars scholar cleric clerics
  commission regime junta coalition alliance bloc journalist journalists reporter reporters correspondent
  correspondents editor editors author authors historian historians man men woman women citizen voter user
  customer supporter opponent survivor victim soldier trader merchant businessman businesswoman ally allies partner
  partners neighbour neighbours neighbor neighbors friend friends colleague colleagues dealer dealers broker brokers
  investor investors banker bankers lender lenders creditor creditors television tv radio media press agents agent
  campaigners campaigner airline airlines carrier carriers insurer insurers retailer retailers manufacturer
  manufacturers utility utilities charity charities watchdog watchdogs supplier suppliers developer developers club
  clubs defence defense prosecution panel jury tribunal business businesses cooperative cooperatives association
  associations federation federations society foundation foundations consortium lieutenant lieutenants sergeant
  sergeants captain captains detective detectives colonel colonels inspector inspectors major coastguard
  coastguards inspectorate ombudsman bureau observatory monitor monitors think-tank thinktank firefighters
  paramedics advocate advocates proponent proponents commentator commentators pundit pundits skeptics sceptics
  backers defenders detractors wife husband son daughter mother father brother sister widow widower cousin nephew
  niece uncle aunt grandmother grandfather secretary-general secretaries-general director-general
  directors-general attorney-general governor-general editor-in-chief commander-in-chief vice-president
  vice-chairman vice-chair embassy embassies consulate consulates mission missions opposition
  campaign campaigns movement movements secretariat directorate legislature senate congress municipality
  publisher publishers platform centre center institution institutions church churches diocese militia militias
  boss bosses skipper skippers striker strikers midfielder midfielders defender goalkeeper goalkeepers referee referees
  winger wingers quarterback quarterbacks pitcher pitchers headteacher headteachers landlord landlords tenant tenants
  counsel barrister barristers solicitor solicitors`);

/** A role noun by its ending: "archaeologist", "researcher", "historian", "consultant" (beside ROLE_NOUNS). */
export const ROLE_SHAPE = /(?:ist|er|or|ian|ant|ent)$/u;

/** Words with a doer's ending that name no one ("the border", "the number", "the weather", "the mirror"). */
export const NOT_AGENT_NOUNS = words(`
  water number order paper border power matter river tower weather computer corner summer winter center centre
  letter quarter chapter layer filter dinner cancer sector factor error mirror floor door color colour motor
  indicator elevator calculator meter register character theater theatre disaster shelter offer answer
  other another further rather either neither whether however together never ever over under after
  encounter counter barrier container cluster trigger tender dossier charter checklist disclaimer poster flyer header
  cover printer rumor rumour trailer latter former ledger folder binder sticker banner marker filibuster thriller
  blunder equaliser equalizer decider opener`);

/** Descriptive words inside a speaker's description: "senior", "federal", "local". */
export const SPEAKER_MODIFIERS = words(`
  other more top senior junior local foreign federal provincial state national international regional interim
  former acting deputy assistant vice leading lead independent military security government health police party
  opposition ruling official unnamed anonymous visiting retired prominent high-ranking top-ranking tribal religious
  industry defence defense intelligence economic financial legal medical election campaign company central interior
  finance trade education public private presidential royal municipal district city county town village new
  current outgoing incoming key civil human rights environmental energy oil climate world global border customs
  immigration tax treasury latest preliminary`);

/** "Sources close to the player", "People familiar with the talks": unnamed groups described by what follows. */
export const DESCRIBED_GROUPS = words(`sources people officials diplomats insiders aides allies`);

export const GROUP_QUALIFIERS = words(`close familiar briefed involved with who at`);

/** Plural heads that do not end in -s, and collectives that take a plural verb: "police say", "the government say". */
export const PLURAL_HEADS_WITHOUT_S = words(`people police staff media public data personnel clergy men women children they we you`);

/** "transport blogger", "Political correspondent", "staff writer": a newsroom role. */
export const NEWSROOM_ROLE_WORDS = ['correspondent', 'editor', 'reporter', 'writer', 'columnist', 'blogger', 'journalist', 'analyst', 'producer', 'contributor', 'commentator', 'critic', 'photographer', 'presenter', 'staff', 'intern'];

/**
 * Descriptions that fit any office ("the official", "the veteran leader"): "the official said" may be the inspector
 * general named before; a description naming an office ("the minister") must be that person's office.
 */
export const ANY_OFFICE_DESCRIPTIONS = words(`official leader chief head boss politician lawmaker legislator activist campaigner veteran figure`);

/** An office's other names: "the premier" is the prime minister, "the envoy" the ambassador (description -> a word of the office). */
export const OFFICE_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  // A secretary of state, a treasurer, a chancellor and a premier are ministers ("Home Secretary Suella Braverman").
  minister: ['secretary', 'treasurer', 'chancellor', 'premier', 'prime', 'attorney-general', 'minister'],
  premier: ['prime', 'chief'],
  envoy: ['ambassador', 'representative', 'commissioner'],
  physician: ['doctor', 'surgeon'],
  doctor: ['physician', 'surgeon'],
  diplomat: ['ambassador', 'envoy', 'consul', 'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'negotiator', 'secretary'],
  cop: ['police', 'inspector', 'superintendent', 'commissioner', 'constable', 'sergeant', 'detective', 'officer'],
  officer: ['police', 'inspector', 'superintendent', 'commissioner', 'constable', 'sergeant', 'detective', 'cop', 'sheriff', 'colonel', 'general', 'major', 'lieutenant', 'commander', 'marshal', 'brigadier'],
  governor: ['gov'],
  senator: ['sen'],
};

/** Words that make a title another office than its head suggests: "Permanent Secretary", "Press Secretary", "Attorney General", "England captain". */
export const NOT_OF_THE_OFFICE = words(`permanent press private principal assistant executive company party attorney solicitor surgeon auditor postmaster team club squad`);

/** Roles that stand against or beside the person a story is about, never that person: "X was jailed. The judge said". */
export const OPPOSITE_ROLES = words(`judge justice magistrate prosecutor coroner juror lawyer attorney barrister solicitor counsel`);

/** Abbreviated ranks before a name, and the role words they stand for. */
export const RANK_ABBREVIATIONS: Record<string, string> = {
  Lt: 'lieutenant', Sgt: 'sergeant', Capt: 'captain', Det: 'detective', Gen: 'general', Col: 'colonel', Maj: 'major', Insp: 'inspector',
};

/**
 * A transcript's speaker labels whose turns are the publication's voice, as the
 * guide treats an interviewer's: the questioner ("Q", "QUESTION", "REPORTER")
 * and whoever runs the event ("MODERATOR", "OPERATOR"). Lower case.
 */
export const PRESS_LABELS = words(`q question questioner reporter reporters journalist journalists interviewer moderator operator host press audience participant`);

/** A Q&A's answer labels: the turn is the interviewee's ("A:", "ANSWER:"). Lower case. */
export const ANSWER_LABELS = words(`a answer`);

/** Capitalised line labels that name no speaker ("UPDATE:", "EDITOR'S NOTE:", "WATCH:"). Lower case. */
export const NOT_SPEAKER_LABELS = words(`
  update updated correction clarification note editor's editors' editor’s breaking watch read related source sources
  photo video live advertisement disclaimer warning summary background context analysis opinion exclusive more`);

/**
 * Academic and professional roles an author's line gives after the name ("Jane
 * Doe, Senior Lecturer in Law, University of Leeds"), besides `PERSON_TITLES`.
 */
export const AUTHOR_ROLES = words(`
  lecturer reader fellow scholar candidate postdoctoral doctoral phd instructor tutor curator archaeologist
  anthropologist sociologist psychologist epidemiologist physicist chemist biologist geographer geologist linguist
  philosopher economist political scientist visiting adjunct emeritus honorary affiliate chair professorial`);

/** Roles that serve someone, written "an aide to President William Ruto": the one described, not whom they serve. */
export const SERVING_ROLES = words(`aide aides adviser advisers advisor advisors assistant spokesman spokeswoman spokesperson secretary counsel lawyer lawyers`);

/**
 * People named by what they do, in the plural, as a class rather than a list: "politicians", "strategists",
 * "pollsters", "consultants", "participants" — a speaker's head noun beside ROLE_NOUNS ("Islamist politicians have
 * acknowledged that …"). The words with these endings that name no people are in NOT_PEOPLE_PLURALS.
 */
export const PEOPLE_PLURAL = /^\p{Ll}{3,}(?:ians|ists|ers|ors|ants|(?<!m)ents)$/u;

/** Plurals ending like PEOPLE_PLURAL that are things, events or amounts ("numbers", "events", "papers"; "-ments" never are people). */
export const NOT_PEOPLE_PLURALS = words(`
  numbers matters orders papers letters centers centres computers waters borders others quarters headquarters members
  powers layers chapters filters towers offers answers corners markers meters metres liters litres dollars factors
  errors sectors doors floors mirrors colors colours honors honours favors favours rumors rumours interiors events
  components incidents accidents percents contents patents talents extents intents accents cents plants grants rants
  chants variants restaurants pants giants rivers fingers dangers hours flowers weathers shelters`);

// core/attribution/coreference.ts

/** Titles, as written, that a later mention may drop ("Mr Okafor" -> "Okafor"), with or without a full stop. */
export const DROPPED_TITLES = words(`Mr Mrs Ms Mme Dr Prof Sir Dame`);

/** Group nouns taken as plural whatever their ending ("police", "staff", "authorities"). */
export const PLURAL_GROUP_NOUNS = words(`people police staff media data forces troops authorities elders leadership`);

// core/import/speaker.ts

/** Courtesy titles before a name set off by commas: "The finance minister, Dr Maria Okonkwo, said"; case matters. */
export const APPOSED_NAME_TITLES = words(`Mr Mrs Ms Dr Prof`);

// core/import/speaker-phrase.ts

/** "our reporter", "our correspondents": an outlet's own journalists after "our" (the stage adds a plural "s"). */
export const OUTLET_JOURNALIST_NOUNS = words(`reporter correspondent editor journalist team staff`);
