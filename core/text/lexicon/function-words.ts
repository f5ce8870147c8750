/** Function words — determiners, pronouns, conjunctions, auxiliaries — and the words that open a sentence without naming anything. Lower case. */
import { wordList, words } from './words';

/**
 * Words that are capitalised only because they start the sentence ("Recently,
 * Khan said"): never the beginning of a speaker's name.
 */
export const FUNCTION_WORDS = words(`
  however meanwhile recently in on at but and as while whilst when after before also earlier later last yesterday today
  tonight since then so yet still now if although though because separately additionally moreover instead thus
  hence previously subsequently finally similarly currently initially ultimately eventually officially publicly
  reportedly notably importantly furthermore indeed nevertheless nonetheless overall here there why what how who
  where which that whether during under over by with without from to into for of citing even perhaps especially
  particularly`);

/**
 * Words that never start or continue a counted noun after a number ("800,000 Afghans" yes,
 * "800,000 were" no). Function words, auxiliaries, and common verbs that follow a number.
 */
export const NOT_A_COUNTED_NOUN = words(`
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
export const NOT_NAMES_AT_SENTENCE_START = words(`
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

/**
 * Verbs that open an instruction to the reader ("Go get your bike!", "Sign up
 * for our newsletter"): capitalised only by position at a sentence start.
 */
export const IMPERATIVES = words(`
  go get leave sign click tap read share subscribe follow join download register visit check try email send tell stay
  watch listen see find learn discover explore keep take make let imagine consider remember note look think ask buy
  vote bookmark scroll swipe comment reply write contact call enter submit donate tweet text dm message grab head pop
  come bring give put pick drop hit help start stop turn wait avoid use don't do`);

/**
 * Words that open a sentence as adverbs or participles, never as names
 * ("Only three replied", "Online sales rose", "Posted by …").
 */
export const ADVERB_STARTERS = words(`
  only online offline posted updated published even just already soon again together elsewhere nearby inside outside
  back further plus much far well sure still anyway afterwards otherwise altogether instead lately ultimately
  crucially notably importantly meanwhile separately similarly likewise additionally alternatively admittedly
  honestly frankly clearly obviously basically essentially apparently reportedly allegedly initially originally
  previously subsequently currently traditionally historically typically generally usually normally often sometimes
  here there now then today tonight tomorrow yesterday later earlier overall below above overnight`);

/** Words that may open a speaker's description: "the", "one", "two", "its". */
export const DETERMINERS = words(`
  the a an one two three four five six seven eight nine ten several some many most both all each few its his her
  their our this these those another`);

/** Third-person pronouns a speaker can be: "he said", "they told reporters". */
export const PRONOUNS = words(`he she they it him her them`);

/** The same without "her", which is also a possessive ("her lawyer said"): no name or description contains these. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS].filter((w) => w !== 'her'));

/** "We asked her", "I said": the writer's own voice, never a speaker. */
export const FIRST_AND_SECOND_PERSON = words(`i we us you me our my your`);

/** "its", "their": a body or a group the caller resolves. */
export const POSSESSIVE_PRONOUNS = words(`its their`);

/** "his lawyer", "her father", "its chief", "their leader": a possessive that points back at an owner named before. */
export const OWNER_PRONOUNS = words(`his her its their`);

/** Conjunctions that may open a clause before its subject: "But Hun Sen's message is that …". */
export const CLAUSE_OPENING_CONJUNCTIONS = words(`but and yet so still`);

/** Between a speaker and the verb: "Gandapur has recently announced", "Islamabad also urged". */
export const AUXILIARIES = words(`
  has have had also recently again repeatedly previously earlier later publicly reportedly officially firmly
  strongly further then now once already initially separately subsequently privately openly loudly today yesterday
  just always long still both jointly flat-out outright point-blank squarely`);

/** What may follow an inverted speaker: "said Khan on Monday", "said one diplomat who ...". */
export const AFTER_INVERTED_SPEAKER = words(`
  on in at during after before while when adding as who which told to with from late earlier last this yesterday
  today and`);

/** "according to officials in Kabul": a few more joining words after "according to". */
export const ACCORDING_TO_CONNECTORS = words(`from in`);

/** "Sophal of Occidental College", "Jane Doe at the Brookings Institution": a person, then where they work. */
export const AFFILIATION_PREPOSITIONS = words(`of at from`);



/** "Critics of the plan", "Workers at the plant": a group, then what it is of or where it is. */
export const GROUP_QUALIFYING_PREPOSITIONS = words(`of for at in from behind against within`);

/** "Officials in Ohio", "Republicans on the committee": a group, then where it sits. */
export const GROUP_CONNECTORS = words(`from in on inside within outside near`);

/** Words that end a noun phrase read forward ("according to analysts who ..."). */
export const PHRASE_ENDS = words(`who which that whose while when as because since although but if than so where whom`);

/** "Will Northvale meet its target?", "Is Northvale too big to fail?": a question's verb, not a name. */
export const QUESTION_OPENERS = words(`will can could would should shall may might must did does do is are was were has have had`);

/** Subordinators that open a sentence's first clause: "Although Chab Suy declined to discuss it, he said …". */
export const CLAUSE_SUBORDINATORS = words(`although though while whilst after when because since as once despite if unless before`);

/**
 * Quantifiers that open a second party after "and": "Hun Sen's government and some human rights groups". Not "the"
 * or "its": "Saint Vincent and the Grenadines", "the Minister for Housing and the Environment" are one name.
 */
export const SECOND_PARTY_OPENERS = words(`some many several other most various numerous`);

/**
 * What follows a participle that opens a sentence ("Responding to", "Asked about", "Addressing a press conference",
 * "Speaking on Asempa FM"): a preposition or a determiner, never a verb ("Beijing accused", "Reading said").
 */
export const AFTER_OPENING_PARTICIPLE = words(`about to on at in with by for after from of into over through outside during against amid the a an his her their its`);

/** Words that open a sentence's adverbial phrase before its subject: "In an interview, ...", "Despite his regrets, ...". */
export const OPENING_PREPOSITIONS = words(`in at on during despite after before speaking asked with for from since following under amid throughout`);

/** After these, a whole run of capitalised words is a place ("in Phnom Penh"); not after "to" or "at" ("to Angela Merkel"). */
export const WHOLE_PLACE_PREPOSITIONS = words(`in from near inside throughout across`);

export const LOCATIVE_PREPOSITIONS = words(`in from to at across near into inside outside throughout toward towards within around`);

/** What opens a description of someone by whom they are ("a source close to …", "an aide to …", "the spokesman for …"). */
export const DESCRIBED_BY_WHOM_OPENERS = words(`a an the one two three several some`);
/** … and the word pointing at whom: "for", "to", "close" (to), "near", "with", "from", "by". */
export const DESCRIBED_BY_WHOM_LINKS = words(`for to close near with from by`);

/** Words a speaker can be that name no one: resolving them would guess. */
export const INDEFINITE = words(`a an one some several many two three four five another any`);

/** A first line ending in one of these words was wrapped mid-sentence, not a headline. */
export const DANGLING_LINE_ENDS = words(`
  the a an and or of to in on for with that by at from as but is are was were its their his her`);

/** "Richardson, however, decided …": adverbs set off by commas between a subject and its verb (read past them). */
export const SUBJECT_ASIDES = words(`however though too also meanwhile instead moreover nonetheless nevertheless therefore meantime likewise`);

/** Finite auxiliaries and modals where a clause's predicate starts: "it was …", "the company had …". */
export const FINITE_AUXILIARIES = words(`is are was were had has have would could will did does should might may must can`);

// core/analysis/worthiness.ts

/** Determiners after "like" opening a comparison ("Like many of his peers, …"); "so many" is written beside them. */
export const LIKE_COMPARISON_DETERMINERS = words(`a an the many most other some his her their its our my every any`);

/** Words opening a modal or infinitive phrase ("will be abandoned", "would have", "to keep"). */
export const MODAL_PHRASE_OPENERS = words(`will would 'll 'd shall can could should must may might to`);

/** One-word conjunctions giving the reason or circumstance of another clause ("because", "though"). */
export const CIRCUMSTANCE_CONJUNCTIONS = words(`because although though whereas`);

/** The subject after "as" that makes it a conjunction of circumstance ("as the rate rose", "as they left"). */
export const SUBJECTS_AFTER_AS = words(`the its their our his her this these those it we they there`);

/** One-word conjunctions opening a clause that supposes rather than asserts ("if", "unless", "whenever"). */
export const CONDITION_CONJUNCTIONS = words(`if unless until once provided providing whether when whenever`);

/** Determiners that make the next word a noun ("said on the call that …": "call"). */
export const NOUN_DETERMINERS = words(`the a an this that his her its their our my your`);

// core/attribution/coreference.ts

/** Determiners, capitalised, that may open a sentence on a plural group ("The researchers, from …", "Many farmers say"); case matters. */
export const GROUP_SUBJECT_OPENERS = words(`The These Those Some Many Most`);

/** Prepositions after the head noun of a group ("Analysts at J. P. Morgan", "Officials in Ohio"). */
export const GROUP_HEAD_CONNECTORS = words(`at in of from for with`);

// core/attribution/mentions.ts

/** Words before a lower-case noun that make it a description, not a name ("Its driver, Tomasz Brandt,"). */
export const BEFORE_A_DESCRIBING_NOUN = words(`its his her their the a an our`);

/** Words opening the description of a body ("a food company based in Leeds"); case ignored. */
export const BODY_DESCRIPTION_OPENERS = words(`a an the another`);

/** Words after a body's noun that end its description ("a food company based in Leeds" -> "company"). */
export const AFTER_A_BODY_NOUN = words(`of in on at for from with based owned founded run that which who and whose known listed`);

/** Words that end a bare role after "who has been" ("prime minister for 33 years" -> "prime minister"). */
export const AFTER_A_BARE_ROLE = words(`of at for in with since and from on`);

/** Words that end a description's head ("the Foreign Office spokesperson at …"). */
export const AFTER_A_DESCRIPTION_HEAD = words(`of at for in with who which from on since and`);

/** Adverbs in a relative clause saying what someone is ("who was once", "who is also"). */
export const RELATIVE_BE_ADVERBS = words(`also now once still long`);

// core/import/speaker.ts

/** Determiners and prepositions that make the base or -s form after them a noun ("the report", "a call", "of claims"); case ignored. */
export const BEFORE_A_NOUN_FORM = words(`a an the this that these those its his her their our my your of for in on with by from no any every each some such`);

/** Where someone is or what their office is for: "Arvind Kejriwal in Ahmedabad", "MP from East Delhi". */
export const LOCATIVES_OF_A_PERSON = words(`in at from for`);

/** Words that may open an aside between a subject and its verb ("the spokesperson", "who heads …", "in a statement", "however"); the stage adds "for his part", a number and any lower-case word. */
export const APPOSITION_OPENERS = words(`
  a an the who which its his her their one now then formerly also too however meanwhile though in on at during speaking
  writing`);

/** Capitalised words that may open a role description before an apposed name ("The finance minister, Maria Okonkwo,"); case matters. */
export const CAPITALISED_DESCRIPTION_OPENERS = words(`The A An Another One Its His Her Their Our`);

/** Quantifiers picking a speaker out of a group: "One of them", "Several of the workers"; case ignored. */
export const PARTITIVE_QUANTIFIERS = words(`one two three another some several many most each both`);

/** Words that end a described person's phrase: "a 34-year-old trader who asked not to be named" -> "a 34-year-old trader". */
export const AFTER_A_DESCRIBED_PERSON = words(`who whom whose which that with from at in on of for`);

/** Relative pronouns opening a clause about someone: "who wrote the bill", "whose office …", "which said". */
export const RELATIVE_PRONOUNS = words(`who whose whom which`);

/** A preposition after a role noun, naming what the role is of or for: "A spokeswoman for the OMB", "BHP's head of operations". */
export const AFTER_A_ROLE = words(`of for at in from to`);

/** What may stand between a speech verb and its "that": a short time or place, or an adverb ("said on Monday that", "added again that"). */
export const BEFORE_A_SPEECH_VERB_THAT = words(`
  on in at during last this to after before earlier late yesterday today recently publicly again also repeatedly
  previously later further strongly firmly`);

/** Words opening a bare clause's subject after "added" or "noted" ("the country's projected growth rate … would"); the stage adds a capitalised word. */
export const BARE_CLAUSE_SUBJECT_OPENERS = words(`the a an its his her their this these`);

/** Relative words and conjunctions a bare clause's subject may not run over ("a new clause to the bill that would"). */
export const NOT_IN_A_BARE_CLAUSE_SUBJECT = words(`that which who whom whose to and but or because when while as so after before until if since`);

/** A modal or a form of "be"/"have" where a clause's predicate starts ("interest rates will stay"); unlike FINITE_AUXILIARIES, no "did"/"does". */
export const PREDICATE_MODALS_AND_AUXILIARIES = words(`will would could can may might must should is are was were has have had`);

/** "as a result", "as a whole": nouns after "as a" that make an adverbial, not what something is regarded as. */
export const AS_A_ADVERBIAL_NOUNS = words(`result consequence whole rule`);

/** Words that may follow an adjective something is regarded as ("see it as reckless and …", "as essential to growth"). */
export const AFTER_A_REGARDED_ADJECTIVE = words(`and or but to for by in of because`);

/** Pronouns and demonstratives that may be the object of "called" ("called it a betrayal", "called them liars"); the stage adds "the" and a noun. */
export const CALLED_OBJECT_PRONOUNS = words(`it this that these those them`);

/** Particles after "called it" that make another verb: "called it off", "called them back", "called it quits". */
export const NOT_AFTER_CALLED_IT = words(`off back up in out down over quits for on to from at by`);

/** Conjunctions after an adjective something was called: "called the charges baseless and …". */
export const AFTER_A_CALLED_ADJECTIVE = words(`and but because as since`);

/** Forms of "be" before a passive participle: "was rejected", "has been disputed" (an adverb may stand between). */
export const BE_BEFORE_A_PARTICIPLE = words(`was were is are been being be`);

/** Words that end a passive's agent: "accused by prosecutors of taking bribes". */
export const AFTER_A_PASSIVE_AGENT = words(`of for over as after in`);

/** Subordinators just before a subject: its clause only dates or explains the sentence's event ("after the company reported"); case ignored. */
export const SUBORDINATORS_BEFORE_A_SUBJECT = words(`after before since because until following when once if unless while whilst whereas although though`);

/** A preposition alone before a subject at a clause's start ("Under EU rules", "Unlike the ministry"), as a pattern's alternation; case ignored. */
export const PREPOSITIONS_BEFORE_A_SUBJECT_PATTERN = String.raw`under|with|unlike|like|despite|for|from|by|of|into|over|against|among|between|through|without|within|beyond|towards?|upon`;

/** What makes the verb after it not finite ("declined to comment", "did not deny", "would say"), as a pattern's alternation; case ignored. */
export const NOT_FINITE_MARKERS_PATTERN = String.raw`to|not|never|n['’]t|will|would|could|can|may|might|must|shall|should|did|does|do`;

/** Forms of "be" before a progressive: "Officials are warning". */
export const BE_BEFORE_A_PROGRESSIVE = words(`is are was were been`);

/** Adverbs between "be" and a progressive ("are also warning", "is increasingly asking"); the stage adds any -ly word. */
export const ADVERBS_BEFORE_A_PROGRESSIVE = words(`also now still again increasingly`);

/** Copulas before an eagerness to speak ("have been quick to", "seemed eager to"), as a pattern's alternation. */
export const COPULAS_BEFORE_EAGERNESS_PATTERN = String.raw`is|are|was|were|has been|have been|had been|seemed|seems|appeared|appears`;

/** Auxiliaries and adverbs between a relative pronoun and its verb (", who has also warned", ", which later said"); the stage adds any -ly word. */
export const BETWEEN_A_RELATIVE_AND_ITS_VERB = words(`has have had also later`);

/** "be" after a dummy "it" before a participle ("it was said by", "It has been announced by"), as a pattern's alternation. */
export const BE_AFTER_A_DUMMY_IT_PATTERN = String.raw`was|is|has been|had been|will be`;

/** Forms of "be" before a passive of quoting ("was quoted as saying", "can be heard saying"), as a pattern's alternation. */
export const BE_BEFORE_QUOTED_PATTERN = String.raw`was|were|is|are|has been|had been|can be|could be`;

/** Forms of "be" before a passive with its agent ("were also dismissed by"), as a pattern's alternation. */
export const BE_BEFORE_A_PASSIVE_PATTERN = String.raw`was|were|is|are|has been|have been|had been`;

/** Forms of "be" before a body's advice to the public ("is also asking people to …"), as a pattern's alternation. */
export const BE_BEFORE_ADVICE_PATTERN = String.raw`is|are|was|were|has been|have been|had been`;

/** Copulas before a stance adjective and "that" ("remains adamant that", "seems confident that"), as a pattern's alternation. */
export const COPULAS_BEFORE_A_STANCE_PATTERN = String.raw`is|are|was|were|remains|remained|has been|have been|had been|appears|appeared|seems|seemed`;

/** Copulas before a stance adjective and "of"/"about" ("was still critical of"), as a pattern's alternation. */
export const COPULAS_BEFORE_A_STANCE_OF_PATTERN = String.raw`is|are|was|were|remains|remained|has been|have been|had been`;

/** Copulas of a held position ("Its message has long been that …"), as a pattern's alternation. */
export const COPULAS_OF_A_HELD_POSITION_PATTERN = String.raw`is|was|has been|had been|has long been|has always been|remains|remained`;

/** Copulas before "that" or a colon, where a held position may be (the long pattern runs only before one). */
export const COPULAS_BEFORE_THAT = words(`is was been remains remained`);

/** Prepositions after a position noun, before what the position is on: "Hun Sen's message to voters", "its stance on Iran". */
export const AFTER_A_POSITION_NOUN = words(`to on for about in toward towards regarding with over`);

/** What may follow a verb closing a quotation's attribution after a comma ("…,” she said, adding …"); the stage adds any -ing word. */
export const AFTER_A_CLOSING_VERB = words(`as while when before after adding with her his their`);

// core/import/speaker-phrase.ts

/** "Officials at the city's mobility department": a preposition between a group and the body it belongs to. */
export const GROUP_BODY_PREPOSITIONS = words(`at in from of`);

/** Words a clause that is one noun phrase may open on: "a diplomat familiar with …", "the hydrologist", "two officials". */
export const CLAUSE_NOUN_PHRASE_OPENERS = words(`a an the one two three four five several its his her their`);

/** Auxiliaries and "not": a clause with one of these in it is no noun phrase ("the minister was …"). */
export const NOT_IN_A_CLAUSE_NOUN_PHRASE = words(`is are was were be been not did does do`);

/** Words opening a sentence that are not its subject: "However, other experts …", "But he smiled and said". */
export const SENTENCE_CONNECTIVES = words(`however but and yet still meanwhile so also now indeed instead nevertheless nonetheless`);

/** "monitor what Cambodians say", "whatever critics claim": a clause standing for a thing, not a report of what was said. */
export const FREE_RELATIVE_PRONOUNS = words(`what whatever`);
