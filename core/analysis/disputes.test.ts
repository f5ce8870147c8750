import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAnalysisJson } from '../cli/analyze';
import { analyzeArticle } from '../import/analyze';
import { findDenial } from './denial';
import { findDisputes } from './disputes';
import { DOUBTED_FINDING, pairs } from './test-rows';
import type { AnalysisRow } from './types';

describe('disputes on the sample article', () => {
  const text = fs.readFileSync(path.join(__dirname, '../sample/000_271fd31029f7693a.txt'), 'utf8');
  const article = analyzeArticle(text);

  it('"denies these allegations" disputes exactly the allegation before it', () => {
    expect(article.disputes).toHaveLength(1);
    const d = article.disputes[0]!;
    expect(article.claims[d.denial]!.text).toBe(
      'The Taliban government denies these allegations, asserting that Afghan soil was not being used against any nation.',
    );
    expect(article.claims[d.target]!.text).toBe(
      'Relations between Pakistan and Afghanistan have deteriorated in recent months due to a spike in militant attacks in Pakistan, attributed to insurgents operating from Afghan territory.',
    );
    expect(d.phrase).toBe('denies these allegations');
    expect(d.speaker).toBe('The Taliban government');
    expect(article.claims[d.denial]!.reasons).toContain('denial');
  });

  it('figures and entities of the sample', () => {
    const all = article.claims.flatMap((c) => c.figures);
    expect(all).toEqual(expect.arrayContaining(['over 800,000 Afghans', 'since November 2023', 'within two weeks']));
    const ttp = article.claims.find((c) => c.text.includes('TTP militants'))!;
    expect(ttp.entities).toContain('Tehrik-e-Taliban Pakistan (TTP)');
  });
});

describe('denial forms', () => {
  it('plural anaphora covers one allegation told in several sentences', () => {
    const got = pairs(`
Norvenia|Norvenia on Wednesday accused neighbouring Estravia of massing troops along the border.

Anja Kovač|Foreign Minister Anja Kovač said Estravia had moved 4,000 soldiers to the frontier.
Anja Kovač|She said Estravian units had also been jamming navigation signals.

Estravia's foreign ministry|Estravia's foreign ministry denies these allegations, calling them a fabrication.`);
    expect(got.map((p) => p[1])).toEqual(['Norvenia on Wednesday ac', 'Foreign Minister Anja Ko', 'She said Estravian units']);
    expect(got[0]![2]).toBe('denies these allegations');
  });

  it('plural anaphora stops at a sentence that is not part of the allegation', () => {
    const got = pairs(`
The weather in the capital was mild on Monday, with light rain expected.
Opposition leader Sara Linde accused the ruling party of rigging the vote in 40 districts.
The ruling party rejected the accusations.`);
    expect(got).toEqual([['The ruling party rejecte', 'Opposition leader Sara L', 'rejected the accusations']]);
  });

  it('"rejected the claim that X" finds X by content, even several paragraphs back', () => {
    const got = pairs(`
Officials said military drones had entered the country's airspace 14 times since January.

Trade between the two countries was worth 3.1 billion euros last year.

The defence minister said the army was on alert.

Viktor Aslanov|Defence Minister Viktor Aslanov rejected the claim that drones had entered the airspace, saying no aircraft had flown near the border.`);
    expect(got).toEqual([['Defence Minister Viktor ', 'Officials said military ', 'rejected the claim that drones had entered the airspace']]);
  });

  it('"dismissed reports that X" and "denied that X"', () => {
    expect(
      pairs(`
State television reported that the government had recalled its ambassador from Kastel.
The ministry said talks would continue next week.
The foreign ministry dismissed reports that it had recalled its ambassador, saying he was on leave.`),
    ).toEqual([['The foreign ministry dis', 'State television reporte', 'dismissed reports that it had recalled its ambassador']]);
    expect(
      pairs(`
Police said the suspect had fled the city in a stolen car on Sunday night.
The suspect's lawyer denied that his client had fled the city.`),
    ).toEqual([["The suspect's lawyer den", 'Police said the suspect ', 'denied that his client had fled the city']]);
  });

  it('"denied that X" with nothing matching links to nothing', () => {
    expect(
      pairs(`
The council approved the new budget on Monday after a long debate.
The mayor denied that he had ever met the developer in private.`),
    ).toEqual([]);
  });

  it('"said it was not true" and "null and void" point back', () => {
    expect(
      pairs(`
In parliament, opposition lawmaker Dragan Petek said the government had secretly agreed to pay 20 million euros.
Lidija Zorman|Government spokeswoman Lidija Zorman said it was not true.`),
    ).toEqual([['Government spokeswoman L', 'In parliament, oppositio', 'said it was not true']]);
    expect(
      pairs(`
On Monday, the joint border commission voted five to two to hand control of the crossing to customs officers.
Estravia declared the decision null and void, saying the vote lacked a quorum.`),
    ).toEqual([['Estravia declared the de', 'On Monday, the joint bor', 'declared the decision null and void']]);
  });

  it('"no such promise", "these allegations are baseless" in a quotation, "that figure is out of date"', () => {
    expect(
      pairs(`
Owen Griffiths|Liberal Democrat leader Owen Griffiths said the council had broken a promise to hold a ballot of residents.
Mina Rao|Rao said no such promise had been made.`),
    ).toEqual([['Rao said no such promise', 'Liberal Democrat leader ', 'said no such promise']]);
    expect(
      pairs(`
The watchdog accused the firm of hiding losses of 30 million dollars from investors.
The firm|"These allegations are completely baseless," the firm said.`),
    ).toEqual([['"These allegations are c', 'The watchdog accused the', 'These allegations are completely baseless']]);
    expect(
      pairs(`
Northvale still loses about one in every five litres it puts into its network through leaks.
Jane Whitfield|That figure is out of date.`),
    ).toEqual([['That figure is out of da', 'Northvale still loses ab', 'That figure is out of date']]);
  });

  it('never targets itself, a headline or another kind of row', () => {
    const text = 'Minister denies bribery claims\nThe minister was accused of taking bribes.\nWho paid?\nThe minister denied the claims.\n';
    const r: AnalysisRow[] = [];
    let at = 0;
    for (const [line, kind] of [
      ['Minister denies bribery claims', 'headline'],
      ['The minister was accused of taking bribes.', 'claim'],
      ['Who paid?', 'question'],
      ['The minister denied the claims.', 'claim'],
    ] as const) {
      const start = text.indexOf(line, at);
      r.push({ text: line, start, end: start + line.length, kind, speaker: null });
      at = start + line.length;
    }
    const d = findDisputes(text, r);
    expect(d).toEqual([{ denial: 3, target: 1, phrase: 'denied the claims', speaker: null }]);
  });

  it('a denier does not deny their own earlier statement', () => {
    expect(
      pairs(`
Rebels|The rebels said they had captured the airport on Friday.
The army|The army said its troops still held the city centre.
The army|The army also denied the reports.`),
    ).toEqual([['The army also denied the', 'The rebels said they had', 'denied the reports']]);
  });
});

describe('not denials', () => {
  const none = [
    'He did not attend the meeting.',
    'No evidence was found at the scene.',
    'The spokesman did not deny the report.',
    'The ministry would neither confirm nor deny the reports.',
    'She was denied bail by the court.',
    'The court denied him a visa.',
    'Parliament rejected the proposal by 200 votes to 150.',
    'The judge dismissed the case on Monday.',
    'The ministry declined to comment on the allegations.',
    'The police used false documents to enter the building.',
    'The claims are not baseless, the report found.',
    'Fake news spreads faster than corrections.',
    'Critics say the law targets minorities, a charge the government denies.',
  ];
  for (const s of none) it(s, () => expect(findDenial(s)).toBeNull());

  it('a negated statement after an allegation links to nothing', () => {
    expect(
      pairs(`
The opposition accused the governor of misusing state funds.
The governor did not attend the hearing on Tuesday.`),
    ).toEqual([]);
  });
});

describe('invented articles in other styles', () => {
  it('a wire story: the accused firm calls the charges false', () => {
    const text = `BRUSSELS (Reuters) - The European Commission fined Halberg Logistik 140 million euros on Tuesday for taking part in an air cargo cartel.

The Commission said Halberg had fixed fuel surcharges with two rivals between 2016 and 2020.

Halberg Logistik called the charges false and said it would appeal.`;
    const a = analyzeArticle(text);
    expect(a.disputes.map((d) => [a.claims[d.target]!.text.slice(0, 30), d.phrase])).toEqual([
      ['The Commission said Halberg ha', 'called the charges false'],
    ]);
  });

  it('an interview: the answer rejects the question\'s premise', () => {
    const text = `Q: Your company still loses one in five litres through leaks.

A: That figure is out of date. Our leakage rate is now 16.8%, down from 22% five years ago.`;
    const a = analyzeArticle(text);
    expect(a.disputes).toHaveLength(1);
    expect(a.claims[a.disputes[0]!.target]!.text).toContain('one in five litres');
  });

  it('an answer with no object of its own disputes the position told just before by someone else', () => {
    const text = `Many residents see the new casinos as a threat to their safety. The governor has tried to quell the fear, saying criticism of the casinos is ignorant and most visitors are tourists. But 27-year-old driver Sok Ny disagrees.

“The CPP will lead the country forever,” the spokesman declared. “From this generation to the next, the CPP will keep leading.”

However, some critics argue the opposite, saying that the party has clung to power only through repression.`;
    const a = analyzeArticle(text);
    const found = a.disputes.map((d) => [d.phrase, a.claims[d.target]!.text.slice(0, 30)]);
    expect(found).toContainEqual(['disagrees', 'The governor has tried to quel']);
    expect(found).toContainEqual(['argue the opposite', '“The CPP will lead the country']);
    // Not the residents' view the driver shares, told before the governor's.
    expect(found).not.toContainEqual(['disagrees', 'Many residents see the new cas']);
  });

  it('"called the charges “trumped up”" and "In defense of the code, …" answer what they name', () => {
    expect(findDenial('Amnesty International has called the charges “trumped up.”')?.phrase).toBe('called the charges “trumped up');
    expect(findDenial('(In defense of the code, the government said it ensures transparency.)')?.target.kind).toBe('defence');
    expect(findDenial('The team’s defence of the title failed.')).toBeNull();
  });

  it('a comparison, a condition, a truce, "the opposite direction" and a negated "do not disagree" are no answers', () => {
    expect(findDenial('The river runs the opposite direction.')).toBeNull();
    expect(findDenial('Officials said they do not disagree.')).toBeNull();
    expect(findDenial('The two plans differ, however, in one respect.')).toBeNull();
    expect(findDenial('Unless a court says otherwise, the law stands.')).toBeNull();
    expect(findDenial('Critics agreed to disagree.')).toBeNull();
  });

  it('a local story with no denial has no disputes', () => {
    const text = `Councillors approved the plans by 31 votes to 17 shortly after 10pm.

Around 200 people had gathered outside the town hall, and four were arrested.

Nobody was seriously hurt, police said.`;
    expect(analyzeArticle(text).disputes).toEqual([]);
  });
});

describe('a denial of something the article does not say', () => {
  it('"rejected the claim that X", with X spelled out and matching no claim, disputes nothing', () => {
    const rows = analyzeArticle(
      [
        'Sen. Robert Klein said premiums could rise by as much as 4% in some states.',
        '',
        'The industry group rejected the claim that drugmakers were responsible for high insulin prices, blaming insurers instead.',
      ].join('\n'),
    );
    expect(rows.disputes).toEqual([]);
  });

  it('shows the denial with what it denies, up to a dozen words', () => {
    const rows = analyzeArticle(
      'Officials said the dam released water into the river on Friday.\n\nThe utility denied that the dam had released any water into the river during the storm on Friday night or early Saturday.',
    );
    expect(rows.disputes.map((d) => d.phrase)).toEqual(['denied that the dam had released any water into the river during the storm…']);
  });
});

describe('a generic denial with nothing to answer', () => {
  it('"denied any wrongdoing" answers the accusation when there is one', () => {
    const rows = analyzeArticle(
      'Regulators accused Harlow Construction of inflating invoices on three hospital contracts.\n\nThe company denied any wrongdoing.',
    );
    expect(rows.disputes.map((d) => [rows.claims[d.target]!.text.slice(0, 20), d.phrase])).toEqual([['Regulators accused H', 'denied any wrongdoing']]);
  });
});

describe('a denial in a summary above the story (a live blog)', () => {
  it('finds the claim it denies further down', () => {
    const filler = Array.from({ length: 16 }, (_, i) => `Crews restored power to ${i + 2} more streets in the east of the city.`).join('\n\n');
    const text = [
      '• Northgrid has denied that the outage was caused by a cyberattack',
      '',
      filler,
      '',
      'Claims are circulating on social media that the power cut was caused by a cyberattack.',
    ].join('\n');
    const article = analyzeArticle(text);
    expect(article.disputes.map((d) => article.claims[d.target]!.text.slice(0, 30))).toEqual(['Claims are circulating on soci']);
  });
});

describe('a falsity verdict on a subject that tells what it says', () => {
  it('"reports of X are false", "claims that X were completely false" deny X', () => {
    const got = pairs(`
Residents said shops on Harbour Road were looted overnight during the blackout.
The council said the blackout lasted six hours on Harbour Road.

Police|Police say claims that shops on Harbour Road were looted during the blackout are "completely false".`);
    expect(got).toEqual([['Police say claims that s', 'Residents said shops on ', 'claims that shops on Harbour Road were looted during the blackout are "completely false"']]);
  });

  it('does not link a claim sharing only the place', () => {
    const got = pairs(`
Residents said shops on Harbour Road had closed early because of the storm.

Police|Police say reports of looting on Harbour Road are false.`);
    expect(got).toEqual([]);
  });

  it('"that posts claiming X were false" is a denial of X, not a negation', () => {
    const d = findDenial('Moreno said no weapons were found, and that posts claiming a gun had been found in a backpack were "completely false."');
    expect(d?.target).toMatchObject({ kind: 'content', content: 'a gun had been found in a backpack', noun: 'posts' });
    expect(d?.phrase.startsWith('posts claiming')).toBe(true);
  });
});

describe('"there is no evidence of X"', () => {
  it('denies the claim stating X, not a later statement saying the same as the denier', () => {
    const got = pairs(`
Claims are circulating on social media that the power cut was caused by a cyberattack.

Sarah Mbeki|"There is no evidence whatsoever of a cyberattack," the chief executive told reporters.
She|"Our systems were not hacked by any cyberattack," she said.`);
    expect(got).toEqual([['"There is no evidence wh', 'Claims are circulating o', 'There is no evidence whatsoever of a cyberattack']]);
  });

  it('does not link a claim sharing only a name', () => {
    const got = pairs(`
Northgrid said the power cut began at a substation in Halden.

Sarah Mbeki|"There is no evidence of sabotage at Northgrid," the chief executive said.`);
    expect(got).toEqual([]);
  });
});

describe('"No 10" is not a negator', () => {
  it('"No 10 dismissed suggestions that X" is a denial', () => {
    const d = findDenial('No 10 dismissed suggestions that the two ministers were at odds over the plan.');
    expect(d?.target).toMatchObject({ kind: 'content', content: 'the two ministers were at odds over the plan' });
    expect(findDenial('No one dismissed the suggestions.')).toBeNull();
  });
});

describe('plural anaphora in wire copy (a paragraph per sentence)', () => {
  const article = `
The Sindh government|The Sindh government on Tuesday accused the federal authorities of diverting the province's share of river water to the new canal.

Nisar Memon|Irrigation Minister Nisar Memon said at least 8,000 cusecs a day were being diverted to the canal.

Nisar Memon|He alleged that the river authority had released water to the canal without approval.

Nisar Memon|"We will not allow a single drop of Sindh's water to be taken away," Memon said.

The federal government|The federal government rejected these claims as baseless.`;

  it('reaches the accusation four paragraphs back and passes over the vow', () => {
    const got = pairs(article).map((p) => p[1]);
    expect(got).toEqual(['The Sindh government on ', 'Irrigation Minister Nisa', 'He alleged that the rive']);
  });

  it('takes in an earlier accusation told with its accuser only when it shares what is alleged', () => {
    const got = pairs(`
The opposition Congress|The opposition Congress alleged that the contract for the storage units had been awarded to a company without a tender.
The opposition Congress|The opposition Congress also alleged that the minister's nephew had taken a holiday in Goa.
Meenakshi Dutta|Dutta also claimed that the company had been incorporated only in March 2023.

The ministry|The ministry termed the allegations baseless.`).map((p) => p[1]);
    expect(got).toContain('The opposition Congress ');
    expect(got).toContain('Dutta also claimed that ');
    // Shares only the accuser's name with what the ministry answered: not taken in.
    expect(got.some((t) => t.startsWith('The opposition Congress also'))).toBe(false);
  });
});

describe('"disputed those figures": a figure a source gave', () => {
  it('beats an article-voice figure sharing more words', () => {
    const got = pairs(`
When the branch shuts next month, pensioners face a 19-mile trip to pay in a cheque at the nearest branch.
Northway Bank|Northway Bank said the number of customers using the branch had fallen by 72% since 2019.
The Chamber of Trade|The Chamber of Trade disputed those figures, saying two thirds of its members still paid in cash at the branch every week.`);
    expect(got.map((p) => p[1])).toEqual(['Northway Bank said the n']);
  });

  it("does not take the denier's own figures", () => {
    const got = pairs(`
The Chamber of Trade|The Chamber of Trade said 84 members still paid in cash at the branch every week.
The Chamber of Trade|The Chamber of Trade disputed those figures, saying its members still paid in cash at the branch.`);
    expect(got).toEqual([]);
  });
});

describe('a denial whose row carries the previous speaker but names its own party', () => {
  it('"The company dismissed the report" answers the report its row was attributed to', () => {
    const got = pairs(`
The Business Courier|The Business Courier reported on Thursday that Corvane had hired advisers to explore a sale.
The Business Courier|The company dismissed the report as speculation and said it had not hired advisers.`);
    expect(got.map((p) => p[1])).toEqual(['The Business Courier rep']);
  });

  it('"He dismissed the report" is still the speaker himself: nothing of his own is answered', () => {
    const got = pairs(`
Tom Aldridge|Tom Aldridge said the owners had put a further £40 million into the club in August.
Tom Aldridge|He dismissed the report as speculation.`);
    expect(got).toEqual([]);
  });
});

describe('a sentence negating two things in turn', () => {
  it('its second negated clause answers the claim sharing that predicate', () => {
    const got = pairs(`
Nisar Memon|He alleged that the river authority had released water to the Thal canal without approval.
Farah Qureshi|Farah Qureshi said the canal had not yet been commissioned and that no water had been released into it.`);
    expect(got).toEqual([['Farah Qureshi said the c', 'He alleged that the rive', 'no water had been released into it']]);
  });

  it('a claim sharing only the canal, not what is negated, is not answered', () => {
    const got = pairs(`
Nisar Memon|He said the Thal canal had cost the province 40 billion rupees.
Farah Qureshi|Farah Qureshi said the canal had not yet been commissioned and that no water had been released into it.`);
    expect(got).toEqual([]);
  });
});

describe('"said that claim was false" after a recalled pledge', () => {
  it('answers the comparison, not the pledge naming the denier', () => {
    const got = pairs(`
Richard Hale|"Labour promised to end the use of hotels.
Richard Hale|Instead, there are more hotels open today than on the day they came to power," he said.
Labour|Labour said that claim was false, pointing out that 400 hotels had been in use in 2023.`);
    expect(got.map((p) => p[1])).toEqual(['Instead, there are more ']);
  });
});

describe('passive denials with auxiliaries and a pronoun subject', () => {
  const linked = (text: string) => {
    const a = analyzeArticle(text);
    return a.disputes.map((d) => [a.claims[d.target]!.text, a.claims[d.denial]!.text, d.speaker]);
  };

  it('"This has been disputed by X" disputes the claim before it, credited to X', () => {
    const text = 'The port authority said 4,000 containers were cleared every day last month. This has been disputed by the Harbour Workers Union.';
    expect(linked(text)).toEqual([
      ['The port authority said 4,000 containers were cleared every day last month.', 'This has been disputed by the Harbour Workers Union.', 'the Harbour Workers Union'],
    ]);
  });

  it('reads a noun subject over "has been" and an adverb ("The figures have been strongly denied by")', () => {
    expect(findDenial('The figures have been strongly denied by the ministry.')?.target).toMatchObject({ kind: 'anaphora', noun: 'figures', plural: true });
  });

  it('a pronoun subject needs a verb whose object can only be a statement: a plan can be rejected', () => {
    expect(findDenial('It was rejected by residents at a meeting on Tuesday.')).toBeNull();
    expect(findDenial('This has been rejected by the council.')).toBeNull();
    expect(findDenial('It was contested by the opposition.')).not.toBeNull();
  });
});

describe('doubt about a statement: contested, not disputed', () => {
  const doubts: Array<[string, string]> = [
    ['Critics questioned the figures.', 'questioned the figures'],
    ['Several economists cast doubt on the estimate.', 'cast doubt on the estimate'],
    ['Scientists not involved in the study were sceptical of its conclusions.', 'sceptical of its conclusions'],
    ['The opposition took issue with that account.', 'took issue with that account'],
    ['Other researchers disagree with the findings.', 'disagree with the findings'],
    ['However, other experts are cautious about the findings.', 'cautious about the findings'],
    ['Some analysts have raised doubts about the data.', 'raised doubts about the data'],
    ['These figures have been questioned by independent economists.', 'These figures have been questioned'],
    ['This was challenged by the opposition.', 'This was challenged'],
  ];
  for (const [sentence, phrase] of doubts) {
    it(sentence, () => expect(findDenial(sentence)).toMatchObject({ phrase, doubt: true }));
  }

  it('says who holds the doubt: the subject before it, or the agent of a passive', () => {
    expect(findDenial('However, other experts are cautious about the findings.')?.holder).toBe('other experts');
    expect(findDenial('Critics have questioned the figures.')?.holder).toBe('Critics');
    expect(findDenial('This was challenged by the opposition.')?.holder).toBe('the opposition');
    expect(findDenial('They disputed this.')?.holder).toBeUndefined();
  });

  // The same verbs and adjectives about people, acts and risks doubt no statement.
  const none = [
    'Police questioned the suspect.',
    'She challenged the champion to a rematch.',
    'He was critical of the government.',
    'Officials did not question the figures.',
    'The minister is wary of the risks.',
    'Doctors are cautious about prescribing the drug.',
    'The champion was challenged by a newcomer.',
    'The suspect was questioned by police.',
    // The nouns: "a question that", "the challenge of".
    'The answer to what is happening in each country is a question that remains open.',
    'This raises the challenge of the claims.',
  ];
  for (const sentence of none) it(`not doubt: ${sentence}`, () => expect(findDenial(sentence)).toBeNull());

  it('links the doubt to the finding it is about, both sides contested, neither called false', () => {
    const article = analyzeArticle(DOUBTED_FINDING);
    const finding = article.claims.findIndex((c) => c.text.startsWith('Lead researcher'));
    const doubt = article.claims.findIndex((c) => c.text.startsWith('However'));
    expect(article.disputes).toEqual([expect.objectContaining({ denial: doubt, target: finding, phrase: 'cautious about the findings', doubt: true })]);
    // A view, not a checkable denial: no "denial" reason lifts its score.
    expect(article.claims[doubt]!.reasons).not.toContain('denial');
    const json = toAnalysisJson(article);
    expect(json.claims[finding]).toMatchObject({ contested: true, disputedBy: [], contestedWith: [article.claims[doubt]!.text] });
    expect(json.claims[doubt]).toMatchObject({ contested: true, contestedWith: [article.claims[finding]!.text] });
  });
});

describe('a defence against an accusation', () => {
  it('"defending the police response" answers the accusation against the police, and contests both sides', () => {
    const got = pairs(`
Now the police across France have also been accused of heavy-handedness, including firing tear gas directly at protesters.

Sébastian Lecornu|Sébastian Lecornu has stated that he believes the students have genuine concerns, while also defending the police response.`);
    expect(got).toEqual([['Sébastian Lecornu has st', 'Now the police across Fr', 'defending the police response']]);
  });

  it('"justified the strikes" and "stood by its reporting" answer the criticism they name', () => {
    expect(
      pairs(`
Rights groups condemned the air strikes on the market, which killed 12 people.
The defence ministry|The defence ministry justified the strikes, saying fighters were hiding there.`),
    ).toEqual([['The defence ministry jus', 'Rights groups condemned ', 'justified the strikes']]);
    expect(
      pairs(`
Ministers accused the newspaper of inventing the leaked memo.
The newspaper|The newspaper stood by its reporting on the memo.`),
    ).toEqual([['The newspaper stood by i', 'Ministers accused the ne', 'stood by its reporting on the memo']]);
  });

  it('no defence without an accusation of what is upheld', () => {
    // Something upheld that nobody attacked, a title, a defending champion: nothing to answer.
    expect(
      pairs(`
Critics accused the mayor of wasting money on the stadium.
Coach|Spain are the defending champions and beat Italy 2-1.
Coach|She defended her title in Paris on Sunday.
The army|The army is defending the northern border against raids.`),
    ).toEqual([]);
    expect(findDenial('The government did not defend the policy.')).toBeNull();
  });
});

describe('two sources giving different figures for one thing', () => {
  it('"Other research teams put the toll at more than 70,000" and the 19,000 deaths reported before it dispute each other', () => {
    const got = pairs(`
In 2025, for instance, one conflict monitoring organisation reported around 19,000 direct deaths from political violence across Sudan.

Other research teams put the toll at more than 70,000.`);
    expect(got).toEqual([
      ['Other research teams put', 'In 2025, for instance, o', 'toll at more than 70,000'],
      ['In 2025, for instance, o', 'Other research teams put', 'around 19,000 direct deaths'],
    ]);
  });

  it('two named sources, the later giving its count: killed and died are one measure', () => {
    const got = pairs(`
The health ministry|The health ministry said 1,200 people had died in the floods.
The Red Cross|The Red Cross estimated that more than 3,000 people were killed.`);
    expect(got.map((p) => [p[0], p[1]])).toEqual([
      ['The Red Cross estimated ', 'The health ministry said'],
      ['The health ministry said', 'The Red Cross estimated '],
    ]);
  });

  it('no dispute between figures of different things, years, or one source', () => {
    // Different years; different measures (killed, injured; a cost and a toll); figures close enough to be one;
    // and two figures with no sign of another source's count.
    expect(
      pairs(`
The company|The company said profits rose 12% in 2023.
Analysts|Analysts estimated that profits would rise 20% in 2024.

Police|Police said 12 people were killed.
Hospital officials|Hospital officials estimated that 40 people were injured.

The toll rose to 19,000 by March.
Other economists put the cost of rebuilding at $3 billion.

Officials said about 1,000 people had fled.
Other agencies put the number who fled at 1,100.

Security forces killed at least 37 people and detained more than 400 during the crackdown, a rights group said.
The report|The report said 112 people arrested during the protests were still unaccounted for.`),
    ).toEqual([]);
  });
});

describe('a contradiction restated', () => {
  it('"He did not apologize" after "The President absolutely did not apologize" contradicts the same claim', () => {
    const got = pairs(`
And then, in his interview on Friday, President Biden apologized for calling the killer an "illegal."

Olivia Dalton|The President absolutely did not apologize.
Olivia Dalton|He used a different word.
Olivia Dalton|He did not apologize.`);
    expect(got.map((p) => [p[0], p[1]])).toEqual([
      ['The President absolutely', 'And then, in his intervi'],
      ['He did not apologize.', 'And then, in his intervi'],
    ]);
  });

  it('a negation by another speaker, or with another verb, is no restatement', () => {
    const got = pairs(`
And then, in his interview on Friday, President Biden apologized for calling the killer an "illegal."

Olivia Dalton|The President absolutely did not apologize.
Reporter|He did not apologize in writing either.
Olivia Dalton|He did not hesitate.`);
    expect(got.map((p) => p[0])).toEqual(['The President absolutely']);
  });
});

describe('contracted and plain-spoken denials', () => {
  const said: Array<[string, string]> = [
    ["That's false.", "That's false"],
    ['It’s not true.', 'It’s not true'],
    ["I know that's not the case.", "that's not the case"],
    ['That is not the case.', 'That is not the case'],
    ['That’s simply not correct.', 'That’s simply not correct'],
  ];
  for (const [sentence, phrase] of said) it(sentence, () => expect(findDenial(sentence)).toMatchObject({ phrase, target: { kind: 'anaphora' } }));

  it('not denials: "not correct to say", a negated "false", an opinion', () => {
    expect(findDenial('It is not correct to say the talks failed.')).toBeNull();
    expect(findDenial("It's not false.")).toBeNull();
    // The contraction reads as its spelled-out form, whatever follows.
    for (const rest of ['not true.', 'absurd that the council closed the library.', 'not the case that the council closed the library.']) {
      expect(findDenial(`It's ${rest}`)?.target ?? null).toEqual(findDenial(`It is ${rest}`)?.target ?? null);
    }
  });

  it('a speaker relaying an allegation, then calling it false, denies it', () => {
    const got = pairs(`
Ian Sams|The first is the diary notes.
Ian Sams|And the second is there’s a kind of an allegation of willfully taking a classified document that he talked about with his ghostwriter.
Ian Sams|That’s false.`);
    expect(got).toEqual([['That’s false.', 'And the second is there’', 'That’s false']]);
  });

  it('"There was no apology" restates "did not apologize" against the same claim', () => {
    const got = pairs(`
And then, in his interview on Friday, President Biden apologized for calling the killer an "illegal."

Olivia Dalton|The President absolutely did not apologize.
Olivia Dalton|There was no apology anywhere in that conversation.`);
    expect(got.map((p) => [p[0], p[1]])).toEqual([
      ['The President absolutely', 'And then, in his intervi'],
      ['There was no apology any', 'And then, in his intervi'],
    ]);
  });
});

describe('a correction of how something is seen', () => {
  it('"In fact, …" corrects the framing before it ("is portrayed as", "created the impression that"), not the counterpoint between', () => {
    const got = pairs(`
Recent warnings from American AI leaders have created the impression that the world is only beginning to write rules for AI.

The Asian superpower is portrayed as the difficult final participant in a governance system that the US must first create.
Yet there is a China-shaped hole in this narrative.
In fact, China has already established an extensive system of AI rules and government oversight.`);
    expect(got.map((p) => [p[0], p[1], p[2]])).toEqual([
      ['In fact, China has alrea', 'The Asian superpower is ', 'In fact'],
      ['In fact, China has alrea', 'Recent warnings from Ame', 'In fact'],
    ]);
  });

  it('"in fact" after plain facts corrects nothing', () => {
    expect(
      pairs(`
The company sold 4,000 cars in May.
In fact, sales rose 5% over the year.`),
    ).toEqual([]);
  });
});

describe('a negation answered by "But …"', () => {
  it('"never discussed" contradicts the report saying "But … he did discuss it" that follows', () => {
    const got = pairs(`
The President said last night that he never discussed classified material with anyone.
But the special counsel’s report said that on three different occasions, he did discuss it with his ghostwriter.`);
    expect(got).toEqual([['The President said last ', 'But the special counsel’', 'he never discussed classified material with anyone']]);
  });

  it('no link without "But", without the same predicate, or from the same speaker', () => {
    expect(
      pairs(`
The President said last night that he never discussed classified material with anyone.
The special counsel’s report said that on three different occasions, he did discuss it with his ghostwriter.`),
    ).toEqual([]);
    expect(
      pairs(`
The President said last night that he never discussed classified material with anyone.
But the report said he did keep notebooks at home.`),
    ).toEqual([]);
    expect(
      pairs(`
Ana Ruiz|Ana Ruiz said she never signed the contract.
Ana Ruiz|But she did sign the contract's annex in May.`),
    ).toEqual([]);
  });
});

describe('a denial is never hidden', () => {
  it('"That’s false." answering an allegation is stored as a claim, scored at least at the line', () => {
    const article = analyzeArticle(
      'Ghostwriter row\n\nThe report said there is an allegation of willfully taking a classified document home.\n\nThat’s false.',
    );
    const denial = article.claims.find((c) => c.text.includes('false'))!;
    expect(article.disputes.some((d) => article.claims[d.denial] === denial)).toBe(true);
    expect(denial.excluded).toBe(false);
    expect(denial.checkWorthiness).toBeGreaterThanOrEqual(0.35);
  });
});

describe('look-alikes of the new classes (from a review): no dispute', () => {
  it('"another" or "other" on what is counted, and a year beside a percentage, are no second source', () => {
    expect(
      pairs(`
officials|The storm damaged 200 homes in the north, officials said.
the Red Cross|Another 500 homes in the south were also damaged, the Red Cross said.

the ministry|Unemployment rose 5% in 2023, the ministry said.
Other economists|Other economists said inflation hit 9% in 2023.`),
    ).toEqual([]);
  });

  it('a defence of a place or a thing answers no accusation', () => {
    expect(
      pairs(`
Rebels were accused of shelling the city on Monday.
The army|The army defended the city against the attack.

Observers accused the ruling party of rigging the vote.
Officials|Officials stood by the ballot boxes while the vote was counted.`),
    ).toEqual([]);
    expect(analyzeArticle('Nadal\n\nNadal defended his title at Roland Garros on Sunday.').claims.at(-1)!.reasons).not.toContain('denial');
  });

  it('"In fact" about something else corrects nothing; a six-letter prefix is no stem ("invested" / "investigate")', () => {
    expect(
      pairs(`
The new stadium is seen as a symbol of the city's revival.
In fact, it has hosted 40 events this year.

The minister|The minister said he never invested in the mining company.
police|But police said they did investigate the mining company.`),
    ).toEqual([]);
  });

  it('who holds a doubt: a noun ending in -ly is no adverb; a passive agent stops at a preposition', () => {
    expect(findDenial('The family questioned the findings.')?.holder).toBe('The family');
    expect(findDenial('Mr Kelly questioned the claims.')?.holder).toBe('Mr Kelly');
    expect(findDenial('These figures have been questioned by economists at the central bank on Monday.')?.holder).toBe('economists');
  });
});

describe('a denial is about what it names', () => {
  it('"no such assurance had been given" still answers the telling just before it', () => {
    const a = analyzeArticle('Shah said the bank had told the town council in 2023 that the branch was “not under review”. Northway said no such assurance had been given.');
    expect(a.disputes.map((d) => [a.claims[d.denial]!.text.slice(0, 8), a.claims[d.target]!.text.slice(0, 8)])).toEqual([['Northway', 'Shah sai']]);
  });

  it('"no such thing", "no such operation", "no such meeting": what was reported just before, in other words', () => {
    const cases = [
      ['The Sunday Times reported that the minister had asked officials to delete emails about the contract.', 'Speaking on Monday, the minister said no such thing had happened.'],
      ['Residents said an army drone struck a wedding party in Kaduna on Sunday, killing 85 villagers.', 'The army said no such operation had been carried out in the area.'],
      ['Reports said the minister met the tycoon at a hotel in Dubai last month.', 'His office said no such meeting took place.'],
    ];
    for (const [claim, denial] of cases) {
      const a = analyzeArticle(`${claim}\n\n${denial}`);
      expect(a.disputes.map((d) => [d.denial, d.target]), denial).toEqual([[1, 0]]);
    }
  });

  it('an accusation told in the denial’s sentence with words between its noun and "that" is not the claim before', () => {
    const a = analyzeArticle(
      'Opposition leader Nelson Chamisa said on Monday that 40 of his party’s members had been arrested in Harare since Friday.\n\nResponding to allegations by the opposition that police had beaten detained protesters, Home Affairs Minister Kazembe Kazembe said the claims were totally false.',
    );
    expect(a.disputes).toEqual([]);
  });

  it('an unrelated "charged" before the denial does not take its object', () => {
    const a = analyzeArticle(
      'Lawyer Danstan Omari said his client had been tortured in custody and denied food for three days.\n\nPolice, who charged Mwangi with murder at the Kibera law courts on Friday, said the allegations were false.',
    );
    expect(a.disputes.map((d) => [d.denial, d.target])).toEqual([[1, 0]]);
  });

  it('"the accusation" a sentence tells before denying it is not the claim before the sentence', () => {
    const a = analyzeArticle(
      '“Since the investigation is ongoing, no one is in a position to make any conclusions,” Mr Tse said.\n\n' +
        'Responding to the Hong Kong Journalists Association’s statement issued on September 16 claiming police officers were favouring one party when enforcing the law, Mr Tse said the accusation is totally false.',
    );
    expect(a.disputes).toEqual([]);
  });
});

describe('a denial of what a named publication alleged', () => {
  it('"denied the allegations made in the Guardian report" answers the Guardian’s claim, however far back', () => {
    const text = [
      'Egyptian army accused of torturing prisoners',
      'The Egyptian military has been secretly detaining and torturing protesters, according to testimony gathered by the British newspaper the Guardian.',
      'The newspaper put the number of people detained at "hundreds, possibly thousands."',
      'Egyptians have long associated such crimes with the intelligence services, but not with the army.',
      '"It is unprecedented for the army to be doing this," Hossam Bahgat, a rights campaigner, told the Guardian.',
      'The army has a long record of staying out of politics, analysts say.',
      'Protests began on January 25 and spread to 20 cities within a week.',
      '"The armed forces sticks to the principle of protecting peaceful protesters," an armed forces source told Reuters.',
      'Speaking to Al Jazeera, Safwat El Zayat, a retired general in the Egyptian military, categorically denied the allegations made in the Guardian report.',
    ].join('\n\n');
    const a = analyzeArticle(text);
    const denial = a.claims.findIndex((c) => c.text.startsWith('Speaking to Al Jazeera'));
    const targets = a.disputes.filter((d) => d.denial === denial).map((d) => a.claims[d.target]!.text.slice(0, 30));
    expect(targets).toEqual(['The Egyptian military has been']);
    expect(a.claims[denial - 0]!.speaker).toBe('Safwat El Zayat');
    expect(a.claims.find((c) => c.text.startsWith('The Egyptian military'))!.speaker).toBe('the Guardian');
  });
});

describe('a negation inside a condition', () => {
  it('supposes it and contradicts nothing; the same negation asserted still does', () => {
    const before = 'The United States has been trying to persuade both sides to stand down, but the declaration makes that more difficult.\n\n';
    const supposed = analyzeArticle(`${before}“If both sides can’t be persuaded to back down, then they will be on a trajectory that could lead to collapse,” Indyk said.`);
    expect(supposed.disputes).toEqual([]);
    const asserted = analyzeArticle(`${before}“Both sides can’t be persuaded to back down,” Indyk said.`);
    expect(asserted.disputes.map((d) => [d.denial, d.target])).toEqual([[1, 0]]);
    // "until" is about time, and a condition before the clause with the negation does not suppose it.
    const records = 'Tax records released on Monday show the company paid all its taxes in 2019, Smith said.\n\n';
    expect(analyzeArticle(`${records}Jones said that until last year the company did not pay any taxes at all.`).disputes.map((d) => [d.denial, d.target])).toEqual([[1, 0]]);
    expect(analyzeArticle(`${records}Auditor Tom Jones said that even if it filed returns the company did not pay any taxes.`).disputes.map((d) => [d.denial, d.target])).toEqual([[1, 0]]);
  });
});

describe('a denial of what a named owner claimed, far back', () => {
  it('answers the owner’s own claim by its whole name, lower-case words and plural forms too, and nothing told on the way', () => {
    const text = [
      'In a joint statement published Oct. 25, the Russian and Syrian defense ministries accused U.S. forces in southern Syria of controlling “bandit formations” and blocking aid to the Rukban camp.',
      'The U.S. base at al-Tanf is located inside a 55-kilometer zone on the Baghdad-Damascus highway.',
      'According to the Pentagon, the base serves as an outpost in the fight against the Islamic State group.',
      'The population in the camp is estimated at around 40,000.',
      'Omar Lamrani, a senior analyst at Stratfor, told Business Insider that the group was "fairly secular by regional standards."',
      'Charles Simpson of Tufts University told Polygraph.info the Russian Defense Ministry’s allegations are false.',
      'A source inside the camp said that the Russian and Syrian defense ministry’s claim is “absolutely not true.”',
      'Cmdr. Sean Robertson told reporters that the Russian and Syrian defense ministry’s claim “is patently false,” and that “the United States is not preventing people from leaving.”',
    ].join('\n\n');
    const a = analyzeArticle(text);
    const at = (start: string) => a.claims.findIndex((c) => c.text.startsWith(start));
    const pairs = a.disputes.map((d) => [d.denial, d.target]);
    expect(pairs).toEqual([
      [at('Charles Simpson'), at('In a joint statement')],
      [at('A source inside'), at('In a joint statement')],
      [at('Cmdr. Sean Robertson'), at('In a joint statement')],
    ]);
  });
});

describe('who a denial in a relative clause is credited to', () => {
  it('"Assange, who denies the accusation, has …": the name the clause is about, at its fullest', () => {
    const a = analyzeArticle(
      'Prosecutors have dropped an investigation into a rape allegation made against Julian Assange in 2010.\n\n“I have always been innocent,” Julian Assange said in 2016.\n\nAssange, who denies the accusation, has avoided extradition to Sweden for seven years.',
    );
    const d = a.disputes.find((x) => a.claims[x.denial]!.text.startsWith('Assange, who denies'));
    expect(d?.speaker).toBe('Julian Assange');
    // Without a relative clause, the sentence's own speaker stands.
    const b = analyzeArticle('Prosecutors have dropped an investigation into an allegation made against the company.\n\nThe company denies the accusation.');
    expect(b.disputes[0]?.speaker).toBe('The company');
  });
});

describe('a relative clause’s denier when the article names two people with that surname', () => {
  it('keeps the surname as written rather than guess between them', () => {
    const a = analyzeArticle('Eric Trump said the family business was sound.\n\nProsecutors allege that Donald Trump inflated the value of his properties.\n\nTrump, who denies wrongdoing, has called the case a witch hunt.');
    expect(a.disputes.find((d) => a.claims[d.denial]!.text.startsWith('Trump, who'))?.speaker).toBe('Trump');
    const b = analyzeArticle('Tom Smith, 45, is charged with fraud.\n\nHis wife, Mary Smith, said he had been a loyal employee.\n\nSmith, who denies the charges, will appear in court on Monday.');
    expect(b.disputes.find((d) => b.claims[d.denial]!.text.startsWith('Smith, who'))?.speaker).toBe('Smith');
  });
});

describe('one party answering another, told by the article', () => {
  const links = (text: string) => {
    const a = analyzeArticle(text);
    return a.disputes.map((d) => ({ reply: a.claims[d.denial]!.text.slice(0, 30), answered: a.claims[d.target]!.text.slice(0, 30), speaker: d.speaker, doubt: d.doubt ?? false }));
  };

  it('"However, X insisted …" / "But X said … did provide …" contests the earlier claim of another party, both sides, neither called false', () => {
    expect(
      links(`Human rights groups have claimed that thousands of families have been evicted due to concessions.

Land disputes can be brutal. In March, armed forces shot at protesters in Kratie province.

However, the prime minister insisted that his government never evicted villagers who were living legally on the land.`),
    ).toEqual([{ reply: 'However, the prime minister in', answered: 'Human rights groups have claim', speaker: 'the prime minister', doubt: true }]);
    expect(
      links(`The agency said in a statement that it chose not to provide the vaccinations because of the short stays of migrants in its facilities.

But Arroyo said the government has done wide scale vaccinations before and did provide vaccine in earlier outbreaks.`),
    ).toEqual([{ reply: 'But Arroyo said the government', answered: 'The agency said in a statement', speaker: 'Arroyo', doubt: true }]);
  });

  it('no answer: a contrast taking no side, a role named "opposition", the tail of a quotation, the same speaker going on', () => {
    // "did an internship" stresses nothing; nothing in the sentence takes the other side.
    expect(links(`Cook said he is extremely proud of his company's progress on privacy.

But Apple has had a place in his heart since 1984, Benioff said, ever since he did an internship at the company.`)).toEqual([]);
    expect(links(`Mr Chandolia alleged that Mr Kejriwal was part of a conspiracy against the BJP.

However, it was said by Mr Gupta that the BJP was prepared to play its role as a strong opposition.`)).toEqual([]);
    expect(links(`“If we don’t register, we will be called opposition members,” Sokha said.

“We must register. But unfortunately, we observe that state institutions never serve the state,” Rong Chhun said.`)).toEqual([]);
    expect(links(`The minister said the scheme had cut waiting lists.

But the minister warned that waiting lists in the north had not been cut.`)).toEqual([]);
  });
});

describe('a person judged wrong about what they said', () => {
  it('"Zakharova said that Lavrov was wrong about the VOA reporting" disputes what Lavrov said, credited to her', () => {
    const a = analyzeArticle(`Lavrov spoke at his annual press conference on Tuesday.

“The VOA reporter was lying because by then our officials had spoken,” Lavrov said.

Russia's Foreign Ministry spokeswoman Maria Zakharova said later on Tuesday that Lavrov was wrong about the VOA reporting.`);
    expect(a.disputes.map((d) => [d.phrase, d.speaker, a.claims[d.target]!.text.slice(0, 24)])).toEqual([
      ['Lavrov was wrong about the VOA reporting', 'Maria Zakharova', '“The VOA reporter was ly'],
    ]);
  });

  it('no denial: wrong to act, a pronoun, "not wrong", a thing that is wrong-footed', () => {
    expect(findDenial('Smith was wrong to resign.')).toBeNull();
    expect(findDenial('He was wrong about the figures.')).toBeNull();
    expect(findDenial('Lavrov was not wrong about it.')).toBeNull();
    expect(findDenial('Smith was wrong-footed by the question.')).toBeNull();
    expect(findDenial('Doe was mistaken in saying the vaccine failed.')?.target).toEqual({ kind: 'anaphora', plural: false, noun: null, possessor: 'Doe' });
  });
});

describe('a denial told by a participle inside another clause', () => {
  it('"… the same day that Russian officials issued their response to the allegations, dismissing them" is the officials’ denial of the allegations', () => {
    const a = analyzeArticle(`U.S. intelligence agencies said Russian hackers interfered with the election, and officials presented the allegations to senators.

Lavrov said the article had been published on January 9 — the same day that Russian officials issued their first formal response to the U.S. allegations, dismissing them as a "full-scale witch hunt."`);
    expect(findDenial('… officials issued their first formal response to the U.S. allegations, dismissing them as a "witch hunt."')?.target).toEqual({ kind: 'anaphora', plural: true, noun: 'allegations', possessor: null });
    expect(a.disputes.map((d) => [d.phrase, d.speaker])).toEqual([['dismissing them', 'Russian officials']]);
  });

  it('the sentence’s own speaker keeps a participle hanging on its own clause', () => {
    const a = analyzeArticle(`Prosecutors allege that the company paid bribes to three officials.

The company issued a statement on Monday, denying the allegations.`);
    expect(a.disputes.map((d) => d.speaker)).toEqual(['The company']);
  });
});

describe('look-alikes of the answering and judged-wrong rules (from a review)', () => {
  const doubts = (text: string) => analyzeArticle(text).disputes.filter((d) => d.doubt).length;
  it('no answer: a side-taking word inside the speaker\'s name or used plainly, an ally "also", a question, a straight quotation\'s tail', () => {
    expect(doubts('The bill would pass by Friday, the Senate leader said.\n\nBut Senator Mark Warner said the bill would come to a vote on Thursday.')).toBe(0);
    expect(doubts('Ukraine said its drones hit a refinery overnight.\n\nHowever, the Defense Ministry in Moscow said its forces struck military targets overnight.')).toBe(0);
    expect(doubts('Pep Guardiola said his team deserved to win the match.\n\nBut the opposing coach, Mikel Arteta, said his players were proud of the match.')).toBe(0);
    expect(doubts('The ministry said the new airport would open in 2026.\n\nHowever, the regional governor said the new airport lies 40 km from the capital.')).toBe(0);
    expect(doubts('Union leader Sharon Graham said the pay offer was an insult.\n\nHospital bosses said the pay offer was fair.\n\nBut nurses\' leader Pat Cullen also rejected the pay offer as an insult.')).toBe(0);
    expect(doubts('The earthquake destroyed 2,000 homes, officials said.\n\nIn response to the earthquake, the government said it would not raise taxes.')).toBe(0);
    expect(doubts('Prosecutors said Smith lied to investigators about the payments.\n\nBut did Smith lie to investigators, defense lawyer Amy Cole asked the jury.')).toBe(0);
    expect(doubts('Guardiola said the penalty was clear.\n\n"Look, the penalty was soft. But I don\'t blame the referee," Arteta said.')).toBe(0);
    expect(doubts('Exports rose 3 percent in May, the ministry said.\n\nBut economists said imports did not fall by even 1 percent.')).toBe(0);
  });

  it('"X was wrong about Y" denies one of X\'s claims, the one Y is about; not when taken back, supposed or reported', () => {
    const a = analyzeArticle('Musk said Tesla would deliver 2 million cars this year.\n\nMusk said reservations had doubled.\n\nMusk said Autopilot was safer than human drivers.\n\nRegulators said Musk was wrong about the safety of Autopilot.');
    expect(a.disputes.map((d) => a.claims[d.target]!.text.slice(0, 24))).toEqual(['Musk said Autopilot was ']);
    expect(findDenial('Sunak was wrong to call an early election, MPs said.')).toBeNull();
    expect(findDenial('Lavrov was hardly wrong about the VOA reporting.')).toBeNull();
    expect(findDenial('If Lavrov was wrong about the reporting, he should apologise.')).toBeNull();
    expect(findDenial('Those who said Jones was wrong about the vote have since apologised.')).toBeNull();
  });
});

