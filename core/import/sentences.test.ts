import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences';

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Mr. Khan met Dr. Ali in St. Louis. They talked.', ['Mr. Khan met Dr. Ali in St. Louis.', 'They talked.']],
    ['He moved to the U.S. The next day he left.', ['He moved to the U.S.', 'The next day he left.']],
    ['The U.S. economy grew. The U.N. said so.', ['The U.S. economy grew.', 'The U.N. said so.']],
    ['J. K. Rowling wrote it. Gen. Asim Munir read it.', ['J. K. Rowling wrote it.', 'Gen. Asim Munir read it.']],
    // A name ending on a title's letters ends the sentence; the title after a party's name does not.
    ['They plotted to overthrow Hun Sen. Kem Sokha called it baseless. Hun Sen said nothing.', ['They plotted to overthrow Hun Sen.', 'Kem Sokha called it baseless.', 'Hun Sen said nothing.']],
    // Only a name the article also writes without the full stop: a state's senator is a title.
    ['Texas Sen. Ted Cruz said the bill would fail. It passed.', ['Texas Sen. Ted Cruz said the bill would fail.', 'It passed.']],
    ['But Sen. Jane Doe asked about the cost. It rose.', ['But Sen. Jane Doe asked about the cost.', 'It rose.']],
    ['It was written by Republican Sen. Jane Doe. It passed.', ['It was written by Republican Sen. Jane Doe.', 'It passed.']],
    ['It was written by Sen. Jane Doe. It passed.', ['It was written by Sen. Jane Doe.', 'It passed.']],
    ['Growth was 3.5 percent. Inflation fell to 2.1%.', ['Growth was 3.5 percent.', 'Inflation fell to 2.1%.']],
    ['It happened on Jan. 5 at No. 10 and cost Rs. 500 million.', ['It happened on Jan. 5 at No. 10 and cost Rs. 500 million.']],
    ['Some fruit, e.g. apples, i.e. Fuji, grew. Sen. Ali agreed.', ['Some fruit, e.g. apples, i.e. Fuji, grew.', 'Sen. Ali agreed.']],
    ['He paused... Then he left.', ['He paused...', 'Then he left.']],
    ['He said… and left.', ['He said… and left.']],
    ['Shares of Acme Inc. rose. Acme Inc. The firm fell.', ['Shares of Acme Inc. rose.', 'Acme Inc.', 'The firm fell.']],
    ['The talks ended in 2023. 12 officials resigned.', ['The talks ended in 2023.', '12 officials resigned.']],
    ['Visit claimdesk.org today. U.S.-based firms agreed.', ['Visit claimdesk.org today.', 'U.S.-based firms agreed.']],
    ['Is it over? Yes! It is.', ['Is it over?', 'Yes!', 'It is.']],
    // An ellipsis glued to a title is not part of it; a time's "p.m." goes on into a bracket of figures or lower case.
    ['"By then…Mr. Peskov had spoken," Lavrov said. He left.', ['"By then…Mr. Peskov had spoken," Lavrov said.', 'He left.']],
    ['It was fired at 10:44 p.m. (1344 GMT), the military said. It failed.', ['It was fired at 10:44 p.m. (1344 GMT), the military said.', 'It failed.']],
    ['He moved to the U.S. (He later returned.) Then he left.', ['He moved to the U.S.', '(He later returned.)', 'Then he left.']],
    ['He moved to the U.S. "It was home," he said.', ['He moved to the U.S.', '"It was home," he said.']],
    ['The curfew begins at 8 p.m. "2,000 police officers will be out," he said.', ['The curfew begins at 8 p.m.', '"2,000 police officers will be out," he said.']],
    ['Polls open at 7 a.m. (1) Bring photo ID. (2) Bring your card.', ['Polls open at 7 a.m.', '(1) Bring photo ID.', '(2) Bring your card.']],
    ['She holds a Ph.D. (her thesis was on malaria.) She joined in 2010.', ['She holds a Ph.D.', '(her thesis was on malaria.)', 'She joined in 2010.']],
    ['Tariffs on U.S. (and Canadian) steel rose 25 percent.', ['Tariffs on U.S. (and Canadian) steel rose 25 percent.']],
    // Scripts without letter case end sentences with their own marks.
    ['اسکول کھل جائیں گے۔ بینک نے تردید کی۔ کیا یہ درست ہے؟ جی ہاں۔', ['اسکول کھل جائیں گے۔', 'بینک نے تردید کی۔', 'کیا یہ درست ہے؟', 'جی ہاں۔']],
    ['सरकार ने कहा कि स्कूल खुलेंगे। यह सही है।', ['सरकार ने कहा कि स्कूल खुलेंगे।', 'यह सही है।']],
    ['東京都は計画を発表した。予算は三億円だ。本当か？', ['東京都は計画を発表した。', '予算は三億円だ。', '本当か？']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps a closing quote or bracket with the sentence it closes', () => {
    expect(split('“We will win.” The crowd cheered. (It was late.) Then it rained.')).toEqual([
      '“We will win.”',
      'The crowd cheered.',
      '(It was late.)',
      'Then it rained.',
    ]);
    expect(split('He called it "a relief." She agreed.')).toEqual(['He called it "a relief."', 'She agreed.']);
  });

  it('does not end a sentence at a quoted question or exclamation followed by lower case', () => {
    expect(split('“Why now?” she asked. “Stop!” he shouted.')).toEqual(['“Why now?” she asked.', '“Stop!” he shouted.']);
  });

  it('splits a quotation of two sentences between them', () => {
    expect(split('“The first is short. The second is too,” said one diplomat.')).toEqual([
      '“The first is short.',
      'The second is too,” said one diplomat.',
    ]);
  });

  it('does not split at brackets, spaced dashes or line breaks inside a paragraph', () => {
    const text = 'Tribal jirgas (assemblies) and the TTP - a banned group - met\nin Kabul (TTP).';
    expect(split(text)).toEqual([text]);
  });

  it('cuts a run without full stops into pieces at whitespace, losing nothing', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    const pieces = splitSentences(words, 0, words.length);
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) {
      expect(piece.end - piece.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(words.slice(piece.start, piece.end)).toMatch(/^word\d+( word\d+)*$/u);
    }
    expect(pieces.map((p) => words.slice(p.start, p.end)).join(' ')).toBe(words);
  });

  it('cuts a run without whitespace between characters, never inside a surrogate pair', () => {
    const emoji = '😀'.repeat(3000);
    const pieces = splitSentences(emoji, 0, emoji.length);
    expect(pieces.map((p) => emoji.slice(p.start, p.end)).join('')).toBe(emoji);
    for (const piece of pieces) expect(emoji.slice(piece.start, piece.end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
  });
});

describe('a dash after an abbreviation', () => {
  it.each([
    ['the study -- written by S.V.M. Maharaj of New Market, Md. -- resulted in several letters.', ['the study -- written by S.V.M. Maharaj of New Market, Md. -- resulted in several letters.']],
    ['He moved to Annapolis, Md. — a small city.', ['He moved to Annapolis, Md. — a small city.']],
    ['Prices rose at Acme Inc. — the largest chain — last year.', ['Prices rose at Acme Inc. — the largest chain — last year.']],
    // A sentence ending on a word still ends before a credit on a dash.
    ['Officials met. The talks failed. — Reuters', ['Officials met.', 'The talks failed.', '— Reuters']],
    ['Officials met. The rebels are backed by Iran. — Reuters', ['Officials met.', 'The rebels are backed by Iran.', '— Reuters']],
    ['He was born in the U.S. — and raised in Canada.', ['He was born in the U.S. — and raised in Canada.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('a quotation ending on "!" or "?" and then its attribution', () => {
  it('is one sentence when a name and a verb of saying follow, with a few words to the full stop', () => {
    expect(split('“Governor Bevin has done a wonderful job!” Trump tweeted before Election Day. “Matt has my endorsement.”')).toEqual([
      '“Governor Bevin has done a wonderful job!” Trump tweeted before Election Day.',
      '“Matt has my endorsement.”',
    ]);
    expect(split('“Do they reinvest those profits to take share in grocery?” Forte said.')).toEqual(['“Do they reinvest those profits to take share in grocery?” Forte said.']);
  });
  it('splits when what follows is a sentence of its own', () => {
    expect(split('“Stop!” Police said the man had run away from the scene at once.')).toEqual(['“Stop!”', 'Police said the man had run away from the scene at once.']);
    expect(split('“Why now?” Officials said that the plan was late.')).toEqual(['“Why now?”', 'Officials said that the plan was late.']);
    expect(split('“Why now?” Nobody knows.')).toEqual(['“Why now?”', 'Nobody knows.']);
    // A quotation that does not open the sentence has its speaker already; a reply in a short statement is a sentence.
    expect(split('Trump attacked his rival on Monday: “Sleepy Joe is finished!” Biden said the attack was childish.')).toHaveLength(2);
    expect(split('On the Senate floor, Cruz shouted, “Where is the money?” Schumer replied in a short statement.')).toHaveLength(2);
  });
});
