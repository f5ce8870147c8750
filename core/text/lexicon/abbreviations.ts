/** Abbreviations whose period may not end a sentence (see ../abbreviations.ts for how they are read). As written. */
import { words } from './words';

/** Titles before a name: "Mr. Khan", "Gen. Asim Munir". Never the end of a sentence. */
export const TITLE_ABBREVIATIONS = words(`
  Mr Mrs Ms Messrs Mme Mlle Dr Prof Gen Sen Rep Gov Lt Col Capt Cpt Sgt Maj Adm Cmdr Brig Rev Hon Pres Supt Insp
  Det Cpl Pvt Fr Amb Atty`);

/**
 * Title abbreviations that also end names: "Hun Sen. Kem Sokha …" ends a sentence after the name "Hun Sen", while
 * "Republican Sen. Jane Doe" is the title. After a capitalised word other than these, the full stop ends the sentence.
 */
export const NAME_ENDING_TITLES = words(`Sen`);
export const WORDS_BEFORE_A_TITLE = words(`Republican Democratic Democrat Independent Former Then State Senior Junior GOP US Labor Labour Conservative Liberal Veteran Late`);

/** Lower-case Latin abbreviations, followed by more of the same sentence: "e.g. Pakistan". */
export const INLINE_ABBREVIATIONS = words(`e.g i.e cf vs v viz approx incl esp ca resp`);

/** Abbreviations before a number: "No. 10", "Rs. 500", "Art. 370". */
export const ABBREVIATIONS_BEFORE_NUMBER = words(`
  No no Nos nos Art art Fig fig Vol vol Ch ch Sec sec Para para p pp Nr nr Tel tel Ref ref Ex Op Rs Sect Cl`);

/** Can end a sentence or sit inside one ("Acme Inc. rose", "Acme Inc. The next day"). */
export const AMBIGUOUS_ABBREVIATIONS = words(`
  Inc Ltd Co Corp Jr Sr etc Bros Plc plc Ave Blvd Rd St Mt Ft Dept Univ Assn Ph.D al Govt govt Intl Natl Est
  Pvt.Ltd`);

/** US states as AP style abbreviates them ("Annapolis, Md.", "Reno, Nev."): read only where a dash follows. */
export const STATE_ABBREVIATIONS = words(`
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y
  N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo`);

/**
 * Words that typically begin a new sentence. After an ambiguous abbreviation
 * ("in the U.S. The ..."), one of these means the period was a full stop.
 */
export const NEW_SENTENCE_OPENERS = words(`
  The A An It Its He She They We I You His Her Their Our My This That These Those There Here But And Or So Yet
  However Meanwhile Moreover Furthermore Also Still Then Now Today Yesterday Tomorrow Earlier Later Last Next In
  On At As After Before Since When While If Although Though Because For With Without According Some Many Most
  Several Both All No Not One Two Such Other Another Each Every What Who Why How Where Which Officials Analysts
  Experts Critics Separately Instead Overall Despite During Under Over`);
