import { describe, expect, it } from 'vitest';
import { buildArticleContext } from './context';
import { extractEntities } from './entities';
import { tokenize } from '../text/tokens';

function entities(text: string, article = text): string[] {
  return extractEntities(text, tokenize(text), { article: buildArticleContext(article) });
}

const ARTICLE = `Afghan territory must not serve as a safe haven for groups such as the Tehrik-e-Taliban Pakistan (TTP) and DAESH.
Islamabad urged action against groups listed under the United Nations Security Council (UNSC) sanctions regime.
The spokesperson highlighted the presence of TTP militants operating from Afghan soil.
Relations between Pakistan and Afghanistan have deteriorated in recent months.
Recently, Khyber Pakhtunkhaw Chief Minister Ali Amin Gandapur announced plans for talks.
While there is a consensus, the KP government continues to test the centre's patience.`;

describe('entities', () => {
  it('an organisation\'s name runs on through "for the" / "of the"; a weekday never starts a name', () => {
    expect(entities('The Joint Council for the Welfare of Immigrants said the plan was unlawful.')).toEqual(['Joint Council for the Welfare of Immigrants']);
    expect(entities('The Ministry of the Interior and the Bank of England agreed.')).toEqual(['Ministry of the Interior', 'Bank of England']);
    expect(entities('Tuesday Mitsotakis reasserted Greece’s position.')).toEqual(['Mitsotakis', 'Greece']);
    // A person's title does not: "the President of the United States" names the United States on its own.
    expect(entities('The President of the United States spoke.')).not.toContain('President of the United States');
  });

  it('expands an acronym the article introduced in parentheses', () => {
    expect(entities('The spokesperson highlighted the presence of TTP militants operating from Afghan soil.', ARTICLE)).toEqual([
      'Tehrik-e-Taliban Pakistan (TTP)',
    ]);
  });

  it('keeps the introducing sentence as one entity', () => {
    const s = 'Afghan territory must not serve as a safe haven for groups such as the Tehrik-e-Taliban Pakistan (TTP) and DAESH.';
    expect(entities(s, ARTICLE)).toEqual(['Tehrik-e-Taliban Pakistan (TTP)', 'DAESH']);
  });

  it('multi-word organisations', () => {
    const s = 'Islamabad urged action against groups listed under the United Nations Security Council (UNSC) sanctions regime.';
    expect(entities(s, ARTICLE)).toEqual(['Islamabad', 'United Nations Security Council (UNSC)']);
  });

  it('splits titles from names and places', () => {
    const s = 'Recently, Khyber Pakhtunkhaw Chief Minister Ali Amin Gandapur announced plans for talks.';
    expect(entities(s, ARTICLE)).toEqual(['Khyber Pakhtunkhaw', 'Ali Amin Gandapur']);
  });

  it('ordinary words that start a sentence are not names', () => {
    expect(entities('Relations between Pakistan and Afghanistan have deteriorated in recent months.', ARTICLE)).toEqual(['Pakistan', 'Afghanistan']);
    expect(entities('The minister resigned.')).toEqual([]);
    // A role's modifier opening the sentence ("Lead researcher") is no name.
    expect(entities('Lead researcher Mamdouh Eldamaty told Nature that the results were suggestive.')).toEqual(['Mamdouh Eldamaty', 'Nature']);
    expect(entities('While there is a consensus, the KP government continues.', ARTICLE)).toEqual(['KP']);
    expect(entities('Campaigners say the company should be sold.')).toEqual([]);
  });

  it('months, weekdays and nationality adjectives alone are not entities', () => {
    expect(entities('On Tuesday in March, Afghan and Pakistani officials met in Geneva.')).toEqual(['Geneva']);
  });

  it('drops possessives and hyphenated tails', () => {
    expect(entities("talks with the Taliban-led government and Pakistan's army")).toEqual(['Taliban', 'Pakistan']);
  });

  it('a surname beside the full name is the same person', () => {
    expect(entities('Ali Amin Gandapur spoke first; later Gandapur left for Peshawar.')).toEqual(['Ali Amin Gandapur', 'Peshawar']);
  });

  it('organisations with "of" inside', () => {
    expect(entities('a spokesman for the Ministry of Foreign Affairs said')).toEqual(['Ministry of Foreign Affairs']);
  });

  it('names inside a quotation, not its first word', () => {
    expect(entities('“Under the constitution, foreign affairs are the federal government’s domain,” Shafqat Ali Khan said.')).toEqual([
      'Shafqat Ali Khan',
    ]);
  });

  it('a shouted headline gives nothing rather than noise', () => {
    expect(entities('BREAKING: GOVERNMENT FALLS AFTER VOTE')).toEqual([]);
  });

  it('instructions to the reader and adverbs opening a sentence are not names', () => {
    expect(entities('Go get your bike!')).toEqual([]);
    expect(entities('Leave them in the comments.')).toEqual([]);
    expect(entities('Sign up for our newsletter.')).toEqual([]);
    expect(entities('Click here to read more.')).toEqual([]);
    expect(entities('Only three councils replied.')).toEqual([]);
    expect(entities('Online sales rose 4% last year.')).toEqual([]);
    expect(entities('Honestly, the Treasury got it wrong.')).toEqual(['Treasury']);
    expect(entities('… Honestly, nobody knew.')).toEqual([]);
    expect(entities("We're told the Home Office refused.")).toEqual(['Home Office']);
    expect(entities('“They’ll never learn,” she said.')).toEqual([]);
    expect(entities('Posted by Sam Patel, transport blogger')).toEqual(['Sam Patel']);
    // Not instructions: a name follows, or the word is not the first.
    expect(entities('Vote Leave spent £7m on the campaign.')).toEqual(['Vote Leave']);
    expect(entities('Officials said Mark Reid would go.')).toEqual(['Mark Reid']);
  });

  it('a sentence dense with names is not a Title Case headline', () => {
    expect(entities('They wrote to the Pharmaceutical Research and Manufacturers of America.')).toEqual([
      'Pharmaceutical Research and Manufacturers of America',
    ]);
  });

  it('an abstract noun opening a sentence is not a name', () => {
    expect(entities('Unemployment reached 7.8 million last September.')).toEqual([]);
    expect(entities('Inflation rose to 4% in May.')).toEqual([]);
    expect(entities('Amnesty International said the detention was unlawful.')).toEqual(['Amnesty International']);
    expect(entities('Department of Health officials said no.')).toEqual(['Department of Health']);
    expect(entities("A report by the Harford Tenants' Association found damp.")).toEqual(["Harford Tenants' Association"]);
  });

  it('a portfolio before a title belongs to the title', () => {
    expect(entities('Mining Minister Peter Dutton said the mine would reopen.')).toEqual(['Peter Dutton']);
    expect(entities('The Transport Secretary, Louise Haigh, resigned.')).toEqual(['Louise Haigh']);
    expect(entities('The plan was backed last night by Shadow Health Secretary Wes Streeting.')).toEqual(['Wes Streeting']);
    expect(entities('Khyber Pakhtunkhaw Chief Minister Ali Amin Gandapur spoke.')).toEqual(['Khyber Pakhtunkhaw', 'Ali Amin Gandapur']);
  });

  it('a street keeps its first word, also at a sentence start', () => {
    expect(entities('Downing Street said the plan was costed.')).toEqual(['Downing Street']);
    expect(entities('A spokesman for Downing Street said no.')).toEqual(['Downing Street']);
    expect(entities('Speaking on Monday, Jane Doe said no.')).toEqual(['Jane Doe']);
  });

  it('weekday abbreviations and time zones are not names', () => {
    expect(entities('Tue 14 May 2024 18.32 BST')).toEqual([]);
    expect(entities('The vote closed at 10pm GMT on Tue.')).toEqual([]);
    expect(entities('Voting ends at 7pm EST, 4pm PT.')).toEqual([]);
    expect(entities('Sat 3 June was the busiest day.')).toEqual([]);
    expect(entities('The story ran in the Sun.')).toEqual(['Sun']);
  });

  it('a newsroom role after a name is not part of it', () => {
    expect(entities('Peter Walker Political correspondent')).toEqual(['Peter Walker']);
    expect(entities('Jane Doe Chief Economics editor')).toEqual(['Jane Doe']);
    expect(entities('Larry Elliott Economics editor')).toEqual(['Larry Elliott']);
  });

  it('organisations joined by "and" stay whole; two names joined by "and" stay two', () => {
    expect(entities('Pharmaceutical Research and Manufacturers of America said prices fell.')).toEqual([
      'Pharmaceutical Research and Manufacturers of America',
    ]);
    expect(entities('the Department of Health and Social Care said')).toEqual(['Department of Health and Social Care']);
    expect(entities('approved by the Food and Drug Administration')).toEqual(['Food and Drug Administration']);
    expect(entities('Pakistan and Afghanistan met.')).toEqual(['Pakistan', 'Afghanistan']);
    expect(entities('Jane Doe and John Smith met.')).toEqual(['Jane Doe', 'John Smith']);
    expect(entities('Health and Education ministers met.')).toEqual([]);
  });

  it('party and state tags are not names', () => {
    expect(entities('Sen. Rob Portman (R-Ohio) and Sen. Raphael Warnock (D-Ga) voted for it, as did Rep. Ted Cruz, R-Texas.')).toEqual([
      'Rob Portman',
      'Raphael Warnock',
      'Ted Cruz',
    ]);
    expect(entities('Rep. Alexandria Ocasio-Cortez, D-N.Y., objected.')).toEqual(['Alexandria Ocasio-Cortez']);
  });

  it('a surname alone is the full name the article introduced', () => {
    const article = `Jane Doe, a hydrologist, said the fish died in June. Margaret Okafor, the environment minister, disagreed.
Okafor said the river was clean. Doe did not respond. Ms Doe's team measured the river.
Chancellor of the Exchequer Daniel Reeve spoke. Reeve left. Later Amin Gandapur returned; Ali Amin Gandapur had left.`;
    expect(entities('Okafor said the river was clean.', article)).toEqual(['Margaret Okafor']);
    expect(entities('Doe did not respond.', article)).toEqual(['Jane Doe']);
    expect(entities("Ms Doe's team measured the river.", article)).toEqual(['Jane Doe']);
    expect(entities('Reeve left.', article)).toEqual(['Daniel Reeve']);
    expect(entities('Later Amin Gandapur returned.', article)).toEqual(['Ali Amin Gandapur']);
    expect(entities('Jane Doe and Doe again.', article)).toEqual(['Jane Doe']);
  });

  it('a surname is left alone when two people share it or it came first on its own', () => {
    const shared = 'John Smith met Mary Smith. Smith declined.';
    expect(entities('Smith declined.', shared)).toEqual(['Smith']);
    const place = 'Pakistan said no. Radio Pakistan said yes.';
    expect(entities('Pakistan said no.', place)).toEqual(['Pakistan']);
    const org = 'The Ashcombe Leisure Centre shut. Leisure matters.';
    expect(buildArticleContext(org).surnames.size).toBe(0);
    const acronym = 'Groups such as the Tehrik-e-Taliban Pakistan (TTP) operate. Pakistan objected.';
    expect(entities('Pakistan objected.', acronym)).toEqual(['Pakistan']);
  });
  it('never spans a line break, drops byline roles and label words, and keeps the fuller of two forms of a name', () => {
    expect(entities('Staff Writer\nPublished June 3, 2025')).toEqual([]);
    expect(entities('Jane Doe\nStaff Writer')).toEqual(['Jane Doe']);
    expect(entities('Item 4: The council approved the plan.')).toEqual([]);
    const article = `The United Nations Interim Force in Lebanon (UNIFIL) said peacekeepers were hit.
The United Nations Interim Force said it would stay. The United Nations said the truce held.
Fjordkraft Holding said profits rose. Fjordkraft said prices would fall.`;
    expect(entities('The United Nations Interim Force and the United Nations Interim Force in Lebanon (UNIFIL) met.', article)).toEqual([
      'United Nations Interim Force in Lebanon (UNIFIL)',
    ]);
    expect(entities('The United Nations Interim Force said it would stay.', article)).toEqual(['United Nations Interim Force in Lebanon (UNIFIL)']);
    expect(entities('The United Nations said the truce held.', article)).toEqual(['United Nations']);
    expect(entities('Fjordkraft said prices would fall.', article)).toEqual(['Fjordkraft Holding']);
    expect(entities('Fjordkraft and Fjordkraft Holding agreed.', article)).toEqual(['Fjordkraft Holding']);
    expect(entities('Pakistan and the Pakistan Foreign Office disagreed.')).toContain('Pakistan');
  });
});

describe('currencies and numbers in names', () => {
  it('a currency before its amount is no name; a number between a name’s words is part of it', () => {
    expect(entities('The bank lent KSh2.5 billion to farmers, against Rs 500 and PKR 1.2bn.')).toEqual([]);
    expect(entities('Mantashe paid the journalists R70,000.')).toEqual(['Mantashe']);
    expect(entities('The chancellor told the Radio 4 Today programme’s Sarah Montague.')).toEqual(['Radio 4 Today', 'Sarah Montague']);
    expect(entities('The Boeing 737 Max was grounded.')).toEqual(['Boeing 737 Max']);
    expect(entities('Sat 3 June was the busiest day.')).toEqual([]);
    expect(entities('In Q3 2023 Nvidia earned $18 billion.')).toContain('Nvidia');
    expect(entities('The result, Kaizer Chiefs 2 Orlando Pirates 1, left them clear.')).toEqual(['Kaizer Chiefs', 'Orlando Pirates']);
  });

  it('a headline in Title Case names only what the article also names elsewhere', () => {
    const mantashe =
      'South Africa: Minister Denies Bribing Journalists to Make Story About Sex Life Disappear\n\nCape Town — South African Minister Gwede Mantashe has denied bribing journalists, TimesLive reports.';
    const headline = (text: string, article: string) => extractEntities(text, tokenize(text), { article: buildArticleContext(article), headline: true });
    expect(headline('South Africa: Minister Denies Bribing Journalists to Make Story About Sex Life Disappear', mantashe)).toEqual([]);
    const barbs = 'Pakistan, Afghanistan Trade Barbs Over Border Closure\n\nPakistan closed the border on Monday. Afghanistan said the closure was illegal.';
    expect(headline('Pakistan, Afghanistan Trade Barbs Over Border Closure', barbs)).toEqual(['Pakistan', 'Afghanistan']);
    // A sentence full of names is no headline, nor is a line of the body.
    expect(headline('The United Nations Interim Force Commander Visited Beirut.', 'x')).toContain('United Nations Interim Force');
    expect(entities('Coram: Chief Justice Ranjan Gogoi, Justice Madan Lokur, Justice Kurian Joseph', 'The bench sat on Monday.')).toEqual(expect.arrayContaining(['Ranjan Gogoi', 'Madan Lokur', 'Kurian Joseph']));
  });

  it('a portfolio run on into a known person is the person; a weekday never starts a name', () => {
    const article = 'South African Minister of Mineral Resources and Energy Gwede Mantashe denied it. Mantashe said so on Sunday.';
    expect(entities('South African Minister of Mineral Resources and Energy Gwede Mantashe denied it.', article)).toEqual(['South African', 'Gwede Mantashe']);
    expect(entities('On Tuesday Mitsotakis said the talks failed.')).toEqual(['Mitsotakis']);
    expect(entities('And on the Friday Putin flew back to Moscow.')).toEqual(['Putin', 'Moscow']);
  });

  it('a number word opening a sentence is no name, unless a name goes on after it', () => {
    expect(entities('One victim alone was conned out of 3.2 million pounds.')).toEqual([]);
    expect(entities('Two officers were hurt.')).toEqual([]);
    expect(entities('One Nation won two seats.')).toEqual(['One Nation']);
  });
});
