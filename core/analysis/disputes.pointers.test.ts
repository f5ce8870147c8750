/**
 * Disputes told in words the tuned phrasings did not cover: pointers back to a
 * claim ("dismissed that account"), reworded content ("concealed" ~ "hidden"),
 * bare contradictions ("Nobody has hired anybody"), the target of a generic
 * "denied wrongdoing", and plural anaphora over a paragraph break. Every
 * article here is invented for the test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../import/analyze';
import { concept } from './concepts';
import { findDenial, findNegation } from './denial';
import { findDisputes } from './disputes';
import { pairs } from './test-rows';
import type { AnalysisRow } from './types';

/** Targets' first words only. */
function targets(article: string): string[] {
  return pairs(article).map((p) => p[1]);
}

/** Through the whole engine: [target's first words, phrase]. */
function analyzed(text: string): Array<[string, string]> {
  const a = analyzeArticle(text);
  return a.disputes.map((d) => [a.claims[d.target]!.text.slice(0, 30), d.phrase]);
}

describe('pointers back to a claim', () => {
  it('"dismissed that account" -> the nearest attributed claim by someone else', () => {
    expect(
      pairs(`
Rain fell across the region for a third day on Thursday.
Karl Brenner|A former guard, Karl Brenner, said inmates had been kept in their cells for 23 hours a day.
Prison service|The prison service dismissed that account.`),
    ).toEqual([['The prison service dismi', 'A former guard, Karl Bre', 'dismissed that account']]);
  });

  it('"rejected that reading of the study" -> the claim about the study', () => {
    expect(
      targets(`
Lena Ortiz|Campaigners said the study showed that the new pesticide was killing bees in large numbers.
The product went on sale in 2021.
Agrovance|Agrovance rejected that reading of the study, saying bee numbers had been falling for a decade.`),
    ).toEqual(['Campaigners said the stu']);
  });

  it('"X rejected that finding" and "rejected the characterisation"', () => {
    expect(
      targets(`
Auditors|The auditors found that the hospital trust had overspent its budget by 12 million pounds.
Hospital trust|The trust rejected that finding.`),
    ).toEqual(['The auditors found that ']);
    expect(
      targets(`
Mara Velic|Union leader Mara Velic described the offer as a pay cut in disguise.
Transport authority|The transport authority rejected the characterisation, saying drivers would earn more.`),
    ).toEqual(['Union leader Mara Velic ']);
  });

  it('"the accusation was \'flatly false\'" (a quoted adjective about the accusation)', () => {
    expect(
      pairs(`
Opposition leader Piet Hals accused the mayor of awarding the contract to a friend.
The mayor's office|The mayor's office said the accusation was 'flatly false'.`),
    ).toEqual([["The mayor's office said ", 'Opposition leader Piet H', "said the accusation was 'flatly false'"]]);
    expect(
      targets(`
Opposition leader Piet Hals accused the mayor of awarding the contract to a friend.
The mayor's office|The mayor’s office said the accusation was “flatly false”.`),
    ).toEqual(['Opposition leader Piet H']);
  });

  it('"said that figure was wrong", "disputed those numbers": the claim holding a figure', () => {
    expect(
      targets(`
Union|The union said 340 jobs would go at the plant by the end of the year.
Union|It said members would vote on strike action next month.
Management|The company said that figure was wrong.`),
    ).toEqual(['The union said 340 jobs ']);
    expect(
      targets(`
Ana Ruiz|Ruiz said waiting lists had grown by a third since March.
Ana Ruiz|She called on the board to resign.
Health board|The health board disputed those numbers.`),
    ).toEqual(['Ruiz said waiting lists ']);
  });

  it('"called the report inaccurate", "denied the account", "this version of events"', () => {
    expect(
      targets(`
The Herald reported that the club had failed to pay its players for two months.
Club|The club called the report inaccurate.`),
    ).toEqual(['The Herald reported that']);
    expect(
      targets(`
Witness|One witness said the officers had hit the man several times with batons.
Police|Police denied the account.`),
    ).toEqual(['One witness said the off']);
    expect(
      targets(`
Petra Lind|Lind said she was told to leave the building without her belongings.
Employer|The company rejected this version of events.`),
    ).toEqual(['Lind said she was told t']);
  });

  it('"their number was far below the figure given" -> the figure about the same thing, even a few paragraphs back', () => {
    expect(
      targets(`
Ida Moss|Minister Ida Moss said the army had moved at least 4,000 soldiers to the frontier since August.

Officials|Officials said three drones had been shot down near the border.
Officials|Officials said 14 flights had been diverted last week.

Viktor Aslanov|Aslanov did not deny that additional troops had been sent, but said their number was "far below" the figure given by Moss.`),
    ).toEqual(['Minister Ida Moss said t']);
    expect(findDenial('Sales were higher than the forecast.')).toBeNull();
    expect(findDenial('Turnout was not below the figure for 2019.')).toBeNull();
  });

  it('"account" is not "accounting", "figure" needs a figure', () => {
    expect(
      targets(`
Witness|A former employee said managers had shredded documents before the audit.
Prosecutors|Prosecutors said the firm had kept false accounting records for years.
Harwick|"That account is simply untrue," a Harwick spokesman said.`),
    ).toEqual(['Prosecutors said the fir']);
  });
});

describe('content reworded', () => {
  it('hidden ~ concealed', () => {
    expect(
      targets(`
Prosecutors|Prosecutors said the company had concealed the transfers from its auditors for three years.
The trial is expected to last six weeks.
Defence|Lawyers for the company rejected the prosecution's claim that the transfers had been hidden.`),
    ).toEqual(['Prosecutors said the com']);
  });

  it('selling ~ buyer', () => {
    expect(
      targets(`
Sky Sports|The owners of Marlow Town have hired an adviser to find a buyer for the club, according to Sky Sports.
The team is fourth in the league.
Club|The club dismissed reports that the owners were looking to sell.`),
    ).toEqual(['The owners of Marlow Tow']);
  });

  it('paid ~ payment, died ~ killed', () => {
    expect(
      targets(`
Ombudsman|The ombudsman said the council had paid the contractor twice for the same work.
Council|The council denied that any double payment had been made to the contractor.`),
    ).toEqual(['The ombudsman said the c']);
    expect(
      targets(`
Rebels|Rebel spokesmen said 40 civilians had been killed in the air strike on the market.
Army|The army denied that civilians had died in the strike.`),
    ).toEqual(['Rebel spokesmen said 40 ']);
  });

  it('an unrelated claim sharing one word does not link', () => {
    expect(
      targets(`
Council|The council said it would hire 20 new teachers for the autumn term.
Mayor|The mayor denied that the school would be sold to a developer.`),
    ).toEqual([]);
  });
});

describe('contradiction without a denial verb', () => {
  it('"Nobody has hired anybody to sell anything."', () => {
    expect(
      pairs(`
Sky Sports|The owners of Marlow Town have hired an adviser to find a buyer for the club, according to Sky Sports.
Club chairman|"Nobody has hired anybody to sell anything," the club chairman said.`),
    ).toEqual([['"Nobody has hired anybod', 'The owners of Marlow Tow', 'Nobody has hired anybody to sell anything']]);
  });

  it('"The company had not funded the research" after "funded by the company"', () => {
    expect(
      targets(`
Campaigners|Campaigners said the study had been funded by the company that makes the drug.
Company|The company said it had not funded the research.`),
    ).toEqual(['Campaigners said the stu']);
  });

  it('"No water had been released into it" after "released water into the river"', () => {
    expect(
      pairs(`
Farmers|Farmers said the dam operator had released water into the river without warning on Sunday.
Operator|"No water had been released into it since May," the operator said.`),
    ).toEqual([['"No water had been relea', 'Farmers said the dam ope', 'No water had been released into it since May']]);
  });

  it('ordinary negative facts do not link', () => {
    expect(
      targets(`
Police|Police said two men had been arrested after the crash on the A40.
Police did not release the names of the men.
No one was injured.`),
    ).toEqual([]);
    expect(
      targets(`
Police|Police released the names of the two men on Tuesday.
Police|Police did not release the names of the victims.`),
    ).toEqual([]);
    expect(
      targets(`
Witness|A witness said the driver had been speeding.
Hospital|No one was injured in the crash, the hospital said.`),
    ).toEqual([]);
  });

  it('agreement is not contradiction; a same-speaker negation is not either', () => {
    expect(
      targets(`
Regulator|The regulator said the bank had not reported the losses.
Auditor|The auditor said the bank had not reported the losses either.`),
    ).toEqual([]);
    expect(
      targets(`
Company|The company said it had hired 200 people this year.
Company|It said it had not hired any managers.`),
    ).toEqual([]);
  });

  it('"did not deny" and "would not comment" are not contradictions', () => {
    expect(
      targets(`
Reporters|Reporters said the minister had met the lobbyist twice.
Minister|The minister did not deny meeting the lobbyist.
Ministry|The ministry would not comment on the meetings with the lobbyist.`),
    ).toEqual([]);
  });
});

describe('which allegation a generic denial answers', () => {
  it('"The company has denied wrongdoing" -> the accuser\'s allegation, not the charge sheet', () => {
    expect(
      targets(`
SFO|The SFO alleges that Harwick Metals concealed payments of 40 million pounds to agents in three countries.
The three defendants are charged with conspiracy to make corrupt payments.
The company|The company has denied wrongdoing.`),
    ).toEqual(['The SFO alleges that Har']);
  });

  it('the allegation naming the denier beats a nearer passing one', () => {
    expect(
      targets(`
Rights group|Rights group Amnesty said Veltran Mining had dumped toxic waste in the river.
Residents|Residents said fish had been dying in the lake for months.
Veltran Mining|Veltran Mining denied the allegation.`),
    ).toEqual(['Rights group Amnesty sai']);
  });

  it('a denial of something the article never said links to nothing', () => {
    expect(
      targets(`
The council approved the new budget on Monday after a long debate.
Mayor|The mayor denied that she had ever used a council car for private trips.`),
    ).toEqual([]);
  });
});

describe('plural anaphora gathers the whole accusation', () => {
  it('"rejected these claims as baseless" over a paragraph break', () => {
    expect(
      targets(`
Norvenia|Norvenia on Tuesday accused Kastel Energy of overcharging households by 200 million euros.

Ida Moss|Energy minister Ida Moss said the company had inflated its gas prices for two winters.
Ida Moss|She said Kastel had also hidden profits in a Dutch subsidiary.

Kastel Energy spokesperson|A spokesperson for the company rejected these claims as baseless.`),
    ).toEqual(['Norvenia on Tuesday accu', 'Energy minister Ida Moss', 'She said Kastel had also']);
  });

  it('details by the accuser\'s people, with an unrelated sentence passed over', () => {
    expect(
      targets(`
Greenpeace|Greenpeace on Tuesday accused Nordal Chemicals of dumping solvents into the Lira river.

Jan Wolf|Campaigner Jan Wolf said samples taken below the plant showed solvent levels 30 times the legal limit.
Jan Wolf|He said the company had known about the problem since 2022.

Nordal spokesperson|A spokesperson for the company rejected these claims as baseless.`),
    ).toEqual(['Greenpeace on Tuesday ac', 'Campaigner Jan Wolf said', 'He said the company had ']);
    expect(
      targets(`
Greenpeace|Greenpeace on Tuesday accused Nordal Chemicals of dumping solvents into the Lira river.
The group published photographs of discoloured water near the plant.

Jan Wolf|Campaigner Jan Wolf said samples taken below the plant showed solvent levels 30 times the legal limit.
Jan Wolf|He said managers had known about the problem since 2022.

Nordal spokesperson|A spokesperson for the company rejected these claims as baseless.`),
    ).toEqual(['Greenpeace on Tuesday ac', 'Campaigner Jan Wolf said', 'He said managers had kno']);
  });

  it('background in the article\'s own voice is not part of the accusation', () => {
    expect(
      targets(`
Greenpeace|Greenpeace accused Nordal Chemicals of dumping solvents into the river.
The river is popular with anglers, who catch trout there.
Nordal|Nordal rejected these claims.`),
    ).toEqual(['Greenpeace accused Norda']);
  });

  it('stops at the story before the accusation', () => {
    expect(
      targets(`
Prices for gas rose by 8% in the year to March, the statistics office said.
Norvenia|Norvenia on Tuesday accused Kastel Energy of overcharging households by 200 million euros.
Ida Moss|Energy minister Ida Moss said the company had inflated its gas prices for two winters.

Kastel Energy|Kastel Energy rejected these claims.`),
    ).toEqual(['Norvenia on Tuesday accu', 'Energy minister Ida Moss']);
  });
});

describe('not disputes', () => {
  it('things refused and proposals rejected stay out', () => {
    expect(
      targets(`
Prosecutors|Prosecutors said the suspect had fled to Spain.
The court denied bail.
Parliament rejected the proposal by 200 votes to 150.
The spokesman did not deny the report.`),
    ).toEqual([]);
  });

  it('negated-fact sentences are not denials on their own', () => {
    for (const s of ['Police did not release the names.', 'No one was injured.', 'Nobody has hired anybody to sell anything.']) {
      expect(findDenial(s)).toBeNull();
    }
    expect(findNegation('Police did not release the names.')?.verb).toBe('release');
    expect(findNegation('The minister did not deny the report.')).toBeNull();
    expect(findNegation('Whether or not the talks go ahead, prices will rise.')).toBeNull();
  });

  it('concepts fold the small synonym table only', () => {
    expect(concept('concealed')).toBe(concept('hidden'));
    expect(concept('buyer')).toBe(concept('selling'));
    expect(concept('payment')).toBe(concept('paid'));
    expect(concept('died')).toBe(concept('killed'));
    expect(concept('coverage')).not.toBe(concept('hidden'));
    expect(concept('crossing')).not.toBe(concept('entered'));
  });
});

describe('through the whole engine', () => {
  it('a club story: a report, a bare contradiction and a pointer', () => {
    const text = `MARLOW - The owners of Marlow Town FC have hired an adviser to find a buyer for the club, Sky Sports reported on Monday.

"Nobody has hired anybody to sell anything," chairman Tom Reid told the Marlow Echo.

Reid also said the club had paid all its players on time this season. Two former players said they had not been paid since March.`;
    const got = analyzed(text);
    expect(got).toContainEqual(['The owners of Marlow Town FC h', 'Nobody has hired anybody to sell anything']);
  });
});

describe('whole articles', () => {
  it('a study story: "that reading of the study" is the finding; a denial of funding it did not get is no dispute', () => {
    const text = `A study published on Monday found that children who live near the Harlow incinerator are twice as likely to develop asthma.

The study was funded by Clean Air Now, a campaign group, and carried out by researchers at Kessling University.

Northgate Waste, which runs the incinerator, rejected that reading of the study. "The authors looked at 300 children over two years. That is far too small a sample," a company spokesman said.

The company had not funded any of the research, he added, and had not been asked to provide emission data.`;
    expect(analyzed(text)).toEqual([['A study published on Monday fo', 'rejected that reading of the study']]);
  });

  it('a water row: a quoted "flatly false" and a bare "No water had been released"', () => {
    const text = `Farmers in the Vell valley say the Rosk dam operator released water into the river without warning on Sunday, flooding more than 200 hectares of farmland.

"We lost the whole harvest in one night," said Ana Petrova, who grows maize near the village of Dolna.

The operator, Hydro Rosk, said the accusation was "flatly false". No water had been released into the river since May, it said in a statement.

Police did not release the names of two men who were rescued from a car on Sunday. No one was injured.`;
    expect(analyzed(text)).toEqual([
      ['Farmers in the Vell valley say', 'said the accusation was "flatly false"'],
      ['Farmers in the Vell valley say', 'No water had been released into the river since May'],
    ]);
  });

  it('a fraud case: "denied wrongdoing" answers the SFO; "the prosecution\'s claim" is the prosecutors\'', () => {
    const text = `The Serious Fraud Office said on Thursday it had charged three former executives of Harwick Metals with bribery.

The SFO alleges that Harwick Metals paid 12 million pounds to agents in Nigeria and Angola to win mining contracts between 2014 and 2018. The three defendants are charged with conspiracy to make corrupt payments.

The company has denied wrongdoing.

Prosecutors said the company had concealed the transfers in its accounts as consultancy fees. Lawyers for the defendants rejected the prosecution's claim that the payments had been hidden, saying they were recorded in full.`;
    expect(analyzed(text)).toEqual([
      ['The SFO alleges that Harwick M', 'denied wrongdoing'],
      ['Prosecutors said the company h', "rejected the prosecution's claim that the payments had been hidden"],
    ]);
  });

  it('a senator\'s accusation: all three sentences, and "that figure" is the department\'s number', () => {
    const text = `WASHINGTON (AP) — Senator Mark Delaney on Tuesday accused the Commerce Department of delaying export licences for political reasons.

Delaney said at least 14 applications from companies in his state had been held up for more than six months. He also said department officials had told the firms to hire lobbyists with ties to the administration.

A Commerce Department spokeswoman rejected these claims as baseless. "Every application is reviewed on its merits," she said.

The department said it had processed 2,300 licence applications last year, up from 1,900 in 2023.

Delaney's office said that figure was misleading.`;
    expect(analyzed(text).map((p) => p[0])).toEqual([
      'Senator Mark Delaney on Tuesda',
      'Delaney said at least 14 appli',
      'He also said department offici',
      'The department said it had pro',
    ]);
  });
});

describe('properties', () => {
  const sentence = fc.constantFrom(
    'The ministry denied the allegations.',
    'Officials said the army had shelled the village.',
    'Nobody has hired anybody.',
    'The company rejected that account.',
    'That figure is wrong.',
    'It was not true.',
    'The council said 40 jobs would go.',
    'Police did not release the names.',
    'Rebels accused the army of killing 12 civilians.',
    'No water had been released.',
    'These claims are baseless.',
    '',
    'denied',
  );
  const speaker = fc.constantFrom(null, 'The ministry', 'Officials', 'The company', 'Rebels');
  it('never throws, never points to itself, a non-claim or far ahead', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, speaker, fc.boolean(), fc.boolean()), { maxLength: 30 }), (spec) => {
        let text = '';
        const r: AnalysisRow[] = spec.map(([s, who, claim, para]) => {
          if (para) text += '\n\n';
          const start = text.length;
          text += `${s} `;
          return { text: s, start, end: start + s.length, kind: claim ? 'claim' : 'headline', speaker: who };
        });
        for (const d of findDisputes(text, r)) {
          expect(d.target).not.toBe(d.denial);
          expect(r[d.target]!.kind).toBe('claim');
          expect(r[d.denial]!.kind).toBe('claim');
          expect(d.target - d.denial).toBeLessThanOrEqual(12);
          expect(d.denial - d.target).toBeLessThanOrEqual(60);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a denial of a report or study answers what the article says it found', () => {
  it('"rejected the report as biased" -> the report\'s claims, not an author\'s aside', () => {
    const got = analyzed(`A report published on Tuesday by the Institute for Fiscal Clarity found that the government's housing scheme had helped fewer than 4,000 first-time buyers, far short of its target of 20,000.

The report said the scheme had cost taxpayers 1.2 billion pounds in its first two years. According to the report, most of the money went to buyers who would have bought a home anyway.

"The scheme was badly designed from the start," said Helen Marsh, one of the report's authors. "That is fine until it isn't."

Housing minister Tom Reeve said the government was proud of its record on housing.

The Treasury rejected the report as biased, saying its authors had ignored the scheme's wider benefits.`);
    expect(got.map((p) => p[0])).toEqual(['A report published on Tuesday ', 'The report said the scheme had', 'According to the report, most ']);
  });

  it('"called the study flawed" -> the researchers\' estimate and what the study found', () => {
    const got = analyzed(`Researchers at Kessling University have estimated that air pollution from the Harlow incinerator causes 30 early deaths a year.

The study, published in the Lancet on Monday, found that nitrogen dioxide levels near the plant were three times the legal limit.

Local resident Jim Cole said he had been worried about the plant for years. "My kids cough all winter," he said.

The study estimates that closing the plant would save the NHS 4 million pounds a year.

The incinerator's operator, Northgate Waste, called the study flawed and said its own monitoring showed emissions within limits.`);
    expect(got.map((p) => p[0])).toEqual(['Researchers at Kessling Univer', 'The study, published in the La', 'The study estimates that closi']);
  });

  it('"disputed the survey\'s methodology" -> the survey and its authors, not a third party', () => {
    const got = analyzed(`A survey by the Retail Federation found that one in three shops in the town centre had closed since 2019.

The federation said rents had risen by 40 per cent over the same period.

The council's planning chief, Ann Weller, said the town was "on the up".

In a statement, the council disputed the survey's methodology, saying it had counted empty units that were being refurbished.`);
    expect(got).toEqual([
      ['A survey by the Retail Federat', "disputed the survey's methodology"],
      ['The federation said rents had ', "disputed the survey's methodology"],
    ]);
  });

  it('"dismissed the report" after a newspaper reported something -> that sentence', () => {
    expect(
      targets(`
The Sunday Herald|The Sunday Herald reported that the minister had met the lobbyist three times in March.
Opposition MPs|Opposition MPs said the meetings should be investigated.
Spokesman|A spokesman for the minister dismissed the report as gossip.`),
    ).toEqual(['The Sunday Herald report']);
  });

  it('"rejected the report" takes no opinion quoted from one of its authors', () => {
    expect(
      targets(`
Helen Marsh|"That is fine until it isn't," said Helen Marsh, one of the report's authors.
The Treasury|The Treasury rejected the report.`),
    ).toEqual([]);
  });
});

describe('an investigative story closing on a broad denial', () => {
  it('"said the allegations were without merit" -> the former employees\' accounts, not background', () => {
    const got = analyzed(`Former employees of Dunmore Health say the company pressured nurses to discharge patients early to free up beds.

Dunmore Health runs 14 private hospitals across the north of England and employs about 6,000 staff.

Sarah Kell, who worked as a ward nurse at Dunmore's Leeds hospital until last year, said managers told staff to move patients out before they were ready. "We were told the numbers mattered more than the people," she said.

A second former employee, who asked not to be named, said senior managers had ignored written complaints about staffing levels on night shifts.

The company reported revenue of 480 million pounds last year.

In a statement, Dunmore Health said the allegations were "without merit" and that patient safety was its highest priority.`);
    expect(got.map((p) => p[0])).toEqual([
      'Former employees of Dunmore He',
      'Sarah Kell, who worked as a wa',
      '"We were told the numbers matt',
      'A second former employee, who ',
    ]);
  });

  it('whistleblowers across paragraphs; an industry figure and "the care sector" are not theirs', () => {
    const got = analyzed(`Three whistleblowers have told the Courier that staff at Harlan Care homes were routinely left to look after 30 residents alone at night.

Harlan Care, which is owned by a private equity firm, operates 42 care homes in the Midlands.

One whistleblower, who worked at the company's home in Derby for six years, said managers falsified staffing rotas before inspections.
"They knew exactly what they were doing," she said.

Another former carer said residents had been left in soiled bedding for hours.

The care sector has struggled to recruit staff since 2021, according to industry figures.

Harlan Care said it rejected the allegations and that its homes were safe.`);
    expect(got.map((p) => p[0])).toEqual([
      'Three whistleblowers have told',
      'One whistleblower, who worked ',
      '"They knew exactly what they w',
      'Another former carer said resi',
    ]);
  });

  it('"denied any wrongdoing" with nobody accusing the denier links to nothing', () => {
    expect(
      analyzed(`Harlan Care operates 42 care homes in the Midlands and employs 3,000 people.

The company's chief executive, Ruth Mills, said occupancy had risen to 94 per cent.

Former employee Dan Hope said he had enjoyed working at the company for ten years.

Harlan Care has always denied any wrongdoing.`),
    ).toEqual([]);
    expect(
      analyzed(`The mining company Orrin Resources reported a profit of 2.1 billion dollars for the year, up 12 per cent.

Chief executive Paul Grant said the company would invest 500 million dollars in a new copper mine in Chile.

Orrin has denied any wrongdoing in the past and said it complies with all local laws.`),
    ).toEqual([]);
  });
});

describe('near-synonyms and clauses without "that"', () => {
  it('outage ~ power cut ~ blackout, cyberattack ~ hacking', () => {
    expect(
      targets(`
Large parts of the city were left without electricity on Saturday night.
Claims are circulating on social media that the power cut was caused by a cyberattack.
About 40,000 homes were affected.
Grid operator|The grid operator denied that the outage was caused by a cyberattack, saying a transformer had failed.`),
    ).toEqual(['Claims are circulating o']);
    expect(
      targets(`
Social media|Posts shared widely on social media claimed the power cut had been caused by a Russian cyber attack.

The weather was cold, with temperatures falling to minus four.

Electricity North West|Electricity North West denied the blackout was the result of hacking, saying a transformer had failed.`),
    ).toEqual(['Posts shared widely on s']);
  });

  it('at odds ~ clashed, the chancellor ~ the Treasury; sharing only who it is about is not enough', () => {
    expect(
      targets(`
The Sunday Herald|The Sunday Herald reported that Ms Anand had clashed with the Treasury over funding for police pay.
Police leaders|Police leaders have warned that forces face a shortfall of 300 million pounds next year.
Downing Street|Downing Street dismissed suggestions the home secretary and the chancellor were at odds, saying they worked closely together.`),
    ).toEqual(['The Sunday Herald report']);
    expect(
      targets(`
The home secretary will visit Manchester on Friday to open a new police training centre.
The chancellor is expected to announce the budget on 6 March.
Downing Street|Downing Street dismissed suggestions that the home secretary and the chancellor were at odds.`),
    ).toEqual([]);
  });
});

describe('"said that claim was false" after an opponent\'s words', () => {
  it('the checkable figure, not the promise said after it', () => {
    expect(
      targets(`
Mark Dalton|Opposition leader Mark Dalton said on Monday that the government had cut the number of police officers by 20,000 since 2015.
Mark Dalton|"We will put 10,000 officers back on the beat," he said.
Priya Shah|Home Secretary Priya Shah said that claim was false.`),
    ).toEqual(['Opposition leader Mark D']);
  });

  it('the comparison, not a slogan repeated nearer the denial', () => {
    expect(
      targets(`
Dalton|Speaking in Leeds, Dalton said: "Britain deserves better."
Dalton|He said the government had closed 600 police stations since 2010, more than any government before it.
Dalton|"Britain deserves better," he said again.
Priya Shah|Home Secretary Priya Shah said that claim was false.`),
    ).toEqual(['He said the government h']);
  });
});
