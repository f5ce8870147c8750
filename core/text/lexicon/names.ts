/** Words inside and around names of people and places: particles and connectors, demonyms, compass words, place heads. Lower case. */
import { words } from './words';

/** Lower-case particles inside names: "Ministry of Foreign Affairs", "Abu Bakr al-Baghdadi". */
export const ENTITY_NAME_CONNECTORS = words(`of for de del della da di du van von der den la le al el bin ibn bint ul ud ur e-`);

/** Joining words inside a name or title: "Ministry of Foreign Affairs", "Analysts at J. P. Morgan". */
export const SPEAKER_NAME_CONNECTORS = words(`of for and & at de del da di du van von der den al el bin ibn le la e`);

/** Name particles between capitalised words: "Ali bin Hassan", "Ursula von der Leyen". */
export const NAME_PARTICLES = words(`bin ibn al el de del della da di du van von der den la le ter ten dos das`);

export const NAME_PARTICLES_IN_MENTIONS = new Set(['bin', 'ibn', 'al', 'el', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le']);

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

/** Street and place heads that keep a capitalised -ing or -ly word before them: "Downing Street", "Ealing Road". */
export const PLACE_HEADS = words(`
  street st road rd avenue ave lane square park place hill bridge palace station airport gardens green close crescent
  way row terrace court drive gate broadway market cross castle abbey hall common heath village town city`);
