import { describe, expect, it } from 'vitest';
import { buildArticleContext } from './context';
import { extractEntities } from './entities';
import { tokenize } from './tokens';

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
});
