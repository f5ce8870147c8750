import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { dateFromLines, isByline, isRealDate, isTimestampLine, readLineDate } from './front-matter';

const kinds = (text: string) => analyzeArticle(text).claims.map((c) => [c.kind, c.text]);

describe('datelines', () => {
  it.each([
    ['ISLAMABAD - The talks resumed.', 'ISLAMABAD', 'ISLAMABAD -'],
    ['ISLAMABAD — The talks resumed.', 'ISLAMABAD', 'ISLAMABAD —'],
    ['SEOUL/TOKYO — The talks resumed.', 'SEOUL/TOKYO', 'SEOUL/TOKYO —'],
    ['LONDON (Reuters) — The talks resumed.', 'LONDON (Reuters)', 'LONDON (Reuters) —'],
    ['WASHINGTON, Feb 3 (AP) — The talks resumed.', 'WASHINGTON, Feb 3 (AP)', 'WASHINGTON, Feb 3 (AP) —'],
    ['NEW YORK, Feb. 3 (Reuters) -- The talks resumed.', 'NEW YORK, Feb. 3 (Reuters)', 'NEW YORK, Feb. 3 (Reuters) --'],
    ['KABUL: The talks resumed.', 'KABUL', 'KABUL:'],
    ['DERA ISMAIL KHAN – The talks resumed.', 'DERA ISMAIL KHAN', 'DERA ISMAIL KHAN –'],
    // TASS: the agency between slashes; ANI and CNN: a place in mixed case before the agency in brackets.
    ['MOSCOW, February 3. /TASS/. The talks resumed.', 'MOSCOW, February 3. /TASS/.', 'MOSCOW, February 3. /TASS/.'],
    ['Uttar Pradesh [India], Dec 5 (ANI): The talks resumed.', 'Uttar Pradesh [India], Dec 5 (ANI)', 'Uttar Pradesh [India], Dec 5 (ANI):'],
    ['Washington (CNN) — The talks resumed.', 'Washington (CNN)', 'Washington (CNN) —'],
    ['Kyiv (Interfax) — The talks resumed.', 'Kyiv (Interfax)', 'Kyiv (Interfax) —'],
    ['Nairobi (KNA) — The talks resumed.', 'Nairobi (KNA)', 'Nairobi (KNA) —'],
  ])('%s', (text, place, row) => {
    const article = analyzeArticle(text);
    expect(article.dateline).toBe(place);
    expect(kinds(text)).toEqual([
      ['dateline', row],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it.each([
    'The ministry - which rarely comments - said nothing.',
    'UPDATE: The road has reopened.',
    'NATO said on Monday that the talks resumed.',
    'US - China talks resumed.',
    'U.S.-China talks resumed on Monday.',
    'PTI leaders met. KABUL: nothing changed.',
    'Apple (AAPL) shares rose 3% on Monday.',
    'Apple (AAPL) - shares rose 3% on Monday.',
    'Walmart (WMT) — Shares rose 6% after the retailer beat earnings estimates.',
    'Keir Starmer (Labour): The Prime Minister promised to cut waiting lists.',
    'The price rose 3% to $4/kg. Traders said it would fall.',
    'AC/DC — the Australian rock band — will tour Europe, its label said.',
    'HIV/AIDS: More than 39 million people live with the virus.',
    'USD/JPY - The dollar rose to 150 yen.',
  ])('not a dateline: %s', (text) => {
    const article = analyzeArticle(text);
    expect(article.dateline).toBeNull();
    expect(article.claims.every((c) => c.kind === 'claim')).toBe(true);
  });

  it('is only looked for at the top of the story', () => {
    const article = analyzeArticle('The talks resumed.\n\nKABUL: Officials met again.');
    expect(article.dateline).toBeNull();
    expect(article.claims.map((c) => c.kind)).toEqual(['claim', 'claim']);
  });
});

describe('the date prefix', () => {
  it('is one row with the dateline when they share the first line', () => {
    const article = analyzeArticle('date 2025-02-18 ISLAMABAD - The talks resumed.');
    expect(article.date).toBe('2025-02-18');
    expect(kinds('date 2025-02-18 ISLAMABAD - The talks resumed.')).toEqual([
      ['dateline', 'date 2025-02-18 ISLAMABAD -'],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it('may stand alone on its line, before a headline and a dateline (any case)', () => {
    const text = 'DATE 2024-02-29\nTalks resume in Kabul\n\nKABUL - The talks resumed.';
    const article = analyzeArticle(text);
    expect(article).toMatchObject({ date: '2024-02-29', dateline: 'KABUL', title: 'Talks resume in Kabul', titleFromHeadline: true });
    expect(kinds(text)).toEqual([
      ['dateline', 'DATE 2024-02-29'],
      ['headline', 'Talks resume in Kabul'],
      ['dateline', 'KABUL -'],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it('must name a real day', () => {
    expect(analyzeArticle('date 2025-02-30 The talks resumed.').date).toBeNull();
    expect(analyzeArticle('date 2025-13-01 The talks resumed.').date).toBeNull();
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
  });

  it('is only a prefix: a date later in the text is not metadata', () => {
    expect(analyzeArticle('The talks resumed. date 2025-02-18').date).toBeNull();
    expect(analyzeArticle('update 2025-02-18 The talks resumed.').date).toBeNull();
  });
});

describe('headlines and bylines', () => {
  it('takes a short first line without a full stop as the headline', () => {
    const article = analyzeArticle('Talks resume in Kabul\nThe talks resumed on Monday. Officials met.');
    expect(article.title).toBe('Talks resume in Kabul');
    expect(article.claims.map((c) => c.kind)).toEqual(['headline', 'claim', 'claim']);
  });

  it('does not take a wrapped first line, a sentence or a lone line for a headline', () => {
    for (const text of [
      'The federal government said on Monday that the\nprovincial delegation must wait.',
      'The federal government said on Monday\nthat the provincial delegation must wait.',
      'The talks resumed on Monday.\n\nOfficials met.',
      'Prices rose 5% last year',
      'Prices rose 5% last year\n',
      'A very long first line that goes on and on with more than twenty words in it so that it reads like a paragraph rather than a title\n\nMore.',
    ]) {
      const article = analyzeArticle(text);
      expect(article.titleFromHeadline, text).toBe(false);
      expect(article.claims[0]?.kind, text).toBe('claim');
    }
  });

  it('derives a title from the first claim: ten words, cut at a word, with an ellipsis', () => {
    expect(analyzeArticle('Prices rose 5% last year').title).toBe('Prices rose 5% last year');
    expect(analyzeArticle('One two three four five six seven eight nine, ten eleven twelve.').title).toBe(
      'One two three four five six seven eight nine, ten…',
    );
    expect(analyzeArticle('Alpha beta gamma delta epsilon zeta eta theta iota, kappa lambda.').title).toBe(
      'Alpha beta gamma delta epsilon zeta eta theta iota, kappa…',
    );
  });

  it('never gives an empty title', () => {
    expect(analyzeArticle('').title).toBe('Untitled article');
    expect(analyzeArticle('# \n').title).toBe('Untitled article');
    expect(analyzeArticle('KABUL -').title).toBe('KABUL -');
  });

  it('takes an underlined (setext) line as a headline', () => {
    expect(kinds('Talks resume\n============\n\nThe talks resumed.')).toEqual([
      ['headline', 'Talks resume'],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it.each(['By Jane Doe', 'By JANE DOE, Reuters', 'BY Omar Farooq and Jane Doe', 'By Ali bin Hamad'])('byline: %s', (byline) => {
    expect(kinds(`Talks resume\n${byline}\n\nThe talks resumed.`)).toEqual([
      ['headline', 'Talks resume'],
      ['byline', byline],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    expect(kinds('By the end of the year, prices had risen.\n\nBy March inflation fell.').map((k) => k[0])).toEqual(['claim', 'claim']);
  });

  it.each([
    '*Posted by Sam Patel, transport blogger*',
    'Posted by Sam Patel',
    '_Written by Jane Doe, staff writer_',
    'By Jane Doe, a freelance journalist',
    'By Jane Doe, Health Reporter, Reuters',
    'By Jane Doe, 14 May 2024',
    'Posted by Sam Patel on 3 May 2024',
  ])('byline with a role or a date: %s', (byline) => {
    // A posted-on line is a time stamp: hidden as metadata, like a byline.
    const rows = kinds(`Why my commute got worse\n\n${byline}\n\nThe number 12 bus now runs every 20 minutes.`).map(([k, t]) => [k === 'metadata' ? 'byline' : k, t]);
    expect(rows).toEqual([
      ['headline', 'Why my commute got worse'],
      ['byline', byline],
      ['claim', 'The number 12 bus now runs every 20 minutes.'],
    ]);
  });

  it('a byline with a role further down is hidden too', () => {
    expect(kinds('The number 12 bus now runs every 20 minutes.\n\n*Posted by Sam Patel, transport blogger*\n\nMore buses were cut.').map((k) => k[0])).toEqual([
      'claim',
      'byline',
      'claim',
    ]);
  });

  it('a name-and-role line and a date-time line (a Guardian byline block) are hidden, and give the date', () => {
    for (const block of [
      'Peter Walker Political correspondent\nTue 14 May 2024 18.32 BST',
      'Peter Walker Political correspondent\n\nTue 14 May 2024 18.32 BST',
      'Peter Walker Political Correspondent\nTuesday 14 May 2024 18.32 BST',
      'Jane Doe, Health Editor\nPublished: May 14, 2024 at 6:32pm EDT',
    ]) {
      const text = `Ministers urged to act on potholes\n\n${block}\n\nCouncils in England face a £16bn repair backlog.`;
      const article = analyzeArticle(text);
      expect(article.claims.map((c) => [c.kind === 'metadata' ? 'byline' : c.kind, c.excluded]), block).toEqual([
        ['headline', true],
        ['byline', true],
        ['byline', true],
        ['claim', false],
      ]);
      expect(dateFromLines(text, article.claims), block).toBe('2024-05-14');
    }
  });

  it('reads the day of a date-time line', () => {
    const day = (line: string) => readLineDate(line, { start: 0, end: line.length });
    expect(day('Tue 14 May 2024 18.32 BST')).toBe('2024-05-14');
    expect(day('*Published March 3, 2025*')).toBe('2025-03-03');
    expect(day('14 May 2024')).toBe('2024-05-14');
    expect(day('Tue 31 Feb 2024 10:00')).toBeNull();
    expect(day('On 14 May 2024 the vote was held.')).toBeNull();
  });

  it('prefers the published date to an update', () => {
    const text = 'Headline here\n\n*Updated 21 August 2025, 18:05 BST*\n\n*Published 20 August 2025*\n\nThe plant closed.';
    expect(dateFromLines(text, analyzeArticle(text).claims)).toBe('2025-08-20');
    const updatedOnly = 'Headline here\n\n*Updated 21 August 2025, 18:05 BST*\n\nThe plant closed.';
    expect(dateFromLines(updatedOnly, analyzeArticle(updatedOnly).claims)).toBe('2025-08-21');
  });

  it.each([
    'By Tuesday, the river had risen by 2 metres.',
    'Posted by thieves, the letters never arrived.',
    'Peter Walker named political correspondent',
    'Meet The New Editor',
    'On 14 May 2024 the vote was held.',
    'Jane Doe Health Editor',
  ])('not a byline: %s', (line) => {
    expect(isByline(line, { start: 0, end: line.length })).toBe(false);
    expect(isTimestampLine(line, { start: 0, end: line.length })).toBe(false);
  });
});

describe('titles', () => {
  it('are plain text: no Markdown emphasis or link targets', () => {
    expect(analyzeArticle('# **Talks** resume in *Kabul*\n\nText.').title).toBe('Talks resume in Kabul');
    expect(analyzeArticle('See [the report](https://example.com/x) on talks.').title).toBe('See the report on talks.');
    expect(analyzeArticle('# ***\n\nText.').title).toBe('***');
  });
});

describe('author lines and clock lines', () => {
  const line = (value: string) => isByline(value, { start: 0, end: value.length });

  it.each([
    'Maria Hendricks, Associate Professor of Marine Ecology, University of Cape Town',
    'Tomás Ortega, Lecturer in Economic History, Universidad de Chile; Fellow, Institute for Fiscal Studies',
    'Priya Natarajan, PhD Candidate in Epidemiology, London School of Hygiene',
    'Ana Ruiz, Ex-professor associado, Universidade de Lisboa, Instituto de Ciências Sociais',
    'By DANICA KIRKA from the Associated Press',
    'By Jane Doe of Reuters',
  ])('reads "%s" as a byline', (value) => {
    expect(line(value)).toBe(true);
  });

  it.each([
    'By Sea from Libya',
    // A sentence about a person: lower-case parts, a verb, a full stop.
    'Maria Hendricks, a professor at the University of Cape Town, said the reef had shrunk by 40%.',
    'Maria Hendricks, Associate Professor of Marine Ecology, University of Cape Town.',
    // A list of places, not a person and a role.
    'Cape Town, Durban, Port Elizabeth and East London all reported outages',
    // A name and a place with no role.
    'Maria Hendricks, Cape Town, South Africa',
  ])('does not read "%s" as a byline', (value) => {
    expect(line(value)).toBe(false);
  });

  it('hides an author line under the headline and keeps the first sentence a claim', () => {
    const text = 'Reefs are shrinking faster than thought\n\nMaria Hendricks, Associate Professor of Marine Ecology, University of Cape Town\n\nThe reef lost 40% of its coral between 2016 and 2024.';
    expect(kinds(text).map(([kind]) => kind)).toEqual(['headline', 'byline', 'claim']);
  });

  it.each(['11:12 A.M. EDT', '2.30pm', '14:05 GMT', '*9:00 a.m. ET*'])('reads "%s" alone on a line as a time stamp', (value) => {
    expect(isTimestampLine(value, { start: 0, end: value.length })).toBe(true);
  });

  it.each(['11:12 A.M. in Kabul', '25:10 GMT', '3.5 million', '14:05 Smith'])('does not read "%s" as a time stamp', (value) => {
    expect(isTimestampLine(value, { start: 0, end: value.length })).toBe(false);
  });
});

describe('a headline of two sentences', () => {
  it('is one headline row when it stands alone above a byline', () => {
    const text = 'The mayor is leaving office. Her record will be argued over for years\n\nBy Ruth Adeyemi\n\nThe mayor announced on Monday that she would not stand again.';
    expect(kinds(text)).toEqual([
      ['headline', 'The mayor is leaving office. Her record will be argued over for years'],
      ['byline', 'By Ruth Adeyemi'],
      ['claim', 'The mayor announced on Monday that she would not stand again.'],
    ]);
  });

  it('stays two sentences without a byline under it (it may be the story’s opening)', () => {
    const text = 'The mayor is leaving office. Her record will be argued over for years\n\nThe mayor announced on Monday that she would not stand again.';
    expect(kinds(text).filter(([kind]) => kind === 'headline')).toEqual([]);
  });
});
