/** Promises: who can make one (a party that acts) and the words that make a sentence one. Lower case. */

/** Who acts: pronouns and nouns for parties that can promise ("the club would cut", "the council would review"). */
// "and/but would not appeal": the same party as the clause before.
export const PROMISING_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you', 'who', 'which', 'that', 'and', 'but']);

export const PROMISING_PARTIES = new Set(
  `club council government company firm ministry department board bank trust authority agency party team police force school
  university hospital operator group union committee commission minister mayor chairman chairwoman chair president chief
  leader owner owners manager management administration cabinet executive regulator service charity landlord developer
  developers province state city county borough airline railway network insurer insurers employer employers club's
  organisers organizers authorities officials ministers councillors directors trustees campaign campaigners coalition office
  secretary spokesman spokeswoman spokesperson prime premier chancellor governor inspector inspectorate court parliament
  assembly senate congress administration retailer supermarket brand store carmaker maker producer supplier provider
  utility utilities`.split(/\s+/),
);
