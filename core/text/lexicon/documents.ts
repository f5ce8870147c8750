/** Documents, statements and the words around them: "records show", "the claim was rejected", "a letter the minister sent". Lower case. */
import { wordList, words } from './words';

/** Nouns for a document or a body of evidence: "records", "data", "the study". */
export const DOCUMENT_NOUNS = words(`
  records record data figures statistics documents document study studies survey surveys poll polls report reports
  analysis research estimates census filings filing tallies results audit investigation review inquiry probe logs
  emails messages papers transcripts footage images evidence tests letter letters memo memos article articles
  editorial editorials tool tracker database dashboard projections forecast forecasts assessment bulletin accounts
  paper testimony testimonies interviews correction corrections revision revisions`);

/**
 * What is said rather than done: "the claim was rejected by PhRMA" (a denial, by its agent), "rejected
 * claims that ..." (a denial's object). "A voting system backed by X was rejected" is an event.
 */
export const STATEMENT_NOUNS = words(`
  claim claims report reports allegation allegations accusation accusations suggestion suggestions account
  accounts figure figures finding findings characterisation characterisations characterization
  characterizations assertion assertions charge charges statement statements story stories rumour rumours rumor
  rumors theory theories notion idea comparison comparisons criticism criticisms estimate estimates version
  argument arguments description descriptions assessment assessments it this that these those`);

/** "A statement from the ministry", "a report by Human Rights Watch": the one who issued it. */
export const ISSUED_DOCUMENTS = words(`statement statements release letter memo report filing document email post message`);

/** "The inquiry concluded": an inquiry or an investigation is a body that finds, not a document. */
/** Who gives a figure of their own: "Other research teams put the toll at …", "Independent monitors counted …". */
export const COUNTING_SOURCES = words(`
  sources source researchers research team teams monitors monitor groups group organisations organisation
  organizations organization agencies agency estimates estimate counts count tallies tally studies study surveys
  survey reports report experts analysts economists officials authorities observers scientists bodies figures data
  investigators journalists witnesses hospitals doctors`);

/** Words that set a second source against a first: "other", "independent", "rival" … teams. */
export const OTHER_SOURCE_WORDS = words(`other another separate independent different rival alternative`);

export const INQUIRIES = words(`inquiry investigation probe review`);

export const ISSUED_BY = words(`from by of`);

/** Past forms that end a reduced relative clause without "-ed": "a letter the minister sent". */
export const IRREGULAR_PASTS_OF_SENDING = words(`sent wrote written made gave given put drew drawn brought shown`);

/** Documents whose claims a denial of "the report", "the study" or "its findings" answers, each with the words naming it. */
export const DOCUMENT_NAME_PATTERNS: Record<string, string> = {
  report: 'reports?',
  study: 'stud(?:y|ies)|research|paper',
  studies: 'stud(?:y|ies)|research|paper',
  research: 'stud(?:y|ies)|research|paper',
  paper: 'stud(?:y|ies)|research|paper',
  survey: 'surveys?|polls?',
  poll: 'surveys?|polls?',
  audit: 'audits?',
  review: 'reviews?',
  analysis: 'analys[ie]s',
  dossier: 'dossiers?',
};

/** The words naming any of those documents, as one alternation ("reports?|stud(?:y|ies)|research|paper|…"). */
export const ANY_DOCUMENT_NAME_PATTERN = [...new Set(Object.values(DOCUMENT_NAME_PATTERNS))].join('|');

/** What a document's claims rest on: "disputed the study's methodology", "rejected its findings". */
export const DOCUMENT_PARTS = words(`
  finding findings conclusion conclusions methodology methodologies method methods data estimate estimates figure
  figures assessment analysis`);

/** Verbs a document states its claims with: "The report said", "The study estimates". */
export const DOCUMENT_STATING_VERBS = wordList(`
  said says say found finds find concluded concludes estimated estimates estimate showed shows show suggested
  suggests warned warns recommended recommends revealed reveals noted notes stated states argued argues claimed
  claims calculated calculates predicted predicts projected projects identified identifies highlighted highlights
  documented documents described describes criticised criticized criticises criticizes accused accuses blamed
  blames put puts added adds reported reports indicated indicates alleged alleges`);

/**
 * What a study, audit or report found: "found that", "concluded", "showed" (a pattern's alternation, case ignored).
 * As written it reads "revealed" and "reveale", not "reveal": kept so, changing it changes what is linked.
 */
export const FINDING_VERBS_PATTERN = String.raw`found|finds|concluded?|concludes|shows?|showed|shown|suggests?|suggested|revealed?|reveals|indicated?|indicates|estimated?|estimates`;

/** Documents whose authors may speak for them: "the report's authors". */
export const AUTHORED_DOCUMENTS = wordList(`report study survey audit review`);
/** Who wrote a document and speaks for it: "the authors", "researchers at …". */
export const DOCUMENT_AUTHORS = wordList(`author authors researcher researchers scientist scientists`);
/** Who made a document, named with it only as its owner: "one of the report's authors", "the study's team". */
export const DOCUMENT_MAKERS = wordList(`author authors researcher researchers team editor editors writer writers`);

/** What joins a study to whom it studied ("a survey of voters", "research among users"); not "by", which names its authors. */
export const STUDIED_PREPOSITIONS = words(`of among amongst on into about across with`);
/** Words that may stand between that preposition and whom it studied: "a survey of more than 1,000 voters". */
export const STUDIED_COUNT_WORDS = words(`more than some about nearly almost over around`);

// core/attribution/coreference.ts

/** Kinds of study whose authors speak for it ("the study's authors", "the report authors"). */
export const STUDY_KINDS = words(`study report paper research survey review analysis`);

// core/import/speaker.ts

/** "Documents seen by the Guardian", "memos leaked to Politico": who holds a document, not who wrote it. */
export const DOCUMENT_HOLDING_PARTICIPLES = words(`seen obtained reviewed viewed examined verified leaked shared given provided passed shown sent`);

/** Participles between a document and its author's "by" before a relative clause: "a report released by X, which says". */
export const DOCUMENT_SENDING_PARTICIPLES = words(`issued released published signed written sent posted`);

/** A short phrase after an issued document, before what it says: "to the Ministry of the Interior", "on Monday", "last week". */
export const AFTER_AN_ISSUED_DOCUMENT = words(`to on with in for from by last this earlier late`);

/** Nouns of a claim whose content follows "that": "Osborne's claims that …", as a pattern's alternation. */
export const CLAIM_NOUNS_PATTERN = String.raw`claims?|allegations?|assertions?|suggestions?|accusations?|charges?|reports?`;

// core/import/speaker-phrase.ts

/** Participles between data and who made it: "figures published by the Environment Agency", "data compiled by LSEG". */
export const DATA_PUBLISHING_PARTICIPLES = words(`published released compiled issued provided collected gathered produced commissioned`);

/** How something was said, between the speaker and the verb: "in a statement", "in an interview". */
export const MANNERS_OF_SAYING = words(`statement interview post letter email tweet video speech briefing`);

/** After a document's noun, when it came out: "Home Office figures published on Thursday". */
export const ISSUED_WHEN_WORDS = words(`published released issued out`);

// core/import/attribution.ts

/** Things written, in lower case ("messages", "a letter", "placards"): a paraphrase telling of one may be what its quotation is, as a pattern's alternation. */
export const WRITINGS_PATTERN = String.raw`messages?|posts|tweets?|text messages|e-?mails?|letters?|slogans?|chants?|videos?|recordings?|graffiti|banners?|placards?`;
