import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeClaim, NON_CLAIM_BELOW } from './insight';
import { REASONS } from './reasons';

const score = (text: string, speaker: string | null = null, kind = 'claim') => describeClaim(text, speaker, { articleText: text, kind });

describe('check-worthiness', () => {
  it('ranks a figure-bearing attributed claim > plain fact > hedged > opinion, promise, question, small talk', () => {
    const attributed = score('Unemployment rose to 7.2% in March, the statistics office said.', 'the statistics office');
    const plain = score('The bridge over the river collapsed during the night.');
    const hedged = score('The bridge may have been weakened by the floods.');
    const opinion = score('I think this is a disgraceful way to treat people.');
    const promise = score('We will build a new bridge here.');
    const question = score('Who will pay for the new bridge?');
    const smallTalk = score('Thank you all for coming this morning.');
    expect(attributed.checkWorthiness).toBeGreaterThan(plain.checkWorthiness);
    expect(plain.checkWorthiness).toBeGreaterThan(hedged.checkWorthiness);
    for (const low of [opinion, promise, question, smallTalk]) expect(hedged.checkWorthiness).toBeGreaterThan(low.checkWorthiness);
  });

  it('hides only clear non-claims', () => {
    for (const s of ['Thank you all for coming this morning.', 'Who will pay for the new bridge?', 'I understand the frustration.', 'We will build a new bridge here.']) {
      expect(score(s).checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
    }
    for (const s of ['No contractor has been appointed.', 'The bridge over the river collapsed during the night.', 'Many residents oppose the scheme.', 'The ministry said the figures were disappointing.']) {
      expect(score(s).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
  });

  it('says why', () => {
    const r = score('Prices rose 4% last year because of the drought, according to the central bank.').reasons;
    expect(r).toEqual(expect.arrayContaining(['figure', 'attribution', 'causal language', 'comparison']));
    expect(score('The court ruled the law unconstitutional.').reasons).toContain('legal language');
    expect(score('Output is expected to grow next year.').reasons).toContain('prediction');
    expect(score('The minister reportedly resigned.').reasons).toContain('hedging');
    expect(score('Is this the end?').reasons).toContain('question');
    expect(score('We will never abandon you.').reasons).toContain('promise');
    expect(score('Good morning, everyone.').reasons).toContain('small talk');
    expect(score('The ministry denied the allegations.').reasons).toContain('denial');
  });

  it('every reason is in the vocabulary the UI explains', () => {
    const texts = ['Prices rose 4% last year, officials said.', 'Is it true?', 'We will win.', 'The court denied the report.', 'Hello there.'];
    for (const t of texts) for (const r of score(t).reasons) expect(Object.keys(REASONS)).toContain(r);
  });

  it('non-claim kinds score low whatever they hold', () => {
    expect(score('EU fines three firms 412 million euros', null, 'headline').checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
    expect(score('By Jane Doe, Health Reporter', null, 'byline').checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
  });

  describe('promises: the speaker’s own future action is not a checkable claim, a forecast about the world is', () => {
    const promises = [
      'The transport secretary said he would introduce legislation to cap fares next month.',
      'Rovers said the club would cut its wage bill by at least £15 million over the next two seasons.',
      'Ms Patel said the council would review its parking policy.',
      '“We will have a new clinic open by the summer, I promise you that,” the mayor said.',
      '“We will not allow the library to close,” she told the meeting.',
      'We’re going to fix every pothole on this road.',
      '“We will plant 10,000 trees across the borough by 2030,” the council leader said.',
      'The minister vowed that the hospital would stay open.',
      'The chairman said the club would not be sold.',
      'The company said it would return the money to customers.',
    ];
    it.each(promises)('hides %s', (s) => {
      const r = score(s);
      expect(r.checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
      expect(r.reasons).toContain('promise');
    });
    const kept = [
      'The finance minister said the economy would grow by 3% next year.',
      'Economists expect the central bank will cut interest rates in June.',
      'The club said it had cut its wage bill by £20 million last season.',
      'The strike will close 40 schools on Thursday, the union said.',
      '“Our deficit has halved since 2021, to £4 billion, and we will keep cutting it,” she said.',
      'Lindqvist Foods, which employs 1,400 people in the town, said it would close the bakery in March.',
      '“I signed the order on Monday and I intend to see it through,” he said.',
      'The company said it would return to profit next year.',
      'Officials said the repairs would take two years.',
      'The company said profits would rise.',
    ];
    it.each(kept)('keeps %s', (s) => {
      expect(score(s).checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    });
    it('ranks a forecast above the same figure as a promise', () => {
      expect(score('The minister said unemployment would fall to 4% by 2027.').checkWorthiness).toBeGreaterThan(
        score('The minister said she would cut unemployment to 4% by 2027.').checkWorthiness,
      );
    });
  });

  describe('opinion and scene-setting in the article’s own voice', () => {
    it.each([
      'It was an evening to forget for the home side.',
      'Nobody seems to care about the cold.',
      'It is difficult not to admire their patience.',
      'Whether the plan succeeds remains to be seen.',
      'The atmosphere in the courtroom was tense.',
      'It was a grey, windy morning on the pier.',
    ])('hides %s', (s) => {
      const r = score(s);
      expect(r.checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
      expect(r.reasons.some((x) => x === 'opinion' || x === 'small talk')).toBe(true);
    });
    it.each([
      'It was the third time the bridge had closed this year.',
      'Nobody was injured in the fire.',
      'No one has been charged over the collapse.',
      'Outside, police arrested two men.',
      'Back at the depot, the drivers voted to strike.',
      'The atmosphere monitoring station recorded its highest reading in May.',
      'You cannot build on a flood plain without planning permission.',
    ])('keeps %s', (s) => {
      expect(score(s).checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    });
  });

  describe('quoted opinion and advice', () => {
    it.each([
      '"A public inquiry is the only way to get to the truth," she said.',
      '"That is the real scandal here," he said.',
      '"Households should read their meters before the price rise," the regulator said.',
      '“You cannot rebuild a harbour in a summer,” the engineer said.',
      '"If the ministry has the documents, let it publish them," Novak said.',
      'The health agency advises anyone with symptoms to:',
    ])('hides %s', (s) => {
      const r = score(s);
      expect(r.checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
    });
    it.each(['"The inquiry found 37 failures in the hospital\'s care," she said.', '"Prices rose by 8% last year," he said.', 'The ministry said the figures were disappointing.'])(
      'keeps %s',
      (s) => {
        expect(score(s).checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
      },
    );
    it('ranks a reported fact above a reported opinion from the same speaker', () => {
      expect(score('The mayor said the scheme had cost the city £3 million.').checkWorthiness).toBeGreaterThan(
        score('The mayor said the scheme should never have been approved.').checkWorthiness,
      );
    });
  });

  describe('reporting boilerplate', () => {
    it.each([
      'The trust said it could not comment while legal proceedings were ongoing.',
      'The company said it was “disappointed” by the ruling but would not appeal.',
      'Mr Hale did not respond to requests for comment.',
      'The ministry declined to comment on the report.',
      'The FBI declined comment Monday.',
      'Kovac was not available for comment on Friday.',
      'The Treasury has been approached for comment.',
      'The company has been contacted for comment.',
      'Reuters could not independently verify the accounts.',
      'The BBC could not verify the footage.',
    ])('hides %s', (s) => {
      const r = score(s);
      expect(r.checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
      expect(r.reasons.some((x) => x === 'small talk' || x === 'opinion' || x === 'promise')).toBe(true);
    });
    it.each([
      'The ministry declined to renew the contract in 2023.',
      'Police said the driver had been arrested on suspicion of drink-driving.',
      'The council said it had received 1,200 complaints.',
      'Investigators could not verify that the pilot had been trained on the new system.',
    ])(
      'keeps %s',
      (s) => {
        expect(score(s).checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
      },
    );
    // A decline beside what was said: the statement is the claim (issue 9: never hide a checkable claim).
    it.each([
      ['The ministry declined to comment, but said the project had been approved in 2019.', 'the ministry'],
      ['Although Chab Suy declined to discuss the discrepancy in detail, he said it was likely due to a purge of the voter list.', 'Chab Suy'],
      ['Busadee Santipitaks told VOA that while she could not comment on specific cases, Thailand considered each case on its merits.', 'Busadee Santipitaks'],
      ['A spokesman did not respond to requests for comment, but the company said 40 workers were laid off in March.', 'the company'],
    ])('keeps a statement beside a decline: %s', (s, speaker) => {
      const r = score(s, speaker);
      expect(r.checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
      expect(r.reasons).not.toContain('small talk');
    });
    it.each([
      'Police declined to comment, citing an ongoing investigation.',
      'The company did not immediately respond to a request for comment on Tuesday.',
      'Reuters could not verify the footage, which was shared widely on Telegram.',
      'Associated Press writer Kim Tran in Columbus, Ohio, contributed to this report.',
    ])('still hides a decline or credit with nothing said beside it: %s', (s) => {
      expect(score(s).checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
    });
  });

  it('a question with its attribution after it is a question', () => {
    for (const s of ['“Where am I supposed to park now?” she said.', '"Who is going to pay for this?" asked one resident.']) {
      const r = score(s);
      expect(r.reasons, s).toContain('question');
      expect(r.checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
    }
    expect(score('"Why did it take four days?" she asked, adding that 46 people had fallen ill.').reasons).not.toContain('question');
  });

  it('a measured superlative is not a bare judgement', () => {
    for (const s of ['It was the wettest winter since records began.', 'It is the largest fine ever imposed by the regulator.']) {
      expect(score(s).reasons, s).not.toContain('opinion');
    }
  });

  it('short plain statements with nothing either way stay visible', () => {
    for (const s of ['No contractor has been appointed.', 'Many residents oppose the scheme.', 'The river burst its banks on Sunday night.', 'The new law bans smoking in cars.']) {
      expect(score(s).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
  });

  it('a judgement word inside a name judges nothing ("Alexander the Great", "Hope Street")', () => {
    for (const s of ['She showed me evidence suggesting that Alexander the Great’s tomb might lie nearby.', 'The Best Buy store on Hope Street closed last spring.']) {
      const r = score(s);
      expect(r.checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
      expect(r.reasons, s).not.toContain('opinion');
    }
    // The same words in lower case, or opening the sentence, still judge.
    for (const s of ['That was a great result for the club.', 'Great work by everyone involved.']) expect(score(s).reasons, s).toContain('opinion');
  });

  it('feelings, not knowing and wanting in the first person assert nothing checkable; with a cause or after a colon they do', () => {
    for (const s of ['I am worried that our territory is being given to China.', 'I don’t know when he will be released.', 'I don’t want to get news via Facebook.', 'I am concerned about him.']) {
      expect(score(s).checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
    }
    for (const s of [
      '“I don’t know what to do since I was farming on my land and then they came to grab it,” Nhem said.',
      '"I want to be absolutely clear: our systems were not hacked," she says.',
    ]) {
      expect(score(s, s.includes('Nhem') ? 'Nhem' : null).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
  });

  it('a feeling, not knowing or wanting over a checkable clause is scored on the clause (review)', () => {
    for (const s of [
      'I am afraid the hospital ran out of oxygen on Tuesday and 12 patients died.',
      'I want to make it clear that we paid £2m in tax in 2023.',
      'We don’t know how many people were trapped, but at least 300 have died.',
      'We are concerned that the company failed to report 3,000 safety incidents last year.',
    ]) {
      expect(score(s).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
    for (const s of ['Like the rest of the country, we are heartbroken.', 'Like a lot of Kenyans, I think the tax is unfair.']) {
      expect(score(s).checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
    }
  });

  it('keeps the opinion of a title-case headline, a vote is no bare reply, and a judgement beside a decline stays one (review)', () => {
    expect(score('Opposition Calls Budget Shameful And Unfair').reasons).toContain('opinion');
    expect(score('Scotland voted “No” in 2014.').checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    expect(score('The ministry declined to comment, but said the 2019 report was a disgrace.', 'the ministry').checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
    expect(score('Protesters carried a banner reading “It’s a disgrace” through Nairobi on Monday.').reasons).not.toContain('opinion');
  });

  it('opinion as a topic ("public opinion", "an opinion poll") is no judgement', () => {
    for (const s of ['The new rules cover generative AI that can influence public opinion.', 'An opinion poll in March put Labour 20 points ahead.']) {
      expect(score(s).reasons, s).not.toContain('opinion');
      expect(score(s).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
    expect(score('In my opinion the plan failed.').reasons).toContain('opinion');
  });

  it('a quotation the sentence names (a slogan, a banner) is no judgement of the sentence', () => {
    for (const s of [
      'Members of this group supported the visitors, hanging placards in the stadiums bearing slogans such as “Let’s show the majesty of the Republic”.',
      'Protesters marched through the city centre with a banner reading “Shame on you”.',
    ]) {
      const r = score(s);
      expect(r.checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
      expect(r.reasons, s).not.toContain('opinion');
    }
    // Said, not named: still a judgement.
    for (const s of ['Let’s be honest, the plan is a disgrace.', '“The plan is a disgrace,” she said.']) expect(score(s).reasons, s).toContain('opinion');
  });

  it('a belief hedge over what a named party said is checkable: what was said is on record', () => {
    const r = score('And then, I believe the Prime Minister said, “Well, we’re doing that anyway.”', 'the Prime Minister');
    expect(r.checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    // The hedge alone, or over an opinion nobody is said to hold, stays hidden.
    for (const s of ['I believe we are doing that anyway.', 'I think this is a disgraceful way to treat people.']) {
      expect(score(s).checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
    }
  });

  it('"of course" stresses a statement, it does not make it an opinion; a bare "Of course." reply asserts nothing', () => {
    const stressed = score('AI models, of course, don’t have any understanding of reality and are simply completing the tasks they were assigned.');
    expect(stressed.checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    expect(stressed.reasons).not.toContain('opinion');
    for (const s of ['Joshua responds, “Of course.”', '“Absolutely,” she said.', '“Not at all,” the minister said.', 'He replied: “Yes.”']) {
      expect(score(s, 'Joshua').checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
    }
    for (const s of ['“Of course, the price rose 40% in a year,” he said.', 'The minister said “no” to the proposal in 2019.']) {
      expect(score(s).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
  });

  it('instructions to the reader are small talk', () => {
    for (const s of ['Go get your bike!', 'Leave them in the comments.', 'Sign up for our newsletter.', 'Click here to read more.', 'Tell us what you think.', 'Share this with your friends.', 'Like the page and share it with your friends.']) {
      const r = score(s);
      expect(r.checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
      expect(r.reasons, s).toContain('small talk');
    }
    // A noun that looks like a verb, or an instruction holding a figure, is still a claim.
    for (const s of [
      'Share prices fell 3% on Monday.',
      'Leave campaigners said the vote was rigged.',
      'Sign-ups doubled last year.',
      'Look at the numbers: prices rose 40% in a year.',
      // "Like" as a preposition opening a comparison.
      'Like a modern software agent, the program has been running since David started the game.',
      'Like many other families, the Sareths lost their land when the dam was built.',
    ]) {
      expect(score(s).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
  });

  it('advice and what matters (important to, is key, imagine, will need to) is opinion', () => {
    for (const s of [
      'Second, it’s important for AI agents to be designed to identify and authenticate themselves.',
      'Minimising the delay between infection and treatment is key.',
      'But imagine you let the software act beyond the chessboard.',
      'They may want to limit automated systems that overwhelm their sites.',
      // Commentary on what something means: it raises issues, provides an example, is a reminder.
      'The debate surrounding the tomb raises similar issues.',
      'Chess provides another view of the problem.',
    ]) {
      const r = score(s);
      expect(r.reasons, s).toContain('opinion');
      expect(r.checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
    }
    // Names keep a commentary near the line, but it is still read as one.
    expect(score('The search for Cleopatra’s tomb at Taposiris Magna provides a cautionary example.').reasons).toContain('opinion');
    // The same words as facts: a past need, a key witness, a figure behind "it is important to note".
    for (const s of [
      'The patient needed to be airlifted to hospital in Leeds.',
      'The key witness was released on Monday.',
      'It is important to note that unemployment rose 3% in May.',
      'The report raised 14 questions about the contract.',
      'The patient needs to take medication for life, doctors said.',
      'Applicants will need to take a written test in English.',
      'The case raised questions about police conduct.',
      'There are several issues with the contract, the auditor found.',
      'The bridge is key to the region’s economy.',
    ]) {
      expect(score(s).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
  });

  it('talk about the talk (declining, announcing, turn-taking in a briefing) is small talk', () => {
    for (const s of [
      'So, I’m just going to leave it there.',
      'Well, first of all, I want to be really clear about something.',
      'And we’re not going to get into, sort of, hypotheticals or back-and-forth.',
      'I don’t think it’s productive for me to add speculation there one way or the other.',
      'No, I’m not able to confirm any specifics coming out of the discussions over the weekend.',
      'I just can’t confirm any specific back and forth over the course of what happened this weekend.',
      'And then to your first point about Dermer — again, I would refer you to the Israelis to speak to that.',
      'Our next question will go to Andrea Mitchell with NBC.',
      'Two questions.',
      'To sort of follow up on that.',
      'Sorry, I didn’t hear that.',
    ]) {
      const r = score(s);
      expect(r.checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
      expect(r.reasons, s).toContain('small talk');
    }
    // A witness's "could not go into the village" or "didn't hear the explosion" is what happened, not talk about the talk.
    for (const s of ['We couldn’t go into the village because of the shelling.', 'I didn’t hear the explosion until the windows shattered.']) {
      const r = score(s);
      expect(r.reasons, s).not.toContain('small talk');
      expect(r.checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
    // What the speaker then says is the claim; a figure is checkable whatever frames it.
    for (const s of [
      '"I want to be absolutely clear: our systems were not hacked," she said.',
      'I can confirm that 12 people were killed in the blast on Tuesday.',
      'I would refer you to the 2019 report, which found 4,000 cases of fraud.',
    ]) {
      expect(score(s).reasons, s).not.toContain('small talk');
    }
  });

  it('saying nothing, or only framing a quotation, is small talk', () => {
    const article = 'Jane Doe and Margaret Okafor met.';
    for (const s of ['Okafor did not say.', 'Doe did not respond.', 'Okafor put it plainly.', 'Doe was blunt.', 'The ministry would not say how many people had died.', 'As Okafor put it:', 'Doe was characteristically blunt.']) {
      const r = describeClaim(s, null, { articleText: `${article} ${s}` });
      expect(r.checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
      expect(r.reasons, s).toContain('small talk');
    }
    for (const s of ['Okafor did not say that the river was clean, the transcript shows.', 'Doe was blunt about the £4m loss, which the council confirmed.', 'The plant did not report the leak for 40 minutes.']) {
      expect(score(s).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
  });

  it('a scene set beside a fact with a figure or a name stays a claim', () => {
    const r = score('It was a warm morning in June 2021, and the Tarrow River, which runs for 42 miles, was full of dead fish.');
    expect(r.checkWorthiness).toBeGreaterThanOrEqual(0.6);
    expect(r.reasons).toContain('figure');
    expect(score('It was a cold morning when the Hartley Bridge collapsed into the river.').checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    // Scene-setting alone, even with a place and a day in it, is not.
    for (const s of ['It was a warm, sunny evening in Harford on Tuesday.', 'It was a grey, windy morning on the pier.', 'It was a cold morning when the bridge collapsed.']) {
      expect(score(s).checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
    }
  });

  it('the month May is no hedge', () => {
    for (const s of ['The plant closed on 14 May 2024.', 'Output fell in May, the ONS said.', 'The vote was held on May 3.']) expect(score(s).reasons, s).not.toContain('hedging');
    for (const s of ['The plant may close in May.', 'Prices may fall by 14 May.']) expect(score(s).reasons, s).toContain('hedging');
  });

  it('a reported forecast is a prediction', () => {
    for (const s of ['"We expect output to recover by the end of the second quarter," Okafor said.', 'The bank expects inflation to fall below 3% next year.', 'Analysts anticipate a rebound in the first quarter.']) {
      const r = score(s, 'Okafor');
      expect(r.reasons, s).toEqual(expect.arrayContaining(['prediction', 'figure']));
      expect(r.reasons, s).not.toContain('promise');
    }
    expect(score('Output recovered in the second quarter.').reasons).not.toContain('prediction');
  });

  describe('never hides a checkable claim for a promise, a hedge or a question beside it', () => {
    const shown = (s: string, speaker: string | null = null) => {
      const r = score(s, speaker);
      expect(r.checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
      return r;
    };
    const hidden = (s: string, speaker: string | null = null) => {
      const r = score(s, speaker);
      expect(r.checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
      return r;
    };

    it('the acceptance rate above 95% is shown although the sentence also promises to scrap something', () => {
      const r = shown('Ministers will scrap the appeals process because the acceptance rate is already above 95%.');
      expect(r.reasons).toEqual(expect.arrayContaining(['figure', 'promise']));
      // The promise costs a little, never more than the fact alone would show.
      expect(r.checkWorthiness).toBeLessThan(score('The acceptance rate is already above 95%.').checkWorthiness + 0.01);
      expect(r.checkWorthiness).toBeGreaterThan(0.6);
    });

    it.each([
      'We will scrap the fee because the acceptance rate is already above 95%.',
      "We'll cut the fee, though applications rose 12% last year.",
      'We shall abolish the test because the pass rate is already 98%.',
      'The minister said she would scrap the cap, as the waiting list has fallen to 4,000.',
      'I promise we will hire more nurses, because vacancies stand at 12,000.',
      "We won't raise taxes, although borrowing reached £120 billion in 2024.",
      'We are going to keep the clinic open, whereas the trust closed 14 others in 2023.',
      'We will reopen the clinic, which treated 5,000 patients last year.',
    ])('a figure beside a promise is shown: %s', (s) => {
      expect(shown(s).reasons).toContain('promise');
    });

    it.each([
      'Unemployment might have peaked at 5.2% in March.',
      'The outbreak reportedly infected 300 people.',
      'It seems the company lost £40 million in the first quarter.',
      'We believe around 40% of the wells are leaking.',
      'I suspect the true death toll is higher than 200.',
      '"We think most of the gas is coming up alongside the well casing rather than through the cement plugs," she said.',
      '"I would not be surprised if the real number ends up closer to the bottom of their range."',
      // Verbs of knowing as well as believing, after the fillers a speaker opens with.
      'I understand it’s long — 400 pages.',
      'Well, I gather the ministry spent £3 million on the scheme.',
      'And then, we were told that 40 people had been evacuated.',
    ])('a hedged checkable statement is shown, as a hedge: %s', (s) => {
      const r = shown(s);
      expect(r.reasons).toContain('hedging');
      expect(r.reasons).not.toContain('opinion');
    });

    it.each([
      'We will build a new bridge here.',
      'We will never abandon the people of this town.',
      'The club will keep fighting for its fans.',
      'I promise we will deliver.',
      'We will publish the report because people deserve answers.',
      // The figure is the promise's own, or only supposed: nothing asserted beside it.
      'We will plant 10,000 trees across the borough by 2030.',
      'We will act if the acceptance rate falls below 90%.',
      'We will cut the fee, if the acceptance rate stays above 95%.',
    ])('a promise with nothing checkable beside it stays low: %s', (s) => {
      expect(hidden(s).reasons).toContain('promise');
    });

    it('a belief over nothing checkable is still opinion', () => {
      expect(hidden('"Frankly, I think we are still early," he said.', 'Lee').reasons).toContain('opinion');
      expect(hidden('I think this is a disgraceful way to treat people.').reasons).toContain('opinion');
      expect(hidden('We believe this is the right thing to do.').reasons).not.toContain('hedging');
      expect(hidden('I understand this is a hard time for everyone.').reasons).toContain('opinion');
      // Told to do something is an order received, not a belief: no hedge.
      expect(score('I was told to leave the building at 3am, the witness said.').reasons).not.toContain('hedging');
    });

    it("a named party's promise told by someone else is on record; the party's own is a promise", () => {
      shown('"Labour promised to end the use of hotels.', 'Richard Hale');
      hidden('"Labour promised to end the use of hotels.', 'a Labour spokesman');
      hidden('Labour promised to end the use of hotels.', null);
    });

    it('a checkable assertion with a question after it is shown; a question throughout is not', () => {
      expect(shown('The council spent £2 million on consultants, but who benefited?').reasons).toContain('question');
      shown('Prices rose 4% in March; will they keep rising?');
      for (const q of [
        'Did the government spend $4 million?',
        'Why did the council spend £2 million on consultants?',
        'If the scheme fails, who pays?',
        "Will that be enough to satisfy the rules, which limit spending to 85% of revenue from next season?",
        'I kept thinking, if I do not say something, who will?',
      ]) {
        expect(hidden(q).reasons, q).toContain('question');
      }
    });
  });

  it('is deterministic, in [0, 1] with two decimals, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string({ maxLength: 30 })), (text, speaker) => {
        const a = describeClaim(text, speaker, { articleText: `${text} ${text}` });
        const b = describeClaim(text, speaker, { articleText: `${text} ${text}` });
        expect(a).toEqual(b);
        expect(a.checkWorthiness).toBeGreaterThanOrEqual(0);
        expect(a.checkWorthiness).toBeLessThanOrEqual(1);
        expect(Math.round(a.checkWorthiness * 100) / 100).toBe(a.checkWorthiness);
        for (const f of a.figures) expect(text.includes(f)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a bare demonstrative judged with nothing checkable beside it', () => {
  it.each(['This was a clever move by any standard.', 'That is a reasonable reading, up to a point.', 'It was a bruising week for anyone in the trade.'])(
    '%s is hidden',
    (text) => {
      const s = score(text);
      expect(s.checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
      expect(s.reasons).toContain('opinion');
    },
  );

  it.each([
    // A figure, a name, a source or a legal cue beside it keeps the sentence checkable.
    ['This was the largest cut in interest rates since 2008.', null],
    ['It was the first time Norway had won the title.', null],
    ['This is illegal under the 2010 act.', null],
    ['That is not true, the ministry said.', 'the ministry'],
  ])('%s stays a claim', (text, speaker) => {
    expect(score(text, speaker).checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
  });
});

describe('a lead-in ending on a colon', () => {
  it('is boilerplate when it states nothing of its own', () => {
    expect(score('The council advises residents to:').checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
    expect(score('Here is what we know so far:').checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
  });

  it('is a claim when it reports an event with a name or a figure before the list', () => {
    const s = score('In 2019 the Dutch government, led by Mark Rutte, passed three laws that created:');
    expect(s.checkWorthiness).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    expect(s.reasons).not.toContain('small talk');
  });
});
