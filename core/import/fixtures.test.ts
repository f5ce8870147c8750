import { describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalyzedArticle } from './analyze';
import { decodeArticleBytes } from './decode';
import { fixtureBytes, spanProblems } from './test-support';

function load(name: string): { text: string; article: AnalyzedArticle } {
  const text = decodeArticleBytes(fixtureBytes(name));
  return { text, article: analyzeArticle(text) };
}

const rows = (article: AnalyzedArticle) => article.claims.map((c) => [c.kind, c.speaker, c.text]);

describe('every fixture', () => {
  for (const name of ['markdown-article.md', 'wire-story.txt', 'question-byline.txt', 'crlf.txt', 'utf8-bom.txt', 'front-matter-blog.md']) {
    it(`${name}: spans are exact, ordered, non-overlapping and cover every non-space character`, () => {
      const { text, article } = load(name);
      expect(spanProblems(text, article)).toEqual([]);
    });
  }
});

describe('a Markdown article with headings and lists', () => {
  const { article } = load('markdown-article.md');

  it('takes the first heading as title and keeps every heading as a headline row', () => {
    expect(article.title).toBe('Flooding hits the Indus delta');
    expect(article.titleFromHeadline).toBe(true);
    expect(article.claims.filter((c) => c.kind === 'headline').map((c) => c.text)).toEqual([
      'Flooding hits the Indus delta',
      'What we know',
      'What comes next',
    ]);
  });

  it('reads the byline and the dateline after the heading', () => {
    expect(article.dateline).toBe('KARACHI');
    expect(article.claims.slice(1, 3).map((c) => [c.kind, c.text])).toEqual([
      ['byline', 'By Amina Rahman'],
      ['dateline', 'KARACHI —'],
    ]);
  });

  it('makes each list item its own claim, starting after the marker', () => {
    const texts = article.claims.map((c) => c.text);
    expect(texts).toContain('The Sindh government has declared an emergency in three districts.');
    expect(texts).toContain('Roads to Thatta are closed (see the map below).');
    expect(texts).toContain('Two dams are operating at full capacity.');
    expect(texts.some((t) => /^[-*\d]/u.test(t))).toBe(false);
  });

  it('finds questions and speakers', () => {
    expect(rows(article)).toEqual(
      expect.arrayContaining([
        ['question', null, 'Will the embankments hold?'],
        ['claim', 'Engineers', 'Engineers say the next 48 hours are critical.'],
        ['claim', 'officials', 'Heavy rains have flooded 120 villages in the Indus delta, officials said on Monday.'],
        ['claim', 'The provincial disaster authority', 'The provincial disaster authority estimated that 45,000 people had been displaced.'],
        ['claim', 'Fatima Shah', 'Dr. Fatima Shah, a hydrologist at the University of Karachi, said river levels were 3.5 metres above normal.'],
        ['claim', 'the Pakistan Meteorological Department', 'Rainfall in August was 60% above the 30-year average, according to the Pakistan Meteorological Department.'],
        ['claim', 'Sharjeel Memon', '“We are doing everything we can.'],
      ]),
    );
  });

  it('gives 17 rows', () => {
    expect(article.claims).toHaveLength(17);
  });
});

describe('a wire story with abbreviations', () => {
  const { article } = load('wire-story.txt');

  it('reads headline and agency dateline', () => {
    expect(article.title).toBe('U.S. and China agree to extend tariff truce');
    expect(article.dateline).toBe('LONDON (Reuters)');
    expect(article.date).toBeNull();
  });

  it('does not split at U.S., Mr., Dr., St., No., Jan., Inc., Corp., U.N., J. P., e.g., i.e. or 3.5%', () => {
    expect(rows(article)).toEqual([
      ['headline', null, 'U.S. and China agree to extend tariff truce'],
      ['dateline', null, 'LONDON (Reuters) -'],
      ['claim', 'Mr. Li', 'The U.S. and China agreed on Tuesday to extend a tariff truce by 90 days, Mr. Li said.'],
      ['claim', 'the Commerce Department', 'Growth in the U.S. economy slowed to 3.5% in the third quarter, according to the Commerce Department.'],
      ['claim', 'Janet Morris', 'Dr. Janet Morris, an economist at St. Andrews University, said the deal was "a relief for markets."'],
      ['claim', 'Janet Morris', 'She added that inflation could ease by Jan. 2026.'],
      ['claim', null, 'The agreement was signed at No. 10 Downing Street by representatives of both countries.'],
      ['claim', null, 'Shares of Acme Inc. rose 2.1 percent.'],
      ['claim', null, 'Acme Corp. and the U.N. did not comment.'],
      ['claim', 'Jamieson Greer', '"We have made real progress," U.S. Trade Representative Jamieson Greer told reporters.'],
      ['claim', 'Jamieson Greer', '"The talks will continue next month."'],
      ['claim', 'Analysts at J. P. Morgan', 'Analysts at J. P. Morgan said the truce was fragile...'],
      ['claim', 'Analysts at J. P. Morgan', 'They expect volatility to continue, e.g. in currency markets, i.e. the yuan.'],
      ['byline', null, '(Reporting by Jane Doe; Editing by Omar Farooq)'],
    ]);
  });
});

describe('a story with a question and a byline', () => {
  const { article } = load('question-byline.txt');

  it('reads headline, byline, dateline, questions and claims', () => {
    expect(article.title).toBe('Is the new bridge safe?');
    expect(article.dateline).toBe('KABUL');
    expect(rows(article)).toEqual([
      ['headline', null, 'Is the new bridge safe?'],
      ['byline', null, 'By Jane Doe and Omar Farooq'],
      ['dateline', null, 'KABUL:'],
      ['claim', 'Engineers', 'Engineers have raised concerns about the new Kabul river bridge.'],
      ['question', null, 'Is the bridge safe for heavy trucks?'],
      ['claim', 'The ministry', 'The ministry said it was.'],
      ['claim', 'Local residents', 'Local residents told reporters that cracks appeared within a week of the opening.'],
      ['claim', 'one shopkeeper', '"Who will pay for the repairs?" asked one shopkeeper.'],
      ['claim', null, 'The bridge cost $12.5 million to build (about 1.1 billion afghanis).'],
    ]);
  });
});

describe('CRLF line endings', () => {
  const { text, article } = load('crlf.txt');

  it('keeps the text as decoded and spans never include the line breaks', () => {
    expect(text).toContain('\r\n');
    for (const claim of article.claims) expect(claim.text).not.toMatch(/^[\r\n]|[\r\n]$/u);
  });

  it('reads headline and a dateline with date and agency', () => {
    expect(article.title).toBe('Pakistan, IMF reach staff-level deal');
    expect(article.dateline).toBe('ISLAMABAD, Feb 3 (AP)');
    expect(rows(article)).toEqual([
      ['headline', null, 'Pakistan, IMF reach staff-level deal'],
      ['dateline', null, 'ISLAMABAD, Feb 3 (AP) —'],
      ['claim', 'the finance ministry', 'Pakistan and the IMF reached a staff-level agreement on a $1.1 billion tranche, the finance ministry said.'],
      ['claim', null, 'The deal still needs approval from the IMF board.'],
      ['claim', 'Muhammad Aurangzeb', 'Finance Minister Muhammad Aurangzeb said the economy would grow by 3 percent.'],
    ]);
  });
});

describe('UTF-8 with a byte-order mark', () => {
  const { text, article } = load('utf8-bom.txt');

  it('drops the mark, so offsets start at the first letter', () => {
    expect(text.startsWith('date 2024-11-05 KABUL -')).toBe(true);
    expect(article.date).toBe('2024-11-05');
    expect(article.dateline).toBe('KABUL');
    expect(article.claims[0]).toMatchObject({ kind: 'dateline', start: 0, text: 'date 2024-11-05 KABUL -' });
    expect(article.claims[1]?.speaker).toBe('The Taliban government');
  });
});

describe('a blog post with front matter, a timestamp, a block quote and a photo caption', () => {
  const { text, article } = load('front-matter-blog.md');

  it('keeps front matter, the "Updated" stamp and the caption as hidden rows, not claims', () => {
    expect(rows(article).filter(([kind]) => kind !== 'claim')).toEqual([
      ['metadata', null, text.slice(0, text.indexOf('---', 4) + 3)],
      ['headline', null, "Why the city's water bills doubled"],
      ['metadata', null, '*Updated 14:05*'],
      ['headline', null, 'What happened'],
      ['question', null, "Why didn't the state step in?"],
      ['caption', null, 'Photo: A water main repair on Elm St. in March. (Riverton Herald)'],
    ]);
  });

  it('starts a block quote claim after its ">" marker and attributes it', () => {
    expect(rows(article)).toContainEqual(['claim', 'Raj Patel', '"This is a failure of planning," said council member Raj Patel.']);
  });

  it('takes the date from the front matter when there is no date prefix', () => {
    const withDate = analyzeArticle(text.replace('author: Sam Ortiz', 'date: 2025-06-30\nauthor: Sam Ortiz'));
    expect(withDate.date).toBe('2025-06-30');
    expect(analyzeArticle(text.replace('author: Sam Ortiz', 'date: 2025-02-30')).date).toBeNull();
  });

  it('uses the front matter title when the article has no headline', () => {
    const noHeading = analyzeArticle(text.replace("# Why the city's water bills doubled\n", ''));
    expect(noHeading.title).toBe("Why the city's water bills doubled");
    expect(noHeading.titleFromHeadline).toBe(true);
  });
});

describe('Markdown tables, lead-ins and an emphasised byline', () => {
  const text = [
    '# AI rules compared',
    '',
    '*By the Data Desk*',
    '',
    'Key points:',
    '',
    '- The EU act bans social scoring.',
    '',
    '| Rule | EU AI Act | US approach |',
    '|------|:---------:|-------------|',
    '| Fines | Up to 7% of turnover | None federal |',
    '',
    'Is this enough? Critics say no.',
  ].join('\n');
  const article = analyzeArticle(text);

  it('reads each table row as one claim, its header and rule as non-claims', () => {
    expect(rows(article)).toEqual([
      ['headline', null, 'AI rules compared'],
      ['byline', null, '*By the Data Desk*'],
      ['headline', null, 'Key points:'],
      ['claim', null, 'The EU act bans social scoring.'],
      ['headline', null, '| Rule | EU AI Act | US approach |'],
      ['metadata', null, '|------|:---------:|-------------|'],
      ['claim', null, '| Fines | Up to 7% of turnover | None federal |'],
      ['question', null, 'Is this enough?'],
      ['claim', 'Critics', 'Critics say no.'],
    ]);
    expect(spanProblems(text, article)).toEqual([]);
  });
});

describe('patterns for non-claims never hide ordinary sentences', () => {
  const kinds = (t: string) => analyzeArticle(`Intro sentence here.\n\n${t}`).claims.slice(1).map((c) => c.kind);

  it.each([
    'Video-game sales rose 12% last year.',
    'Photo-ID laws now apply in 12 states.',
    'Published figures show unemployment fell to 4.1% in March.',
    'Updated forecasts put growth at 2%.',
    'Research by the IMF found that public debt doubled.',
    'Writing by hand is in decline, teachers say.',
    'Editing by committee slowed the bill, Smith said.',
  ])('%s is a claim', (sentence) => {
    expect(kinds(sentence)).toEqual(['claim']);
  });

  it.each([
    ['Photo: A water main repair on Elm St. in March.', 'caption'],
    ['Image - courtesy of the council', 'caption'],
    ['*Updated 14:05*', 'metadata'],
    ['Last updated: 2 hours ago', 'metadata'],
    ['(Reporting by Jane Doe; Editing by Omar Farooq)', 'byline'],
    ['Reporting by Jane Doe; Editing by Omar Farooq', 'byline'],
  ])('%s is a %s', (line, kind) => {
    expect(kinds(line)).toEqual([kind]);
  });

  it('reads prose between two rules as claims, not as front matter', () => {
    const text = '---\n\nThe council voted 7-2 to raise taxes by 4%.\n\nThe mayor said 200 teachers would be hired.\n\n---\n';
    expect(analyzeArticle(text).claims.map((c) => [c.kind, c.text])).toEqual([
      ['claim', 'The council voted 7-2 to raise taxes by 4%.'],
      ['claim', 'The mayor said 200 teachers would be hired.'],
    ]);
  });
});
