import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeSpan } from './analyze';
import { decodeArticleBytes } from './decode';
import { SAMPLE_PATH, spanProblems } from './test-support';

/** The speaker of the row that starts with `start`. */
const speakerOf = (article: string, start: string) => {
  const row = analyzeArticle(article).claims.find((c) => c.text.startsWith(start));
  if (!row) throw new Error(`no row starts with ${JSON.stringify(start)}`);
  return row.speaker;
};

const text = decodeArticleBytes(fs.readFileSync(SAMPLE_PATH));
const article = analyzeArticle(text);
const claimStarting = (start: string) => {
  const found = article.claims.find((c) => c.text.startsWith(start));
  if (!found) throw new Error(`no row starts with ${JSON.stringify(start)}`);
  return found;
};

describe('the sample article (000_271fd31029f7693a.txt)', () => {
  it('reads the date prefix and the dateline', () => {
    expect(article.date).toBe('2025-02-18');
    expect(article.dateline).toBe('ISLAMABAD');
    expect(article.claims[0]).toMatchObject({ kind: 'dateline', text: 'date 2025-02-18 ISLAMABAD -', speaker: null });
    expect(article.claims[1]?.text.startsWith('The federal and the Khyber')).toBe(true);
  });

  it('has no headline, so the title is the start of the first claim', () => {
    expect(article.titleFromHeadline).toBe(false);
    expect(article.title).toBe('The federal and the Khyber Pakhtunkhaw governments are in conflict…');
  });

  it('gives 19 rows: 1 dateline and 18 claims', () => {
    expect(article.claims).toHaveLength(19);
    expect(article.claims.filter((c) => c.kind === 'claim')).toHaveLength(18);
    expect(article.claims.filter((c) => c.kind !== 'claim').map((c) => c.kind)).toEqual(['dateline']);
  });

  it('keeps every span exact, in order, without overlap, covering the whole article', () => {
    expect(spanProblems(text, article)).toEqual([]);
  });

  it('splits the two-sentence quotation in two and gives both sentences the speaker named after it', () => {
    const first = claimStarting('“The provincial government');
    const second = claimStarting('Without the federal government’s approval');
    expect(first.text).toBe('“The provincial government cannot directly have talks with any foreign government.');
    expect(second.text).toBe('Without the federal government’s approval, nothing will be official,” said one diplomat.');
    expect(first.speaker).toBe('one diplomat');
    expect(second.speaker).toBe('one diplomat');
  });

  it('attributes the statements the article attributes', () => {
    expect(claimStarting('“Under the constitution').speaker).toBe('Shafqat Ali Khan');
    expect(claimStarting('“Under the constitution').text).toBe(
      '“Under the constitution, foreign affairs are the federal government’s domain,” Shafqat Ali Khan said.',
    );
    expect(claimStarting('Senior Pakistani diplomats said').speaker).toBe('Senior Pakistani diplomats');
    expect(claimStarting('The Taliban government denies').speaker).toBe('The Taliban government');
    // Later mentions resolve to the fullest form the article introduced.
    expect(claimStarting('Citing the federal').speaker).toBe('Ali Amin Gandapur');
    expect(claimStarting('The Foreign Office spokesperson highlighted').speaker).toBe('Shafqat Ali Khan');
    expect(claimStarting('Islamabad also urged').speaker).toBe('Islamabad');
  });

  it('does not attribute sentences in the article’s own voice', () => {
    expect(claimStarting('Relations between Pakistan and Afghanistan').speaker).toBeNull();
    expect(claimStarting('The federal and the Khyber').speaker).toBeNull();
    expect(claimStarting('Tensions have also been fuelled').speaker).toBeNull();
    expect(claimStarting('Islamabad maintains a dual approach').speaker).toBeNull();
    expect(claimStarting('While there is a consensus').speaker).toBeNull();
  });

  it('does not break sentences at brackets or spaced dashes', () => {
    expect(claimStarting('Citing the federal').text).toContain('tribal jirgas (assemblies) could yield solutions');
    expect(claimStarting('Recently, in a bid').text).toMatch(/\(TTP\) and DAESH\.$/u);
    expect(claimStarting('Islamabad maintains').text).toBe(
      'Islamabad maintains a dual approach - kinetic operations within its borders and diplomatic efforts with Kabul - to tackle terrorism.',
    );
    expect(claimStarting('Tensions have also').text).toContain('over 800,000 Afghans repatriated since November 2023.');
  });

  it('anchors every row with up to 32 characters either side', () => {
    const diplomat = claimStarting('Without the federal');
    expect(diplomat.prefix).toBe(text.slice(diplomat.start - 32, diplomat.start));
    expect(diplomat.suffix).toBe(text.slice(diplomat.end, diplomat.end + 32));
    expect(article.claims[0]?.prefix).toBe(' ');
  });
});

/** Each row's kind and the start of its text. */
const kinds = (text: string) => analyzeArticle(text).claims.map((c) => [c.kind, c.text.slice(0, 24)]);

describe('a byline of names alone under the headline, and the dateline after it', () => {
  it('reads "Sun Narin and Malis Tum" as the byline and "Phnom Penh —" as the dateline', () => {
    expect(kinds('Cambodian Government Leans on Civil Servants\n\nSun Narin and Malis Tum\n\nPhnom Penh — On July 7, campaigning began.\n\nHe said he would win.')).toEqual([
      ['headline', 'Cambodian Government Lea'],
      ['byline', 'Sun Narin and Malis Tum'],
      ['dateline', 'Phnom Penh —'],
      ['claim', 'On July 7, campaigning b'],
      ['claim', 'He said he would win.'],
    ]);
    expect(kinds('Hun Sen Circles Opponents\n\nDavid Boyle\n\nBangkok — Tharo has fled twice.').slice(1, 3)).toEqual([
      ['byline', 'David Boyle'],
      ['dateline', 'Bangkok —'],
    ]);
  });

  it('reads a names line under the headline as the byline when one name is read as a name and the others are capitalised words', () => {
    // ("Ten" of "Ten Soksreinith" is a number word: the rules alone cannot read it as a name.)
    expect(kinds('Journalists Feel Like Tall Trees\n\nSun Narin and Ten Soksreinith\n\nA year ago, Morm Moniroth was on air.')[1]).toEqual(['byline', 'Sun Narin and Ten Soksre']);
    // Look-alikes: a number, and a lower-case word, beside the name.
    expect(kinds('Storm Warning Issued\n\nSun Narin and 10 Others\n\nA year ago, Morm Moniroth was on air.')[1]?.[0]).not.toBe('byline');
    expect(kinds('Storm Warning Issued\n\nSun Narin and the Ten Hours\n\nA year ago, Morm Moniroth was on air.')[1]?.[0]).not.toBe('byline');
  });

  it('keeps the dateline’s place a place, so a later "he" is not Phnom Penh', () => {
    const speakers = analyzeArticle('Votes for Jobs\n\nSun Narin\n\nPhnom Penh — On July 7, in the capital Phnom Penh, Prime Minister Hun Sen addressed a rally.\n\nIn a typical speech, he said he would defend Cambodia.').claims.filter((c) => c.kind === 'claim').map((c) => c.speaker);
    expect(speakers).toEqual([null, 'Hun Sen']);
  });

  it('does not take a sentence, a name with more words, or a mixed-case opening without a byline above for either', () => {
    expect(kinds('Sea wall delayed\n\nThe council met on Monday.\n\nThe wall — long promised — is late.').map((k) => k[0])).toEqual(['headline', 'claim', 'claim']);
    expect(kinds('Sea wall delayed\n\nHuman Rights Watch and the United Nations\n\nThe wall is late.')[1]?.[0]).not.toBe('byline');
    expect(kinds('Sea wall delayed\n\nThe deal — agreed in May — collapsed on Monday.')[1]).toEqual(['claim', 'The deal — agreed in May']);
  });
});

describe('a standfirst under the headline', () => {
  it('is kept with the headline (hidden) when the byline follows it, full stop or not', () => {
    expect(kinds('Saltmere still waits for its sea wall\n\nTwo winters on, residents are still waiting for the defences\n\nBy Jane Roe\n\nThe council approved the wall in 2023.')).toEqual([
      ['headline', 'Saltmere still waits for'],
      ['headline', 'Two winters on, resident'],
      ['byline', 'By Jane Roe'],
      ['claim', 'The council approved the'],
    ]);
    expect(kinds('Sea wall delayed again\n\nThe council has delayed the wall. Residents are angry.\n\nBy Jane Roe\n\nThe council approved the wall in 2023.').slice(0, 3)).toEqual([
      ['headline', 'Sea wall delayed again'],
      ['headline', 'The council has delayed '],
      ['byline', 'By Jane Roe'],
    ]);
  });

  it('is the story itself without a byline after it: a one-line lede, in any script, with or without a full stop', () => {
    expect(kinds('Sea wall delayed again\n\nThe council has delayed the wall. Residents are angry.\n\nWork was due in May.')).toEqual([
      ['headline', 'Sea wall delayed again'],
      ['claim', 'The council has delayed '],
      ['claim', 'Residents are angry.'],
      ['claim', 'Work was due in May.'],
    ]);
    expect(kinds('Headline here\n\nPakistan deported 10,000 Afghans last week\n\nThe ministry said more would follow.').map(([k]) => k)).toEqual(['headline', 'claim', 'claim']);
    const urdu = analyzeArticle('پاکستان نے افغانوں کو نکال دیا\n\nپاکستان نے ہزاروں افغانوں کو ملک بدر کیا۔\n\nوزارت نے کہا کہ مزید کو بھی نکالا جائے گا۔');
    expect(urdu.claims.map((c) => c.kind)).toEqual(['headline', 'claim', 'claim']);
  });
});

describe('the article date', () => {
  it('comes from a date line under the byline when there is no date prefix', () => {
    const article = analyzeArticle(
      'Minister faces questions over hospital contract\n\nPeter Walker Political correspondent\nTue 14 May 2024 18.32 BST\n\nThe health minister was questioned on Tuesday about a £40m contract.',
    );
    expect(article.date).toBe('2024-05-14');
    expect(article.claims.filter((c) => !c.excluded).map((c) => c.text)).toEqual(['The health minister was questioned on Tuesday about a £40m contract.']);
  });
});

describe('a live blog', () => {
  it('keeps entry headings (a time, a dash, no full stop) and its credit line out of the claims; an entry sentence stays a claim', () => {
    const article = analyzeArticle(
      [
        'Power cut live: what we know',
        '',
        'Live reporting edited by Lucy Grant and Omar Said',
        '',
        "15:50 GMT — Police: looting reports 'completely false'",
        '',
        'Police said no shops had been looted in the city centre.',
        '',
        '15:05 GMT — Rail services will not resume today.',
      ].join('\n'),
    );
    expect(article.claims.map((c) => [c.kind, c.excluded])).toEqual([
      ['headline', true],
      ['byline', true],
      ['headline', true],
      ['claim', false],
      ['claim', false],
    ]);
  });

  it('outside a live blog, or as a whole sentence, a time-led line is a claim', () => {
    expect(analyzeArticle('Story\n\n10:30 — Police said three people were killed in Lahore\n\nMore later.').claims[1]).toMatchObject({ kind: 'claim', excluded: false });
    const blog = analyzeArticle('Live\n\n10:30 — Police said three people were killed. Officials disputed the count\n\n10:45 GMT — Roads closed\n\nThe army said it had sent 200 soldiers.');
    expect(blog.claims.filter((c) => c.kind === 'headline').map((c) => c.text)).toEqual(['Live', '10:45 GMT — Roads closed']);
  });
});

describe('a source credit at the end', () => {
  it('"Source: Al Jazeera and news agencies" is a credit line, not a claim; "Source: the ministry said …" is a sentence', () => {
    const credit = analyzeArticle('Beirut accused Israel of shelling three villages on Monday.\n\nSource: Al Jazeera and news agencies');
    expect(credit.claims.map((c) => c.kind)).toEqual(['claim', 'byline']);
    expect(analyzeArticle('Source: the ministry said 40 people had died in the floods.').claims.map((c) => c.kind)).toEqual(['claim']);
    expect(analyzeArticle('Sources: Officials confirmed the dam was breached.').claims.map((c) => c.kind)).toEqual(['claim']);
  });
});

describe('a republication credit and a labelled list are no claims', () => {
  it('"Originally published on Global Voices", "Featuring: A | B | C" lines; a sentence that merely starts alike stays a claim', () => {
    const kinds = (text: string) => analyzeArticle(text).claims.map((c) => c.kind);
    expect(kinds('Police arrested 40 people on Monday.\n\nOriginally published on Global Voices')).toEqual(['claim', 'byline']);
    expect(kinds('Police arrested 40 people on Monday.\n\nThis article was first published in The Conversation.')).toEqual(['claim', 'byline']);
    expect(kinds('Police arrested 40 people.\n\nFeaturing: Taisa Sganzerla | L. Finch | Kevin Rothrock | Joey Ayoub\nLive from: London | Madrid | Lima')).toEqual(['claim', 'byline']);
    expect(kinds('First published in March, the report found that 40 people had died.')).toEqual(['claim']);
    expect(kinds('Results: Labour 40 | Conservative 30, the commission said.')).toEqual(['claim']);
    expect(kinds('Results: Smith 52% | Jones 45% | Others 3%')).toEqual(['claim']);
    expect(kinds('Police arrested 40 people.\n\nThis article is republished from The Conversation under a Creative Commons license.')).toEqual(['claim', 'byline']);
    expect(kinds('- First published in The Times on March 3 and denied by the palace the same day.')).toEqual(['claim']);
    expect(kinds('Police arrested 40 people.\n\nThis post originally appeared on the author’s Substack.')).toEqual(['claim', 'byline']);
  });
});

describe('the speaker of words selected in the article', () => {
  it('is read with the paragraphs before them: "She said …" finds who she is', () => {
    const body = 'The mayor, Ana Ruiz, visited the flooded district on Monday.\n\n"The damage is severe," Ruiz said.\n\nShe said 45 people had died and 300 homes were lost.';
    const start = body.indexOf('45 people');
    expect(analyzeSpan(body, start, start + '45 people had died'.length).speaker).toBe('Ana Ruiz');
  });
});

describe('hiding: a checkable claim is never stored hidden for a promise, a hedge or a question beside it', () => {
  const text = [
    'Ministers will scrap the appeals process because the acceptance rate is already above 95%.',
    'Unemployment might have peaked at 5.2% in March.',
    'We will build a new bridge here.',
    'The council spent £2 million on consultants, but who benefited?',
    'Did the government spend $4 million?',
    'If the scheme fails, who pays?',
  ].join(' ');
  const rows = analyzeArticle(text).claims;
  const row = (start: string) => {
    const found = rows.find((c) => c.text.startsWith(start));
    if (!found) throw new Error(`no row starts with ${JSON.stringify(start)}`);
    return found;
  };

  it('shows a figure beside a promise, and a hedged figure', () => {
    expect(row('Ministers will scrap')).toMatchObject({ kind: 'claim', excluded: false });
    expect(row('Ministers will scrap').reasons).toContain('promise');
    expect(row('Unemployment might')).toMatchObject({ kind: 'claim', excluded: false });
  });

  it('hides a bare promise', () => {
    expect(row('We will build')).toMatchObject({ kind: 'claim', excluded: true });
  });

  it('keeps an assertion with a question after it as a shown claim; a question throughout stays a hidden question', () => {
    expect(row('The council spent')).toMatchObject({ kind: 'claim', excluded: false });
    expect(row('Did the government')).toMatchObject({ kind: 'question', excluded: true });
    expect(row('If the scheme fails')).toMatchObject({ kind: 'question', excluded: true });
  });
});

describe('section headings inside the body', () => {
  const kinds = (text: string) => analyzeArticle(text).claims.map((c) => [c.kind, c.text]);
  const body = 'Inflation fell to 3.2% in March, the statistics office said.\n\n';

  it('hides a short line with no closing punctuation before a paragraph of prose', () => {
    const text = `${body}Rents keep climbing\n\nAverage rents rose 8% in the year to April.`;
    expect(kinds(text)).toContainEqual(['headline', 'Rents keep climbing']);
    expect(kinds(text)).toContainEqual(['claim', 'Average rents rose 8% in the year to April.']);
  });

  it.each([
    // A list item written as a paragraph: it opens lower case.
    `${body}the Office for Budget Responsibility\n\nIt was set up in 2010.`,
    // A clause cut off by a dash, or ending on a quotation mark.
    `${body}And then there is the question of the budget —\n\nIt was set up in 2010.`,
    // Too long to be a heading.
    `${body}Ministers have promised to build 300000 new homes a year by the end of this parliament\n\nIt was set up in 2010.`,
    // Not followed by prose: the next paragraph is another fragment.
    `${body}Rents keep climbing\n\nup 8% in a year`,
    // The article's last line.
    `${body}Rents keep climbing`,
  ])('keeps %j as it was', (text) => {
    expect(kinds(text).some(([kind]) => kind === 'headline')).toBe(false);
  });
});

describe('single quotation marks (the British and Commonwealth press)', () => {
  it('reads a quotation in straight or curly single marks like one in double marks, over all its sentences', () => {
    const article =
      'Diezani Allison-Madueke spoke on Monday.\n\n' +
      "'It will not have been possible if I had been indicted twice. That will obviously not have been possible. I think it is most uncalled for,' she said.\n\n" +
      "'We have no money left,' said Tom Harris, the council leader.\n\n" +
      '‘We were told to make the numbers work,’ one former nurse said. ‘Nobody asked how the money was spent.’';
    expect(speakerOf(article, "'It will not")).toBe('Diezani Allison-Madueke');
    expect(speakerOf(article, 'That will obviously')).toBe('Diezani Allison-Madueke');
    expect(speakerOf(article, "'We have no money")).toBe('Tom Harris');
    expect(speakerOf(article, '‘We were told')).toBe('one former nurse');
    expect(speakerOf(article, '‘Nobody asked')).toBe('one former nurse');
  });

  // Each article, and the speaker of the sentence each start opens.
  it.each([
    [
      'takes apostrophes for apostrophes: possessives, contractions and elisions open no quotation',
      "The members' interests were not declared, the DA's spokesman said.\n\n" +
        'The mayor’s office said the council didn’t publish the figures until the audit’s end.\n\n' +
        "Rock 'n' roll sales rose 12% in the '90s, the label said.",
      [
        ["The members' interests", "the DA's spokesman"],
        ['The mayor’s office', 'The mayor’s office'],
        ["Rock 'n' roll", 'the label'],
      ],
    ],
    [
      'opens no quotation on a curly mark inside a word or an elision, and reads a plural’s possessive inside one (review)',
      'Sales peaked in the ‘90s, the company said. Profits fell 20% last year, its chief executive, Jane Roe, told reporters.\n\n' +
        'Shi‘ite militias attacked the base, the Pentagon said. Two soldiers were wounded, officials said.\n\n' +
        "'Our members' pay has fallen by 20% since 2010,' said Pat Cullen.\n\n" +
        "'Ndrangheta bosses ran the port for years, investigators said. The port authority said it had cooperated.",
      [
        ['Profits fell', 'Jane Roe'],
        ['Two soldiers', 'officials'],
        ["'Our members'", 'Pat Cullen'],
        ["'Ndrangheta", 'investigators'],
        ['The port authority', 'The port authority'],
      ],
    ],
  ])('%s', (_name, article, expected) => {
    for (const [start, speaker] of expected) expect(speakerOf(article, start!), start).toBe(speaker);
  });

  it('leaves single marks inside a double quotation to it: the speaker is read outside both', () => {
    const article = '“When she stood there and said ‘Saltmere will not be abandoned’, we believed her,” Adeyemi said.';
    expect(speakerOf(article, '“When she stood')).toBe('Adeyemi');
  });
});

describe('speakers in real reports from Hong Kong, Ghana, India and Pakistan', () => {
  it('a quotation paragraph right after a paragraph of what X said is X’s, over paragraphs that run the quotation on', () => {
    const article =
      'Police Public Relations Branch Chief Superintendent Tse Chun-chung made the statement at a press conference today.\n\n' +
      'Mr Tse said ungrounded reports in the media are making strong accusations about police.\n\n' +
      '“Such wild talks include mainland officers infiltrating the force.\n\n' +
      '“We must emphasise, these allegations are totally false. No civilised society will condone such acts.\n\n' +
      'The force has 30,000 officers.\n\n' +
      '“We have 12 new recruits,” the union said.';
    expect(speakerOf(article, 'Mr Tse said')).toBe('Tse Chun-chung'); // a family name written first
    expect(speakerOf(article, '“Such wild')).toBe('Tse Chun-chung');
    expect(speakerOf(article, '“We must')).toBe('Tse Chun-chung');
    expect(speakerOf(article, 'No civilised')).toBe('Tse Chun-chung');
    expect(speakerOf(article, 'The force has')).toBeNull(); // the article's own words
    expect(speakerOf(article, '“We have 12')).toBe('the union'); // a quotation attributed in itself keeps its own
  });

  it('a quotation paragraph after a paraphrase is not the paraphraser’s when it quotes a text the paraphrase tells of, or names its own source', () => {
    const messages = 'A man was arrested in Leeds on Tuesday.\n\nPolice said the man had posted a series of messages on Facebook threatening a local councillor.\n\n“Someone should sort him out. He will get what is coming.”';
    expect(speakerOf(messages, '“Someone')).toBeNull();
    const read = 'The trial of a Swindon man opened on Monday at Bristol Crown Court.\n\nProsecutor Jane Hill said Smith had sent his former partner more than 400 messages in a month.\n\n“You will regret leaving me. I know where you live,” one message read.';
    expect(speakerOf(read, '“You will')).toBeNull();
  });

  it('a quoted heading (no stop before its closing mark) after a quotation paragraph is nobody’s; a quotation running on is still the speaker’s', () => {
    const article =
      '“I can say with confidence that the U.S. does not control any actors there,” Simpson said.\n\n' +
      '“From my interviews, it appears all U.S. interventions in the region are indirect and sparse.”\n\n' +
      '“… prevent the evacuation of the Syrian civilians from the Rubkan camp”\n\n' +
      'The camp holds about 40,000 people.';
    expect(speakerOf(article, '“From my')).toBe('Simpson');
    expect(speakerOf(article, '“… prevent')).toBeNull();
    expect(speakerOf('“The land is ours,” Hun Sen said.\n\n“If They Win, They Get Land; If They Lose, They Get Money”\n\nThe rally ended at noon.', '“If They')).toBeNull();
  });

  it('a participle phrase opening the sentence is no speaker; a verb phrase joined by "and" is no noun phrase', () => {
    expect(speakerOf('Responding to earlier reports of the case, Inspector General of Police A Satish Ganesh took to Twitter and wrote, "This is a fake case."', 'Responding')).toBe('Satish Ganesh');
    expect(speakerOf('Asked about the deal, the minister stood up and said the case was fake.', 'Asked')).toBe('the minister');
    expect(speakerOf('The case was closed on Wednesday. Four men had been named.\n\nResponding to earlier reports, Inspector General of Police (IGP) A Satish Ganesh took to Twitter and wrote, "This is a fake case."', 'Responding')).toBe('Satish Ganesh');
    expect(speakerOf('The minister went on television and said, "This is a fake case."', 'The minister')).toBe('The minister');
    expect(speakerOf('Beijing accused Washington of lying, and said the report was false.', 'Beijing')).toBe('Beijing');
  });

  it('an aside between dashes with a quotation in it, and a title in title case before an apposed name', () => {
    expect(speakerOf('The finance minister – while terming the white paper ‘misleading’ – said that the comparisons were factually incorrect.', 'The finance')).toBe('The finance minister');
    expect(speakerOf('Ranking Member of Parliament’s Finance Committee, Cassiel Ato Forson, had told journalists that the figures were wrong.', 'Ranking')).toBe('Cassiel Ato Forson');
    expect(speakerOf('In Accra, Kofi Annan, said the figures were wrong.', 'In Accra')).toBeNull();
  });

  it('an attribution closing the sentence with when and where it was said; "went on to say" closing a quotation', () => {
    expect(speakerOf('Russia’s Foreign Ministry expects the Reuters news agency to clarify its complaints, the ministry’s spokeswoman Maria Zakharova said at a briefing on Friday.', 'Russia')).toBe('Maria Zakharova');
    expect(speakerOf('The club expects revenue to rise, Lloyd said in a statement.', 'The club')).toBe('Lloyd');
    const article = 'Maria Zakharova spoke at a briefing on Friday. She took questions for an hour.\n\n"Although we do not usually comment on editorial directives, we could not but take notice of one paragraph," she went on to say.';
    expect(speakerOf(article, '"Although')).toBe('Maria Zakharova');
  });

  it('a fuller description of the one holder of a role, and "the diplomat" for a foreign ministry’s spokeswoman', () => {
    const article =
      'MOSCOW, February 3. /TASS/. Russia’s Foreign Ministry expects Reuters to clarify its complaints, the ministry’s spokeswoman Maria Zakharova said at a briefing on Friday.\n\n' +
      '"We don’t refuse to issue visas," the Russian Foreign Ministry’s spokeswoman stressed.\n\n' +
      'The diplomat was confident that Reuters had deliberately posted the message.';
    expect(speakerOf(article, '"We don’t')).toBe('Maria Zakharova');
    expect(speakerOf(article, 'The diplomat')).toBe('Maria Zakharova');
    // A spokesman introduced in Washington is not "the Chinese foreign ministry's spokesman".
    const balloon = 'The balloon was shot down on Saturday. The debris was recovered.\n\n“The balloon was used for surveillance,” spokesman Matthew Miller told reporters in Washington.\n\nIn Beijing, the Chinese foreign ministry’s spokesman said the balloon was a civilian airship.';
    expect(speakerOf(balloon, 'In Beijing')).toBe('the Chinese foreign ministry’s spokesman');
    // Two holders of the role: the fuller description is neither.
    const two = 'The US spokesman John Kirby said talks would resume. The Chinese spokesman Wang Wenbin said they would not.\n\n"We are ready," the Chinese foreign ministry spokesman added.';
    expect(speakerOf(two, '"We are ready')).not.toBe('John Kirby');
  });

  it('"According to him", "To him,", "In her view,": the person just named', () => {
    const article = 'Deputy Information Minister Kojo Oppong Nkrumah spoke on Asempa FM on Wednesday.\n\nAccording to him, the NDC created its own figures.\n\nTo him, the Minority constantly put their credibility in doubt.\n\nTo them, it was a game.';
    expect(speakerOf(article, 'According to him')).toBe('Kojo Oppong Nkrumah');
    expect(speakerOf(article, 'To him')).toBe('Kojo Oppong Nkrumah');
    expect(speakerOf(article, 'To them')).toBeNull();
  });

  it('a title that is another office than its head: a permanent or press secretary is no minister, an attorney general or a captain no officer', () => {
    for (const [intro, description] of [
      ['Permanent Secretary Sir Matthew Rycroft told MPs the backlog had fallen.', 'The minister'],
      ['Press Secretary Karine Jean-Pierre said the talks would resume.', 'The minister'],
      ['Attorney General Merrick Garland said the inquiry would continue.', 'The officer'],
      ['England captain Ben Stokes said the team was ready.', 'The officer'],
    ] as const) {
      const article = `The figures were published on Monday. They cover the whole year.\n\n${intro}\n\n${description} said the figures were final.`;
      expect(speakerOf(article, description), intro).toBe(description);
    }
  });

  it('a quotation after a paraphrase mentioning the Post Office or someone’s comments is still the paraphraser’s', () => {
    const article = 'The inquiry resumed on Monday in London.\n\nThe business secretary said the Post Office scandal was a stain on the nation.\n\n“Those responsible must be held to account.”';
    expect(speakerOf(article, '“Those')).toBe('The business secretary');
  });

  it('a description naming another office is someone else', () => {
    const article = 'A case registered last week in Firozabad district has been closed. Four men had been named in it.\n\nInspector General of Police A Satish Ganesh wrote, "This is a fake case."\n\nThe minister said the case was closed.\n\nThe official said the girl had been questioned.';
    expect(speakerOf(article, 'The minister')).toBe('The minister');
    expect(speakerOf(article, 'The official')).toBe('Satish Ganesh');
    const finance = 'Finance Minister Ishaq Dar said the white paper was misleading.\n\nThe minister said the figures were wrong.';
    expect(speakerOf(finance, 'The minister')).toBe('Ishaq Dar');
    // Another name of the same office: a secretary of state or a treasurer is "the minister", a colonel "the officer".
    for (const [intro, description] of [
      ['Home Secretary Suella Braverman said 45,000 people had crossed the Channel.', 'The minister'],
      ['Treasurer Jim Chalmers said inflation had peaked.', 'The minister'],
      ['Colonel Ibrahim Traore said the junta would hold elections.', 'The officer'],
    ] as const) {
      const article = `The figures were published on Monday. They cover the whole year.\n\n${intro}\n\n${description} said the figures were final.`;
      expect(speakerOf(article, description), intro).toBe(/[A-Z]\S+ [A-Z]\S+(?= said)/u.exec(intro)?.[0]);
    }
  });
});
