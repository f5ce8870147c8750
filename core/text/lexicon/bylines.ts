/** An article's front matter: the words of bylines, captions and time-stamp lines. Lower case. */
import { words } from './words';

// core/import/front-matter.ts

/** Labels of a time-stamp line ("Updated 14:05", "Published: May 14, 2024"). */
export const TIMESTAMP_LABELS = words(`updated published posted modified`);

/** Words before "by" that open a byline ("Posted by", "Words by", "Report by"); the pattern allows a capital first letter. */
export const BYLINE_OPENERS = words(`posted written words reported story text report`);

/** Determiners before a role after the byline's name (", a transport blogger", " the Health Reporter"). */
export const BEFORE_A_BYLINE_ROLE = words(`a an the our`);

/** Prepositions before the byline's outlet (" from the Associated Press", " of Reuters", " for BBC News"). */
export const BEFORE_A_BYLINE_OUTLET = words(`from of for at`);

/** Labels of a caption or picture credit ("Photo: …", "Image credit - …", "(Photo by …)"), each also plural. */
export const CAPTION_LABELS = words(`photo image picture caption video graphic illustration`);

/** Units of a time stamp's "… ago" ("2 hours ago"), as pattern alternatives. */
export const TIMESTAMP_AGO_UNITS = words(`minutes? hours? days? weeks?`);

/** The first three letters of the months, and "sept", that open a time stamp's month ("Mar 3", "3 September"). */
export const TIMESTAMP_MONTH_STEMS = words(`jan feb mar apr may jun jul aug sep sept oct nov dec`);

// core/import/analyze.ts

/** What a credit line credits ("Reporting by", "Additional editing by"), either case of the first letter, as a pattern's alternation. */
export const CREDIT_ROLE_PATTERN = String.raw`[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Gg]raphics|[Rr]esearch`;

/** Lower-case words a source credit may list besides names: "Sources: Reuters, agencies". */
export const SOURCE_CREDIT_WORDS = words(`news agencies agency wires staff reports reporting`);

/** Verbs of a republication credit ("Originally published on Global Voices", "This story first appeared in The Conversation"). */
export const REPUBLICATION_VERBS = words(`published appeared posted ran republished reprinted`);
/** What a republication credit calls the piece ("This article was first published …", "A version of this story …"). */
export const REPUBLISHED_PIECES = words(`article story post piece report`);
/** Before the publication in such a credit ("on Global Voices", "in The Guardian", "from The Conversation"). */
export const REPUBLICATION_PREPOSITIONS = words(`on in at by from`);
