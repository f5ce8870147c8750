/**
 * Short invented articles in different house styles (an AP wire story, a
 * feature with curly quotes, an interview, a business brief): every claim's
 * speaker, to check that the rules are general, not tuned to one article.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../import/analyze';

const attributed = (text: string) =>
  analyzeArticle(text)
    .claims.filter((c) => c.kind === 'claim')
    .map((c) => [c.speaker, c.text.slice(0, 40)]);

const AP_WIRE = `Senate passes water bill after long standoff

WASHINGTON (AP) — The Senate passed a $12 billion water infrastructure bill on Thursday, ending a months-long standoff over funding for rural pipes.

Sen. J.R. Ortiz, a New Mexico Democrat who wrote the bill, said it would replace lead pipes in 400,000 homes. "This is the biggest investment in clean water in a generation," Ortiz told reporters after the vote.

Republicans had objected to the cost. Sen. Dana Whitfield, R-Texas, argued that the bill would add to the deficit. She added that states should pay a larger share.

The Congressional Budget Office estimated that the bill would cost $14 billion over ten years, according to a report released Wednesday.

Officials in Ohio, Nevada and Louisiana said their states were ready to start work. The White House said President Maria Lopez would sign the bill next week. It said the law would create 50,000 jobs.

The bill now goes to the House.
`;

const FEATURE = `The last ferry to Skerrin

Every morning at six, Moira Kelly unlocks the ticket office at the harbour. For 31 years she has sold tickets to the island, and in March she will sell the last one.

“People think the ferry is just a boat,” Kelly says, wiping the counter. “It’s the only road we have. When it goes, the island goes with it.”

The county council voted in January to end the subsidy that keeps the route running. Council leader Tom Brennan said the service lost €2 million last year. “We cannot keep paying for a boat that runs half empty,” Brennan said. The council, he added, would fund a water taxi instead.

Islanders are not convinced. “A water taxi carries twelve people,” said Padraig Ó Súilleabháin, who runs the island’s only shop. “What about the doctor? What about the coal?”

The population of Skerrin has fallen from 400 in 1960 to 86 today, census figures show.

Kelly is blunter. “They have decided we are not worth it,” she says.
`;

const INTERVIEW = `Q&A: The economist who predicted the crash

Dr. Anjali Rao, chief economist at Meridian Bank, warned in 2021 that house prices would fall. We asked her what comes next.

Rao believes interest rates will stay high through next year. "Inflation is falling, but not fast enough for the central bank to relax," she said.

Asked about unemployment, Rao was cautious. "We expect it to rise to about 5 percent," she said. "That is painful but not a disaster."

The central bank's governor, Paul Mensah, disagreed last week. Mensah told a parliamentary committee that unemployment would peak at 4.5 percent.

According to the Office for National Statistics, unemployment stood at 4.1 percent in June.

"The governor is an optimist," Rao said. "I hope he is right."
`;

const BUSINESS = `KARACHI: Pakistan’s central bank cut its key interest rate by 100 basis points on Monday, citing a sharp fall in inflation.

The State Bank of Pakistan said in a statement that inflation had fallen to 4.1 percent in January. It said the outlook remained uncertain.

Finance Minister Muhammad Aurangzeb welcomed the decision. The minister told reporters in Islamabad that the cut would help businesses borrow.

Analysts were divided. "The cut was bigger than expected," said Sana Tariq, an economist at Topline Securities. Tariq added that further cuts were unlikely before June.

Business leaders in Karachi, Lahore and Faisalabad urged the bank to go further. The Karachi Chamber of Commerce called the decision "a step in the right direction."

The rupee was little changed at 279 to the dollar.
`;

describe('an AP wire story: titles, party-state asides, a list of places, "it said"', () => {
  it('attributes every claim', () => {
    expect(attributed(AP_WIRE)).toEqual([
      [null, "The Senate passed a $12 billion water in"],
      ["J.R. Ortiz", "Sen. J.R. Ortiz, a New Mexico Democrat w"],
      ["J.R. Ortiz", "\"This is the biggest investment in clean"],
      [null, "Republicans had objected to the cost."],
      ["Dana Whitfield", "Sen. Dana Whitfield, R-Texas, argued tha"],
      ["Dana Whitfield", "She added that states should pay a large"],
      ["The Congressional Budget Office", "The Congressional Budget Office estimate"],
      ["Officials in Ohio, Nevada and Louisiana", "Officials in Ohio, Nevada and Louisiana "],
      ["The White House", "The White House said President Maria Lop"],
      ["The White House", "It said the law would create 50,000 jobs"],
      [null, "The bill now goes to the House."],
    ]);
  });
});

describe('a feature with curly quotes, present-tense "says" and a quotation over several sentences', () => {
  it('attributes every claim', () => {
    expect(attributed(FEATURE)).toEqual([
      [null, "Every morning at six, Moira Kelly unlock"],
      [null, "For 31 years she has sold tickets to the"],
      ["Moira Kelly", "“People think the ferry is just a boat,”"],
      ["Moira Kelly", "“It’s the only road we have."],
      ["Moira Kelly", "When it goes, the island goes with it.”"],
      [null, "The county council voted in January to e"],
      ["Tom Brennan", "Council leader Tom Brennan said the serv"],
      ["Tom Brennan", "“We cannot keep paying for a boat that r"],
      ["Tom Brennan", "The council, he added, would fund a wate"],
      [null, "Islanders are not convinced."],
      ["Padraig Ó Súilleabháin", "“A water taxi carries twelve people,” sa"],
      [null, "The population of Skerrin has fallen fro"],
      [null, "Kelly is blunter."],
      ["Moira Kelly", "“They have decided we are not worth it,”"],
    ]);
  });
});

describe('an interview: "she said" after the person is named, a belief without "that", the interviewer’s “we”', () => {
  it('attributes every claim', () => {
    expect(attributed(INTERVIEW)).toEqual([
      ["Anjali Rao", "Dr. Anjali Rao, chief economist at Merid"],
      [null, "We asked her what comes next."],
      ["Anjali Rao", "Rao believes interest rates will stay hi"],
      ["Anjali Rao", "\"Inflation is falling, but not fast enou"],
      [null, "Asked about unemployment, Rao was cautio"],
      ["Anjali Rao", "\"We expect it to rise to about 5 percent"],
      ["Anjali Rao", "\"That is painful but not a disaster.\""],
      [null, "The central bank's governor, Paul Mensah"],
      ["Paul Mensah", "Mensah told a parliamentary committee th"],
      ["the Office for National Statistics", "According to the Office for National Sta"],
      ["Anjali Rao", "\"The governor is an optimist,\" Rao said."],
      ["Anjali Rao", "\"I hope he is right.\""],
    ]);
  });
});

describe('a business brief: a dateline, "the minister" resolved, "called ... \"quote\""', () => {
  it('attributes every claim', () => {
    expect(attributed(BUSINESS)).toEqual([
      [null, "Pakistan’s central bank cut its key inte"],
      ["The State Bank of Pakistan", "The State Bank of Pakistan said in a sta"],
      ["The State Bank of Pakistan", "It said the outlook remained uncertain."],
      [null, "Finance Minister Muhammad Aurangzeb welc"],
      ["Muhammad Aurangzeb", "The minister told reporters in Islamabad"],
      [null, "Analysts were divided."],
      ["Sana Tariq", "\"The cut was bigger than expected,\" said"],
      ["Sana Tariq", "Tariq added that further cuts were unlik"],
      ["Business leaders in Karachi, Lahore and Faisalabad", "Business leaders in Karachi, Lahore and "],
      ["The Karachi Chamber of Commerce", "The Karachi Chamber of Commerce called t"],
      [null, "The rupee was little changed at 279 to t"],
    ]);
  });
});


const INVESTIGATION = `Clinic chain accused of hiding complaints

Former staff at Norvance Health, a private clinic chain, say they were told to delete patient complaints.

Claire Hollins, a former clinic manager, worked at the company's Leeds branch for nine years. Hollins, 46, says her regional manager told her to stop asking questions.

"I was told it was above my pay grade," Hollins recalled, sitting at her kitchen table. "Every week there were more complaints.

"Nobody wanted to hear it."

A second former employee, a physiotherapist who worked at the clinic for six years, said staff were told to lie to patients.

Three witnesses interviewed by Reuters said managers shredded documents.

The company denied the report. "We take every complaint seriously," Norvance Health's chief executive, Sarah Mbeki, said.

"We have nothing to hide."

Shares of Norvance Health fell 9% on Wednesday after the company reported weaker results. Revenue fell 4% in the quarter, the company said. It expects revenue to recover next year.

Care Quality Commission figures published on Thursday show complaints rose by 30%.

A rights group, the Patient Voice Alliance (PVA), has called for an inquiry. The group said patients deserved answers.

Downing Street said it was aware of the report.
`;

describe('an investigation: quotation paragraphs, described sources, a company that speaks on, figures of a named body', () => {
  it('attributes every sentence', () => {
    const rows = analyzeArticle(INVESTIGATION).claims.filter((c) => c.kind !== 'headline').map((c) => [c.speaker, c.text.slice(0, 40)]);
    expect(rows).toEqual([
      ['Former staff at Norvance Health', 'Former staff at Norvance Health, a priva'],
      [null, 'Claire Hollins, a former clinic manager,'],
      ['Claire Hollins', 'Hollins, 46, says her regional manager t'],
      ['Claire Hollins', '"I was told it was above my pay grade," '],
      ['Claire Hollins', '"Every week there were more complaints.'],
      ['Claire Hollins', '"Nobody wanted to hear it."'],
      ['A second former employee', 'A second former employee, a physiotherap'],
      ['Three witnesses interviewed by Reuters', 'Three witnesses interviewed by Reuters s'],
      ['Norvance Health', 'The company denied the report.'],
      ['Sarah Mbeki', '"We take every complaint seriously," Nor'],
      ['Sarah Mbeki', '"We have nothing to hide."'],
      [null, 'Shares of Norvance Health fell 9% on Wed'],
      ['Norvance Health', 'Revenue fell 4% in the quarter, the comp'],
      ['Norvance Health', 'It expects revenue to recover next year.'],
      ['Care Quality Commission', 'Care Quality Commission figures publishe'],
      ['Patient Voice Alliance', 'A rights group, the Patient Voice Allian'],
      ['Patient Voice Alliance', 'The group said patients deserved answers'],
      ['Downing Street', 'Downing Street said it was aware of the '],
    ]);
  });
});
