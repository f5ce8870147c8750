import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { inflect, forms, SAY_LEMMAS, STANCE_LEMMAS, THAT_LEMMAS } from '../text/lexicon/reporting-verbs';

const speakers = (text: string) => analyzeArticle(text).claims.map((c) => c.speaker);

describe('communication verbs as a class', () => {
  it('makes every inflection by rule, and the irregular ones from the table', () => {
    expect(inflect('reassert')).toEqual({ base: 'reassert', third: 'reasserts', past: ['reasserted'], ing: ['reasserting'] });
    expect(inflect('underline')).toEqual({ base: 'underline', third: 'underlines', past: ['underlined'], ing: ['underlining'] });
    expect(inflect('reply')).toEqual({ base: 'reply', third: 'replies', past: ['replied'], ing: ['replying'] });
    expect(inflect('slam')).toEqual({ base: 'slam', third: 'slams', past: ['slammed'], ing: ['slamming'] });
    expect(inflect('quip').past).toEqual(['quipped']);
    expect(inflect('admit').past).toEqual(['admitted']); // stressed on the last syllable
    expect(inflect('credit').past).toEqual(['credited']); // not
    expect(inflect('label').past).toEqual(['labelled', 'labeled']);
    expect(inflect('stress').third).toEqual('stresses');
    expect(inflect('vow').past).toEqual(['vowed']);
    expect(inflect('lie').ing).toEqual(['lying']);
    expect(inflect('say')).toEqual({ base: 'say', third: 'says', past: ['said'], ing: ['saying'] });
    expect(inflect('tell').past).toEqual(['told']);
    expect(inflect('write').past).toEqual(['wrote', 'written']);
    expect(inflect('read').past).toEqual(['read']);
    expect(inflect('show').past).toEqual(['showed', 'shown']);
    expect(inflect('swear').past).toEqual(['swore', 'sworn']);
  });

  it('is a class of a few hundred lemmas, each kept once per class', () => {
    const all = new Set([...SAY_LEMMAS, ...STANCE_LEMMAS, ...THAT_LEMMAS]);
    expect(all.size).toBeGreaterThan(200);
    for (const list of [SAY_LEMMAS, STANCE_LEMMAS, THAT_LEMMAS]) expect(new Set(list).size).toBe(list.length);
    expect(forms(['note'], 'third', 'past')).toEqual(new Set(['notes', 'noted']));
  });

  it.each([
    // A verb in each inflection.
    ['Mitsotakis reasserted that the islands are Greek.', 'Mitsotakis'],
    ['Mitsotakis reasserts that the islands are Greek.', 'Mitsotakis'],
    ['Greek officials reassert that the islands are Greek.', 'Greek officials'],
    ['Mitsotakis is reasserting that the islands are Greek.', 'Mitsotakis'],
    ['Officials are warning that the storm will hit on Friday.', 'Officials'],
    // In every position.
    ['“The islands are Greek,” Mitsotakis reaffirmed.', 'Mitsotakis'],
    ['“The islands are Greek,” reaffirmed Mitsotakis.', 'Mitsotakis'],
    ['The islands are Greek, Mitsotakis underlined on Monday.', 'Mitsotakis'],
    ['Mitsotakis, who arrived in Brussels on Monday, reasserted that the islands are Greek.', 'Mitsotakis'],
    ['Mitsotakis reaffirmed in a statement that the islands are Greek.', 'Mitsotakis'],
    ['Mitsotakis tells Reuters the islands are Greek.', 'Mitsotakis'],
    ['Officials tell BBC News the scheme will close.', 'Officials'],
    ['Erdogan rejected the claim, insisting that the islands are Turkish.', 'Erdogan'],
    // Verbs that were missing from the old lists.
    ['Mitsotakis underlined the importance of the agreement for the region.', 'Mitsotakis'],
    ['Mitsotakis noted the importance of the agreement.', 'Mitsotakis'],
    ['Mitsotakis denounced the violation of Greek airspace.', 'Mitsotakis'],
    ['Turkey maintains a position that the islands should be demilitarised.', 'Turkey'],
    ['Smith called it a betrayal of voters.', 'Smith'],
    ['Smith described the plan as a disaster for the region.', 'Smith'],
    ['Sunak defended the decision to cut aid.', 'Sunak'],
    ['Smith credited the reforms with cutting crime by 20%.', 'Smith'],
    ['The ministry downplayed the risk to growth.', 'The ministry'],
  ])('%s -> %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('reads "she continued:" and "he continued" after a quotation, not a verb of going on', () => {
    expect(speakers('Mary Jones, the mayor, spoke first. She continued: the bridge will close in May.')).toEqual([null, 'Mary Jones']);
    expect(speakers('“The bridge will close,” Mary Jones continued.')).toEqual(['Mary Jones']);
    expect(speakers('Traffic on the bridge continued, as the mayor said it would close in May.')).toEqual(['the mayor']);
  });

  it('keeps the other meanings of a verb out', () => {
    expect(speakers('A Tesla slammed into a wall in Leeds on Monday.')).toEqual([null]); // a movement, not a stance
    expect(speakers('Smith declined to comment on the figures.')).toEqual([null]); // not finite
    expect(speakers('Smith called off the strike on Monday.')).toEqual([null]);
    expect(speakers('EU states say the plan will fail.')).toEqual([null]); // "states" is a noun here
    expect(speakers('Thousands protested against the law in Athens.')).toEqual([null]); // a protest is an event
  });
});

describe('documents, reports, data and letters as sources', () => {
  it.each([
    ['The Home Office letter reads: the scheme will close in May.', 'Home Office'],
    ['The Home Office letter says the scheme will close.', 'Home Office'],
    ['A statement from the ministry read: the road is closed.', 'the ministry'],
    ['Figures from the Office for National Statistics show that crime fell by 10%.', 'the Office for National Statistics'],
    ['Data from the Office for National Statistics show that crime fell by 10%.', 'the Office for National Statistics'],
    ['A report by Human Rights Watch says that abuses continued.', 'Human Rights Watch'],
  ])('%s -> %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('gives no speaker to a document no body is named behind, or that an outlet has only seen', () => {
    expect(speakers('The data show that crime fell by 10%.')).toEqual([null]);
    expect(speakers('A leaked letter seen by Sky News says the scheme will close.')).toEqual([null]);
    expect(speakers('The letter, seen by the BBC, reads: the scheme will close.')).toEqual([null]);
  });
});

describe('weekdays, months and times are never part of a name', () => {
  it.each([
    ['On Tuesday Mitsotakis said the talks would resume.', 'Mitsotakis'],
    ['Speaking in Athens, Tuesday Mitsotakis said the talks would resume.', 'Mitsotakis'],
    ['On Monday Smith said the plan had failed.', 'Smith'],
    ['In May Smith said the plan had failed.', 'Smith'],
    ['The talks will resume, said Mitsotakis Tuesday.', 'Mitsotakis'],
    // A month alone may be a name.
    ['April Ryan said the talks would resume.', 'April Ryan'],
    ['The talks will resume, said Theresa May.', 'Theresa May'],
  ])('%s -> %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('does not let a weekday glued to a surname become the fullest form of the name', () => {
    expect(speakers('Kyriakos Mitsotakis visited Crete. Tuesday Mitsotakis said the talks would resume.')).toEqual([null, 'Kyriakos Mitsotakis']);
  });
});

describe('the subject of a reported event is not its source', () => {
  it.each([
    ['A new voting system backed by Labour was rejected by voters in 2011.', null],
    ['A new voting system backed by Labour was rejected in 2011.', null],
    ['The suspect was questioned by police for six hours.', null],
    // A passive denial of a statement, and an accusation, still name who denies or accuses.
    ['The claim was rejected by the ministry.', 'the ministry'],
    ['The senator was accused by prosecutors of taking bribes.', 'prosecutors'],
  ])('%s -> %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
