/**
 * Word lists for finding who makes a statement. Kept short and specific to
 * news writing: a missing speaker is an inconvenience, a wrong one misleads.
 */

export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** "X said", "X denies ...": the verb alone is enough. */
export const SPEECH_VERBS = words(`
  said says say told tells stated claimed asserted asserts insisted insists denied denies announced announces
  questioned questions complained complains
  urged urges warned warns argued argues reiterated reiterates explained explains stressed emphasised emphasized
  emphasises emphasizes alleged alleges acknowledged acknowledges admitted admits wrote writes tweeted tweets vowed
  vows countered replied confirmed confirms predicted predicts rejected rejects accused accuses asked asks contended
  assured cautioned conceded disclosed lamented remarked argue insist deny warn allege admit acknowledge contend
  predict pledged pledges promised promises condemned condemns criticised criticized criticises criticizes
  blamed blames demanded demands dismissed dismisses threatened threatens recommended recommends`);

/**
 * "X added that ...", "X noted, ...", "X reported: ...": these also mean
 * other things ("added 500 jobs", "reported symptoms to their GP").
 */
export const SPEECH_VERBS_BEFORE_THAT_OR_PUNCTUATION = words(`added adds noted notes reported`);

/** "X highlighted that ...": a reported position only when "that" follows. */
export const SPEECH_VERBS_BEFORE_THAT = words(`
  claims states reports highlighted highlights maintained maintains agreed agrees believes believed
  suggested suggests estimated estimates concluded concludes revealed reveals hinted indicated indicates declared
  declares thinks fears feared recalled recalls contends observed observes mentioned mentions stresses maintain
  believe estimate fear suggest note found finds find showed shows show expects expected expect ruled rules
  testified testifies posted posts forecast forecasts remembered remembers`);

/**
 * "Pryce disputes that.", "The ministry contested the figures": a denial when an object follows
 * ("Trade disputes have grown" is a noun).
 */
export const DENIAL_VERBS = words(`
  disputes disputed dispute contests contested contest refuted refutes refute rebutted rebuts rebut challenged
  challenges`);

/** "The claim was rejected by PhRMA": a passive whose agent ("by X") is the one who denies or accuses. */
export const PASSIVE_AGENT_VERBS = words(`
  denied rejected disputed dismissed contested refuted rebutted challenged questioned criticised criticized
  condemned accused`);

/** "Records show the company paid no tax": documents speak through "show", "found", "indicate". */
export const DOCUMENT_VERBS = words(`show shows showed found find finds indicate indicates indicated suggest suggests suggested`);

/** Nouns for a document or a body of evidence: "records", "data", "the study". */
export const DOCUMENT_NOUNS = words(`
  records record data figures statistics documents document study studies survey surveys poll polls report reports
  analysis research estimates census filings filing tallies results audit investigation review inquiry probe logs
  emails messages papers transcripts footage images evidence tests`);

/** "X called the decision “a step forward”", "X called for calm": speech when a quotation or "for"/"on" follows. */
export const QUOTING_VERBS = words(`called calls described describes labelled labeled branded termed`);

/** "..., said one diplomat.": verbs that can come before their speaker. */
export const INVERTIBLE_VERBS = words(`
  said says added adds noted asked wrote explained insisted warned argued stated claimed countered replied recalled
  stressed declared admitted acknowledged conceded reiterated cautioned continued reported announced confirmed
  tweeted posted`);

export const PRONOUNS = words(`he she they it him her them`);

/** Words that may open a speaker's description: "the", "one", "two", "its". */
export const DETERMINERS = words(`
  the a an one two three four five six seven eight nine ten several some many most both all each few its his her
  their our this these those another`);

/** Descriptive words inside a speaker's description: "senior", "federal", "local". */
export const MODIFIERS = words(`
  other more top senior junior local foreign federal provincial state national international regional interim
  former acting deputy assistant vice leading independent military security government health police party
  opposition ruling official unnamed anonymous visiting retired prominent high-ranking top-ranking tribal religious
  industry defence defense intelligence economic financial legal medical election campaign company central interior
  finance trade education public private presidential royal municipal district city county town village new
  current outgoing incoming key civil human rights environmental energy oil climate world global border customs
  immigration tax treasury latest preliminary`);

/** Nouns that can be a speaker: "one diplomat", "the ministry", "residents". */
export const ROLE_NOUNS = words(`
  spokesperson spokespersons spokespeople spokesman spokesmen spokeswoman spokeswomen official officials diplomat
  diplomats minister ministers ministry ministries government governments president presidents premier chancellor
  secretary ambassador ambassadors envoy envoys commander commanders army military authorities authority department
  agency agencies company companies firm statement report reports study survey researcher researchers scientist
  scientists doctor doctors activist activists critic critics judge judges court prosecutor prosecutors lawyer
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
  sergeants captain captains detective detectives colonel colonels inspector inspectors major`);

/** Joining words inside a name or title: "Ministry of Foreign Affairs", "Analysts at J. P. Morgan". */
export const NAME_CONNECTORS = words(`of for and & at de del da di du van von der den al el bin ibn le la e`);

/** "according to officials in Kabul": a few more joining words after "according to". */
export const ACCORDING_TO_CONNECTORS = words(`from in`);

/**
 * Words that are capitalised only because they start the sentence ("Recently,
 * Khan said"): never the beginning of a speaker's name.
 */
export const FUNCTION_WORDS = words(`
  however meanwhile recently in on at but and as while when after before also earlier later last yesterday today
  tonight since then so yet still now if although though because separately additionally moreover instead thus
  hence previously subsequently finally similarly currently initially ultimately eventually officially publicly
  reportedly notably importantly furthermore indeed nevertheless nonetheless overall here there why what how who
  where which that whether during under over by with without from to into for of citing`);

/** Between a speaker and the verb: "Gandapur has recently announced", "Islamabad also urged". */
export const AUXILIARIES = words(`
  has have had also recently again repeatedly previously earlier later publicly reportedly officially firmly
  strongly further then now once already initially separately subsequently privately openly loudly today yesterday
  just always long still`);

/** What may follow an inverted speaker: "said Khan on Monday", "said one diplomat who ...". */
export const AFTER_INVERTED_SPEAKER = words(`
  on in at during after before while when adding as who which told to with from late earlier last this yesterday
  today and`);
