import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { matchSpeakerLabel, transcriptLabels } from './transcript';

const rows = (text: string) => analyzeArticle(text).claims.map((c) => ({ text: c.text, kind: c.kind, speaker: c.speaker }));
const speakerOf = (text: string, start: string) => rows(text).find((r) => r.text.startsWith(start))?.speaker;

const BRIEFING = [
  'Press Briefing by Press Secretary Karine Jean-Pierre',
  '1:04 P.M. EDT',
  'MS. JEAN-PIERRE:  Good afternoon, everyone.  The President signed the farm bill this morning.',
  'The bill extends crop insurance to 40,000 more farms, according to the Agriculture Department.',
  'Q    Thank you, Karine.  The governor said on Monday that the state would sue.  Will you respond?',
  'MS. JEAN-PIERRE:  Look, the bill passed the Senate 68 to 31.',
  'SECRETARY VILSACK:  Thanks.  Payments begin in March.',
].join('\n\n');

describe('transcript speaker labels', () => {
  it('reads capital, letter and bare "Q" labels with where the turn begins', () => {
    const text = 'MR. KIRBY:  Thanks.';
    expect(matchSpeakerLabel(text, 0, text.length)).toMatchObject({ label: 'MR. KIRBY', voice: 'named', bodyStart: 12 });
    const q = 'Q    Hey, John.';
    expect(matchSpeakerLabel(q, 0, q.length)).toMatchObject({ label: 'Q', voice: 'press', bodyStart: 5 });
    expect(matchSpeakerLabel('A: Yes.', 0, 7)).toMatchObject({ voice: 'answer' });
    // A sentence opening on "Q" or on a capitalised word is not a label.
    expect(matchSpeakerLabel('Q fever spread fast.', 0, 20)).toBeNull();
    // A copy that squeezed the spaces: one space, then a capitalised word with its comma or full stop.
    const squeezed = 'Q Thanks, Ian. Two questions.';
    expect(matchSpeakerLabel(squeezed, 0, squeezed.length)).toMatchObject({ label: 'Q', voice: 'press', bodyStart: 2 });
    expect(matchSpeakerLabel('Q Street was closed on Monday.', 0, 30)).toBeNull();
    // Never "A" with one space: "A Republican, John Smith, voted" opens a sentence.
    expect(matchSpeakerLabel('A Republican, John Smith, voted against it.', 0, 43)).toBeNull();
    expect(matchSpeakerLabel('UPDATE: The road is open.', 0, 25)).toBeNull();
    expect(matchSpeakerLabel('Note: prices rose.', 0, 18)).toBeNull();
  });

  it('needs two labelled paragraphs and two different labels', () => {
    const one = 'WASHINGTON:  The Senate voted.\n\nIt passed 68 to 31.';
    const spans = [{ start: 0, end: 30 }, { start: 32, end: one.length }];
    expect(transcriptLabels(one, spans).size).toBe(0);
    expect(rows(one).some((r) => r.kind === 'metadata')).toBe(false);
  });

  it('keeps the label out of every sentence, as a metadata row of its own', () => {
    const r = rows(BRIEFING);
    expect(r.filter((x) => x.kind === 'metadata').map((x) => x.text)).toEqual(['1:04 P.M. EDT', 'MS. JEAN-PIERRE:', 'Q', 'MS. JEAN-PIERRE:', 'SECRETARY VILSACK:']);
    expect(r.some((x) => x.kind !== 'metadata' && /^(?:MS\.|Q\s|SECRETARY)/u.test(x.text))).toBe(false);
  });

  it('gives a named turn to its speaker over the following paragraphs, whatever they cite', () => {
    expect(speakerOf(BRIEFING, 'The President signed')).toBe('Karine Jean-Pierre');
    // The sentence cites the department, but the press secretary is the one asserting it.
    expect(speakerOf(BRIEFING, 'The bill extends crop insurance')).toBe('Karine Jean-Pierre');
    expect(speakerOf(BRIEFING, 'Look, the bill passed')).toBe('Karine Jean-Pierre');
    // A title in the label is not part of the name; the casing comes from the article when it has one.
    expect(speakerOf(BRIEFING, 'Payments begin in March')).toBe('Vilsack');
  });

  it('leaves the questioner’s turn in the publication’s voice, keeping what it attributes', () => {
    expect(speakerOf(BRIEFING, 'Thank you, Karine.')).toBeNull();
    expect(speakerOf(BRIEFING, 'The governor said on Monday')).toBe('The governor');
  });

  it('ends a Q&A answer with its paragraph: an unlabelled closing note is the article’s', () => {
    const text = [
      'Claire Whitfield runs Northvale Water.',
      'Q: Are the leaks fixed?',
      'A: Leakage fell by 38% last year.',
      'Whitfield will speak to MPs on 14 October.',
    ].join('\n\n');
    expect(speakerOf(text, 'Leakage fell')).toBe('Claire Whitfield');
    expect(speakerOf(text, 'Whitfield will speak')).toBeNull();
  });

  it('reads an interview whose labels are names in ordinary case, and keeps a short capital label as written', () => {
    const interview = [
      'VOA Khmer interviewed opposition leader Sam Rainsy about the election.',
      'VOA: Will you return to Cambodia before the vote?',
      'Sam Rainsy: Yes. I will return in November.',
      'VOA: What do you say to your critics?',
      'Sam Rainsy: The boycott is the only way. Turnout will be below 50 percent.',
    ].join('\n\n');
    expect(speakerOf(interview, 'I will return in November')).toBe('Sam Rainsy');
    expect(speakerOf(interview, 'Turnout will be below')).toBe('Sam Rainsy');
    expect(speakerOf(interview, 'Will you return')).toBe('VOA');
    // A lone "Name: text" paragraph, and words that are no name before a colon, are no labels.
    const lone = 'Sam Rainsy: The Return\n\nThe exiled leader said he would return in November.';
    expect(rows(lone).some((r) => r.kind === 'metadata')).toBe(false);
    expect(matchSpeakerLabel('Breaking News: the vote was delayed.', 0, 36)).toBeNull();
  });
});

describe('labels on a line of their own (ministers’ transcripts)', () => {
  it('reads "DAVID LIPSON" and "LIPSON" above the turn as labels', () => {
    const text =
      'Interview with David Lipson, Sky Lunchtime Agenda\n\nDAVID LIPSON\nTony Abbott says this will be a cooked books budget. Why is that?\n\n' +
      'DAVID BRADBURY\nThe last time they sought to do that was on their Nauru costings.\n\nLIPSON\nWhy does the spending jump around so much?\n\nBRADBURY\nThis will be a budget that will be in surplus.';
    expect(rows(text).filter((r) => r.kind === 'metadata').map((r) => r.text)).toEqual(['DAVID LIPSON', 'DAVID BRADBURY', 'LIPSON', 'BRADBURY']);
    expect(speakerOf(text, 'The last time')).toBe('David Bradbury');
    expect(speakerOf(text, 'This will be a budget')).toBe('David Bradbury');
  });

  it('reads a role or the press alone on a line; "TREASURER" is the Treasurer', () => {
    const text = 'Budget doorstop\n\nTREASURER\nThe Budget is a terrific Budget.\n\nJOURNALIST\nHow do you sell broken promises?\n\nTREASURER\nThere are no broken promises.';
    expect(speakerOf(text, 'The Budget is')).toBe('the Treasurer');
    expect(speakerOf(text, 'There are no')).toBe('the Treasurer');
  });

  it('reads "PRIME MINISTER:" as the Prime Minister, never as a name, nor as whom a question names', () => {
    const text =
      'Doorstop interview, Cairns\n\nJOURNALIST:\n\nThis morning Prime Minister, Alexander Downer said that Simon Crean is talking like Saddam Hussein.\n\n' +
      'PRIME MINISTER:\n\nWell I haven’t seen the transcript. The Foreign Minister has been verballed from the very beginning.\n\nJOURNALIST:\n\nWill you send troops?\n\nPRIME MINISTER:\n\nWe haven’t been asked.';
    expect(speakerOf(text, 'The Foreign Minister has')).toBe('the Prime Minister');
    expect(speakerOf(text, 'We haven’t been asked')).toBe('the Prime Minister');
    // The person the article names in the role is who speaks under it.
    const named = 'Doorstop interview\n\nPrime Minister John Howard spoke in Cairns on Tuesday.\n\nJOURNALIST:\n\nWill you send troops?\n\nPRIME MINISTER:\n\nWe haven’t been asked.\n\nJOURNALIST:\n\nWhen?\n\nPRIME MINISTER:\n\nNot yet.';
    expect(speakerOf(named, 'We haven’t been asked')).toBe('John Howard');
    const heading = named.replace('Prime Minister John Howard spoke in Cairns on Tuesday.', 'TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP DOORSTOP INTERVIEW, CAIRNS');
    expect(speakerOf(heading, 'We haven’t been asked')).toBe('John Howard');
    // Only the text before the first label says who holds the role: a question may name a former holder.
    const former = text.replace('Will you send troops?', 'Former Prime Minister Paul Keating said troops should stay home. Will you send troops?');
    expect(speakerOf(former, 'We haven’t been asked')).toBe('the Prime Minister');
    // Another office named in the heading (shadow, deputy, former) is not the label's holder; a stop ends the name.
    const turns = '\n\nJOURNALIST:\n\nWill you send troops?\n\nTREASURER:\n\nWe haven’t been asked.\n\nJOURNALIST:\n\nWhen?\n\nTREASURER:\n\nNot yet.';
    expect(speakerOf(`Doorstop interview\n\nShadow Treasurer Angus Taylor criticised the budget on Sunday.${turns}`, 'We haven’t been asked')).toBe('the Treasurer');
    expect(speakerOf(`Doorstop interview\n\nThe shadow minister spoke alongside the Treasurer Jim Chalmers.${turns}`, 'We haven’t been asked')).toBe('Jim Chalmers');
  });

  it('never takes a factbox’s headings for labels: nobody speaks twice', () => {
    const text =
      'Who are the contenders to lead the Conservatives?\n\nRishi Sunak resigned on Friday after the election defeat.\n\n' +
      'KEMI BADENOCH\nBadenoch, 44, is the shadow housing secretary.\n\nROBERT JENRICK\nJenrick, 42, resigned as immigration minister.\n\nJAMES CLEVERLY\nCleverly, 55, was home secretary.';
    expect(rows(text).some((r) => r.kind === 'metadata')).toBe(false);
    expect(speakerOf(text, 'KEMI BADENOCH')).toBeNull();
    const roles = 'The trial of the century\n\nThe trial opened in Manhattan on Monday.\n\nTHE JUDGE\nJustice Juan Merchan, 61, has presided since 2023.\n\nTHE PROSECUTOR\nAlvin Bragg, 50, brought the case.\n\nTHE DEFENDANT\nDonald Trump, 77, has pleaded not guilty.';
    expect(rows(roles).some((r) => r.kind === 'metadata')).toBe(false);
  });

  it('reads a single exchange: a question and an answer under their speakers', () => {
    const text = 'Wong speaks to the ABC\n\nForeign Minister Penny Wong spoke to ABC’s David Lipson on Tuesday.\n\nDAVID LIPSON\nMinister, will the submarines arrive on time?\n\nPENNY WONG\nWe are confident they will arrive in 2030.';
    expect(speakerOf(text, 'We are confident')).toBe('Penny Wong');
  });

  it('never takes subheadings run on into their text for labels', () => {
    const text = 'Floods hit the north\n\nBACKGROUND\nThe river rose 3 metres on Monday, officials said.\n\nWHAT NEXT\nThe army will build levees, the minister said.';
    expect(rows(text).some((r) => r.kind === 'metadata')).toBe(false);
    expect(speakerOf(text, 'WHAT NEXT')).toBe('the minister');
  });
});

describe('an interview whose questions lose their labels after the first exchange', () => {
  const speakersOf = (text: string) => analyzeArticle(text).claims.map((c) => [c.text, c.speaker] as const);
  it('a paragraph that is one question inside the answerer’s turn is the asker’s; the answers after it stay the answerer’s', () => {
    const rows = speakersOf(
      'Catherine Meyers talked to Yamir Moreno on March 17.\n\nCatherine Meyers: How is the mood in Spain right now?\n\nYamir Moreno: It seems people are taking this seriously. The streets are almost empty.\n\nHow severe are the restrictions?\n\nThey are relatively severe. The university is completely closed.\n\nWhy did it take so long?\n\nNobody expected 1,000 deaths in a week.',
    );
    const of = (start: string) => rows.find(([t]) => t.startsWith(start))?.[1];
    expect(of('How severe')).toBe('Catherine Meyers');
    expect(of('Why did it take')).toBe('Catherine Meyers');
    expect(of('They are relatively severe')).toBe('Yamir Moreno');
    expect(of('Nobody expected')).toBe('Yamir Moreno');
  });
  it('a question inside an answer paragraph, or in an answer with no question turn before it, stays the answerer’s', () => {
    const rows = speakersOf(
      'MR. KIRBY: We will keep the pressure on. Why? Because it works.\n\nMS. JEAN-PIERRE: The President was clear.\n\nWhat does that mean?\n\nIt means we stay the course.',
    );
    expect(rows.find(([t]) => t === 'Why?')?.[1]).toBe('Kirby');
    expect(rows.find(([t]) => t.startsWith('What does that mean'))?.[1]).toBe('Jean-Pierre');
  });
});

describe('questions inside a turn that keep their speaker (a review’s look-alikes)', () => {
  const of = (paragraphs: string[], start: string) => analyzeArticle(paragraphs.join('\n\n')).claims.find((c) => c.text.startsWith(start))?.speaker;
  it.each([
    [['Q: Admiral, can you say whether the strike hit the depot?', 'MR. KIRBY: We are still assessing.', 'Why?', 'Because we owe it to the families to get it right.'], 'Why?', 'Kirby'],
    [['MR. PRICE: Good afternoon. Matt, do you want to kick us off?', 'Q: Sure. Let’s start with Russia.', 'Has the administration decided on new sanctions?', 'MR. PRICE: We have not made a decision.'], 'Has the administration', null],
    [['Anna Holt interviewed the finance minister, Peter Lang.', 'Anna Holt: Will you resign?', 'Peter Lang: Why should I resign?', 'Anna Holt: Critics say your ministry lost $2 billion.', 'Do you accept any blame?', 'Peter Lang: No. The audit cleared us.'], 'Do you accept', 'Anna Holt'],
    [['JOURNALIST: Treasurer, is the surplus real?', 'TREASURER: It is real. We banked $22 billion.', 'JOURNALIST: And next year?', 'TREASURER: Next year will be harder.', 'Will we return to deficit?', 'Probably, yes, by a small amount.'], 'Will we return', 'the Treasurer'],
    [['Q: Why did the talks collapse?', 'MR. KIRBY: Hamas walked away.', 'They were offered a ceasefire of six weeks.', 'Why would they walk away from that?', 'I leave that to them to explain.'], 'Why would they', 'Kirby'],
  ] as const)('%#: "%s"', (paragraphs, start, speaker) => {
    expect(of([...paragraphs], start)).toBe(speaker);
  });
});
