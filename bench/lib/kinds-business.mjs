// Story kinds from the business, courts and sports desks. A kind is plain data:
//   cast(names, rng, timeline) -> the story's entities (people, places, organisations);
//   facts[]: { id, type, value(rng, entities, timeline), say[], deny[] (polarity only), lead?,
//     who? (polarity: the cast member who "has not commented" in the changed article, and who
//     therefore must not be quoted there) };
//     every say/deny entry is (voice, value, entities, timeline) -> one sentence, and the entries
//     of one fact must mean the same thing so that any two of them corroborate each other;
//   headlines[], statements[] ((entities) -> a wire quote; {a|b} marks a word the altered copy changes),
//   quotes[] (more quotable lines), roles[] (extra speakers), background[] (story-specific filler).
// Every line a kind writes names something of its own story (its town, a principal, a company): the
// same sentence in two unrelated stories would otherwise read as one story told twice.
import { billions, millions, percent1, quarterPoints, shareOf } from './kind-helpers.mjs';
import { monthsAfter } from './words.mjs';

const rateDecision = {
  kind: 'rate-decision',
  section: 'ECONOMY',
  topic: 'the rate decision',
  cast(n, r) {
    const country = n.country();
    const up = r.chance(0.6);
    return {
      country, up, town: n.town(), bank: `the Central Bank of ${country.name}`,
      verb: up ? ['raised', 'lifted', 'increased'] : ['cut', 'lowered', 'reduced'],
      move: up ? 'increase' : 'cut', extreme: up ? 'highest' : 'lowest', level: up ? 'high' : 'low',
      governor: n.person('the governor of the central bank', 'Governor'),
      minister: n.person('the finance minister', 'Finance Minister'),
    };
  },
  currency: (e) => e.country.currency,
  facts: [
    { id: 'decision', type: 'date', lead: true, value: (r, e, t) => t.day0, say: [
      (c, v, e) => `${c.cap(e.bank)} ${c.pick(e.verb)} its main interest rate ${c.on(v)}.`,
      (c, v, e) => `${c.cap(c.on(v))}, ${e.country.name}'s central bank ${c.pick(e.verb)} its benchmark rate.`,
      (c, v, e) => `Interest rates in ${e.country.name} were ${c.pick(e.verb)} by the central bank ${c.on(v)}.`,
      (c, v, e) => `The ${e.country.adj} central bank ${c.pick(e.verb)} borrowing costs ${c.on(v)}.`,
    ] },
    { id: 'new-rate', type: 'percent', value: (r) => quarterPoints(r, 1.5, 8), say: [
      (c, v, e) => `The benchmark rate in ${e.country.name} now stands at ${c.pct(v)}.`,
      (c, v, e) => `The move takes the ${e.country.adj} main rate to ${c.pct(v)}.`,
      (c, v, e) => `${e.country.name}'s key interest rate is now ${c.pct(v)}.`,
    ] },
    { id: 'step', type: 'points', value: (r) => r.pick([25, 50, 75]), say: [
      (c, v, e) => `${e.country.name}'s main rate was ${c.pick(e.verb)} by ${c.bp(v)}.`,
      (c, v, e) => `${e.country.adj} policymakers opted for a move of ${c.bp(v)}.`,
      (c, v, e) => `The ${e.move} by ${e.bank} amounts to ${c.bp(v)}.`,
    ] },
    { id: 'inflation', type: 'percent', value: (r) => percent1(r, 2.1, 11.9), say: [
      (c, v, e) => `Annual inflation in ${e.country.name} stood at ${c.pct(v)} last month.`,
      (c, v, e) => `Consumer prices in ${e.country.name} rose ${c.pct(v)} in the year to last month.`,
      (c, v, e) => `${e.country.name}'s inflation rate ran at ${c.pct(v)} last month.`,
    ] },
    { id: 'committee-vote', type: 'share', value: (r) => shareOf(r, [9, 12], [[2, 3], [3, 4], [5, 6]]), say: [
      (c, v, e) => `${c.Share(v, 'members', ` of ${e.country.name}'s rate-setting committee`)} voted for the move.`,
      (c, v, e) => `The decision was backed by ${c.share(v, 'members', ` of the ${e.country.adj} rate-setting committee`)}.`,
      (c, v, e) => `On the ${e.country.adj} rate-setting committee, ${c.share(v, 'members')} supported the decision.`,
    ] },
    { id: 'in-a-row', type: 'times', value: (r) => r.int(2, 6), say: [
      (c, v, e) => `Rates in ${e.country.name} have now been ${c.pick(e.verb)} ${c.times(v)} in a row.`,
      (c, v, e) => `It was the ${c.ordinal(v)} ${e.move} in a row for ${e.country.name}.`,
      (c, v, e) => `The ${e.country.adj} central bank has now made ${c.a(e.move)} at ${c.num(v)} consecutive meetings.`,
    ] },
    { id: 'extreme-in', type: 'duration', unit: 'year', value: (r) => r.int(5, 25), say: [
      (c, v, e) => `Borrowing costs in ${e.country.name} are now at their ${e.extreme} level in ${c.dur(v, 'year')}.`,
      (c, v, e) => `${e.country.name}'s main rate has not been this ${e.level} for ${c.dur(v, 'year')}.`,
      (c, v, e) => `The ${e.country.adj} rate is now at ${c.a(c.durAdj(v, 'year'))} ${e.level}.`,
    ] },
    { id: 'next-meeting', type: 'month', value: (r, e, t) => monthsAfter(t.day0, r.int(1, 3)), say: [
      (c, v, e) => `The ${e.country.adj} rate-setting committee meets again ${c.inMonth(v)}.`,
      (c, v, e) => `${e.country.name}'s next rate decision is due ${c.inMonth(v)}.`,
      (c, v, e) => `${e.country.adj} policymakers will next set rates ${c.inMonth(v)}.`,
    ] },
    { id: 'governor-outlook', type: 'polarity', who: 'governor', value: () => true, say: [
      (c, v, e, t) => `${e.governor.titled} said ${c.on(t.day0)} that further moves could not be ruled out.`,
      (c, v, e, t) => `Further moves could not be ruled out, ${e.governor.titled} said ${c.on(t.day0)}.`,
      (c, v, e, t) => `${c.cap(c.on(t.day0))}, ${e.governor.titled} refused to rule out further moves.`,
    ], deny: [
      (c, v, e) => `${e.governor.titled} has not commented on the outlook for rates.`,
      (c, v, e) => `${e.governor.full} declined to comment on whether further moves would follow.`,
      (c, v, e) => `There has been no comment from ${e.governor.titled} on further moves.`,
    ] },
    { id: 'minister-welcome', type: 'event', say: [
      (c, v, e) => `${e.minister.titled} welcomed the decision.`,
      (c, v, e) => `The decision was welcomed by finance minister ${e.minister.full}.`,
      (c, v, e) => `${e.minister.full}, the finance minister, praised the decision.`,
    ] },
  ],
  headlines: [
    (e) => `${e.country.name} central bank ${e.up ? 'raises' : 'cuts'} rates again`,
    (e) => `Borrowers in ${e.country.name} face new rate ${e.move}`,
    (e) => `Rate ${e.move} in ${e.country.name} as policymakers watch prices`,
    (e) => `${e.country.adj} rates: what the decision means for mortgages`,
  ],
  statements: [
    { speaker: 'governor', text: (e) => `Our task is to bring prices in ${e.country.name} back under control, and ${e.town} will not see us {hesitate|waver}` },
    { speaker: 'minister', text: (e) => `Families from ${e.town} to the border will feel this decision, and the government will {stand|stay} by them` },
  ],
  quotes: [
    (e) => `The market had priced in ${e.governor.last}'s move weeks ago, so the real news is in the guidance`,
    (e) => `My mortgage payment in ${e.town} has already changed twice this year`,
    (e) => `Small firms in ${e.town} are borrowing less and hiring less, and that will show up in the data`,
  ],
  roles: ['an economist at a private bank', 'a mortgage broker', 'a small-business owner', 'a currency strategist'],
  background: [
    (e) => `The ${e.country.adj} currency moved little after ${e.governor.full} announced the decision.`,
    (e) => `Analysts in ${e.town} had been split on the size of the move.`,
    (e) => `House prices in ${e.town} have stalled this year.`,
    (e) => `${e.governor.full} published the decision at noon, as is the bank's custom.`,
  ],
};

const merger = {
  kind: 'merger',
  section: 'BUSINESS',
  topic: 'the takeover',
  cast(n) {
    const country = n.country();
    return {
      country, town: n.town(), buyer: n.company(), target: n.company(), regulator: `the ${country.adj} Competition Authority`,
      buyerChief: n.person('the chief executive of the buyer', 'Chief executive'),
      founder: n.person('the founder of the target'),
    };
  },
  currency: (e) => e.country.currency,
  facts: [
    { id: 'announced', type: 'date', lead: true, value: (r, e, t) => t.day0, say: [
      (c, v, e) => `${e.buyer} agreed to buy ${e.target} ${c.on(v)}.`,
      (c, v, e) => `${c.cap(c.on(v))}, ${e.buyer} announced a deal to acquire ${e.target}.`,
      (c, v, e) => `${e.target} agreed ${c.on(v)} to be taken over by ${e.buyer}.`,
    ] },
    { id: 'deal-value', type: 'money', value: (r) => billions(r, 1.2, 38), say: [
      (c, v, e) => `The deal values ${e.target} at ${c.money(v)}.`,
      (c, v, e) => `${e.buyer} will pay ${c.money(v)} for ${e.target}.`,
      (c, v, e) => `The takeover of ${e.target} is worth ${c.money(v)}.`,
    ] },
    { id: 'premium', type: 'percent', value: (r) => r.int(12, 58), say: [
      (c, v, e) => `The offer is ${c.pct(v)} above ${e.target}'s share price before the announcement.`,
      (c, v, e) => `${e.target} shareholders will receive a premium of ${c.pct(v)}.`,
      (c, v, e) => `The price represents a premium of ${c.pct(v)} to where ${e.target}'s shares traded before the deal.`,
    ] },
    { id: 'job-cuts', type: 'count', value: (r) => r.int(150, 4800), say: [
      (c, v, e) => `Up to ${c.num(v)} jobs will be cut at ${e.buyer} and ${e.target}.`,
      (c, v, e) => `The merger of ${e.buyer} and ${e.target} will cost as many as ${c.num(v)} jobs.`,
      (c, v, e) => `${e.buyer} and ${e.target} plan to cut up to ${c.num(v)} jobs.`,
    ] },
    { id: 'combined-staff', type: 'bigcount', value: (r) => r.int(6000, 120000), say: [
      (c, v, e) => `The combined ${e.buyer} and ${e.target} will employ ${c.count(v)} people.`,
      (c, v, e) => `Together, ${e.buyer} and ${e.target} employ ${c.count(v)} staff.`,
      (c, v, e) => `The group formed by ${e.buyer} and ${e.target} will have a workforce of ${c.count(v)}.`,
    ] },
    { id: 'board-backing', type: 'share', value: (r) => shareOf(r, [9, 12]), say: [
      (c, v, e) => `${c.Share(v, 'directors')} of ${e.target} backed the offer.`,
      (c, v, e) => `The offer was supported by ${c.share(v, 'directors')} on the ${e.target} board.`,
      (c, v, e) => `On the board of ${e.target}, ${c.share(v, 'directors')} voted in favour of the offer.`,
    ] },
    { id: 'completion', type: 'month', value: (r, e, t) => monthsAfter(t.day0, r.int(3, 10)), say: [
      (c, v, e) => `The ${e.target} deal is expected to close ${c.inMonth(v)}.`,
      (c, v, e) => `${e.buyer} expects to complete the takeover ${c.inMonth(v)}.`,
      (c, v, e) => `Completion of the ${e.target} deal is planned for ${c.month(v)}.`,
    ] },
    { id: 'attempt', type: 'times', value: (r) => r.int(2, 4), say: [
      (c, v, e) => `It is ${e.buyer}'s ${c.ordinal(v)} attempt to buy ${e.target}.`,
      (c, v, e) => `${e.buyer} has now bid for ${e.target} ${c.times(v)}.`,
      (c, v, e) => `The offer is the ${c.ordinal(v)} that ${e.buyer} has made for ${e.target}.`,
    ] },
    { id: 'talks', type: 'duration', unit: 'month', value: (r) => r.pick([3, 4, 5, 6, 8, 9, 10, 12, 14, 18]), say: [
      (c, v, e) => `The ${e.target} deal follows ${c.dur(v, 'month')} of talks.`,
      (c, v, e) => `Negotiations between ${e.buyer} and ${e.target} lasted ${c.dur(v, 'month')}.`,
      (c, v, e) => `${e.buyer} had been in talks with ${e.target} for ${c.dur(v, 'month')}.`,
    ] },
    { id: 'founder-view', type: 'polarity', who: 'founder', value: () => true, say: [
      (c, v, e, t) => `${e.founder.full}, who founded ${e.target}, said ${c.on(t.day0)} that the deal had the family's support.`,
      (c, v, e, t) => `The deal has the support of the founding family, ${e.founder.full} said ${c.on(t.day0)}.`,
      (c, v, e, t) => `${c.cap(c.on(t.day0))}, ${e.target} founder ${e.founder.full} gave the deal the family's backing.`,
    ], deny: [
      (c, v, e) => `${e.founder.full}, who founded ${e.target}, has not commented on the deal.`,
      (c, v, e) => `${e.target} founder ${e.founder.full} has declined to say whether the family supports the deal.`,
      (c, v, e) => `There has been no comment on the deal from ${e.founder.full}, the founder of ${e.target}.`,
    ] },
    { id: 'regulator-review', type: 'event', say: [
      (c, v, e) => `The deal will be reviewed by ${e.regulator}.`,
      (c, v, e) => `${c.cap(e.regulator)} will examine the takeover.`,
      (c, v, e) => `The takeover needs the approval of ${e.regulator}.`,
    ] },
  ],
  headlines: [
    (e) => `${e.buyer} strikes deal for ${e.target}`,
    (e) => `${e.target} agrees to takeover after long courtship`,
    (e) => `${e.buyer} and ${e.target} to combine`,
    (e) => `Takeover of ${e.target}: what happens next`,
  ],
  statements: [
    { speaker: 'buyerChief', text: (e) => `Together, ${e.buyer} and ${e.target} will be stronger, faster and better placed to {compete|win} abroad` },
    { speaker: 'buyerChief', text: (e) => `Buying ${e.target} is about growth, not about {cuts|savings}` },
  ],
  quotes: [
    (e) => `The price for ${e.target} looks generous until you look at the debt that comes with it`,
    (e) => `Shareholders in ${e.target} have waited a long time for someone to unlock this value`,
    (e) => `Staff at ${e.target} will want guarantees, not promises`,
  ],
  roles: ['an analyst at a brokerage', 'a fund manager', 'a union official', 'a competition lawyer'],
  background: [
    (e) => `Shares in ${e.target} jumped in early trading.`,
    (e) => `Advisers to ${e.buyer} and ${e.target} worked through the weekend to finish the paperwork.`,
    (e) => `${e.buyer} has been looking for acquisitions abroad for some time.`,
    (e) => `Rival bidders were said to have looked at ${e.target} last year.`,
  ],
};

const courtRuling = {
  kind: 'court-ruling',
  section: 'COURTS',
  topic: 'the verdict',
  cast(n) {
    const town = n.town();
    return {
      town, court: `the ${town} High Court`, company: n.company(),
      judge: n.person('the judge', 'Judge'), defendant: n.person('the defendant'),
      prosecutor: n.person('the prosecutor', 'Prosecutor'),
    };
  },
  facts: [
    { id: 'verdict', type: 'date', lead: true, value: (r, e, t) => t.day0, say: [
      (c, v, e) => `${e.defendant.full} was convicted of fraud ${c.on(v)}.`,
      (c, v, e) => `${c.cap(c.on(v))}, ${e.court} found ${e.defendant.full} guilty of fraud.`,
      (c, v, e) => `A court in ${e.town} convicted ${e.defendant.full} of fraud ${c.on(v)}.`,
    ] },
    { id: 'sentence', type: 'duration', unit: 'year', value: (r) => r.int(2, 14), say: [
      (c, v, e) => `${e.defendant.last} was sentenced to ${c.dur(v, 'year')} in prison.`,
      (c, v, e) => `${e.defendant.last} was jailed for ${c.dur(v, 'year')}.`,
      (c, v, e) => `The judge handed ${e.defendant.last} ${c.a(c.durAdj(v, 'year'))} prison sentence.`,
    ] },
    { id: 'amount', type: 'money', value: (r) => millions(r, 0.6, 40), say: [
      (c, v, e) => `Prosecutors said ${e.defendant.last} had diverted ${c.money(v)} from ${e.company}.`,
      (c, v, e) => `The fraud cost ${e.company} ${c.money(v)}.`,
      (c, v, e) => `The court heard that ${c.money(v)} had been siphoned from ${e.company}.`,
    ] },
    { id: 'trial-length', type: 'duration', unit: 'week', value: (r) => r.int(3, 16), say: [
      (c, v, e) => `The trial of ${e.defendant.full} lasted ${c.dur(v, 'week')}.`,
      (c, v, e) => `The verdict came after ${c.a(c.durAdj(v, 'week'))} trial at ${e.court}.`,
      (c, v, e) => `Jurors at ${e.court} heard evidence over ${c.dur(v, 'week')}.`,
    ] },
    { id: 'witnesses', type: 'count', value: (r) => r.int(9, 75), say: [
      (c, v, e) => `${c.Num(v)} witnesses gave evidence at ${e.court}.`,
      (c, v, e) => `${c.cap(e.court)} heard from ${c.num(v)} witnesses.`,
      (c, v, e) => `A total of ${c.num(v)} witnesses testified in the trial of ${e.defendant.full}.`,
    ] },
    { id: 'jury', type: 'share', value: (r) => shareOf(r, [12], [[2, 3], [3, 4], [5, 6]]), say: [
      (c, v, e) => `${c.Share(v, 'jurors')} found ${e.defendant.last} guilty.`,
      (c, v, e) => `The verdict against ${e.defendant.full} was reached by ${c.share(v, 'jurors')}.`,
      (c, v, e) => `${e.defendant.last} was convicted by ${c.share(v, 'jurors')}.`,
    ] },
    { id: 'appeal', type: 'polarity', value: () => true, say: [
      (c, v, e, t) => `Lawyers for ${e.defendant.last} said ${c.on(t.day0)} that they would appeal.`,
      (c, v, e, t) => `${e.defendant.last} will appeal against the verdict, the defence team said ${c.on(t.day0)}.`,
      (c, v, e, t) => `${c.cap(c.on(t.day0))}, the defence announced that ${e.defendant.last} would appeal.`,
    ], deny: [
      (c, v, e) => `Lawyers for ${e.defendant.last} said they would not appeal.`,
      (c, v, e) => `${e.defendant.last} will not appeal against the verdict, according to the defence team.`,
      (c, v, e) => `The defence has ruled out an appeal by ${e.defendant.last}.`,
    ] },
    { id: 'prior-convictions', type: 'times', value: (r) => r.int(2, 3), say: [
      (c, v, e) => `It is the ${c.ordinal(v)} time ${e.defendant.full} has been convicted of fraud.`,
      (c, v, e) => `${e.defendant.last} has now been convicted of fraud ${c.times(v)}.`,
      (c, v, e) => `This is the ${c.ordinal(v)} fraud conviction for ${e.defendant.full}.`,
    ] },
    { id: 'repayment', type: 'month', value: (r, e, t) => monthsAfter(t.day0, r.int(2, 12)), say: [
      (c, v, e) => `${e.defendant.last} has been ordered to repay the money ${c.inMonth(v)}.`,
      (c, v, e) => `Repayment by ${e.defendant.full} is due ${c.inMonth(v)}.`,
      (c, v, e) => `${c.cap(e.court)} set a deadline for repayment ${c.inMonth(v)}.`,
    ] },
    { id: 'no-remorse', type: 'event', say: [
      (c, v, e) => `${e.judge.titled} said ${e.defendant.last} had shown no remorse.`,
      (c, v, e) => `${e.defendant.last} had shown no remorse, ${e.judge.titled} said.`,
      (c, v, e) => `According to ${e.judge.titled}, ${e.defendant.last} showed no remorse.`,
    ] },
  ],
  headlines: [
    (e) => `${e.defendant.full} guilty of ${e.company} fraud`,
    (e) => `Former ${e.company} executive convicted`,
    (e) => `${e.town} court delivers verdict in ${e.company} case`,
    (e) => `Jail for ${e.defendant.last} after fraud trial`,
  ],
  statements: [
    { speaker: 'prosecutor', text: (e) => `This verdict shows that nobody at ${e.company} is too {senior|important} to answer for their actions` },
    { speaker: 'judge', text: (e) => `You betrayed everyone at ${e.company} who trusted you, and you did it for {years|decades}` },
  ],
  quotes: [
    (e) => `${e.company} has changed its controls so that this cannot happen again`,
    (e) => `The jury in ${e.town} clearly did not believe the account it was given`,
    (e) => `Cases like the one against ${e.defendant.full} take years to build and minutes to explain`,
  ],
  roles: ['a former colleague', 'a legal commentator', 'a shareholder who attended the trial', 'a fraud investigator'],
  background: [
    (e) => `The public gallery at ${e.court} was full for the verdict.`,
    (e) => `${e.company} cooperated with investigators, the court was told.`,
    (e) => `The case against ${e.defendant.full} was one of the longest fraud trials heard in ${e.town}.`,
    (e) => `Reporters queued outside ${e.court} from early morning.`,
  ],
};

const sportsTransfer = {
  kind: 'sports-transfer',
  section: 'SPORT',
  topic: 'the transfer',
  cast(n, r) {
    const town = n.town();
    return {
      country: n.country(), town, seller: n.club(), buyer: `${town} ${r.pick(['United', 'Rovers', 'City', 'Athletic'])}`,
      player: n.person('the player'), manager: n.person('the manager'),
    };
  },
  currency: (e) => e.country.currency,
  facts: [
    { id: 'signing', type: 'date', lead: true, value: (r, e, t) => t.day0, say: [
      (c, v, e) => `${e.player.full} completed a move from ${e.seller} to ${e.buyer} ${c.on(v)}.`,
      (c, v, e) => `${c.cap(c.on(v))}, ${e.buyer} completed the signing of ${e.player.full} from ${e.seller}.`,
      (c, v, e) => `${e.seller} sold ${e.player.full} to ${e.buyer} ${c.on(v)}.`,
    ] },
    { id: 'fee', type: 'money', value: (r) => millions(r, 4, 95), say: [
      (c, v, e) => `${e.buyer} paid ${c.money(v)} for ${e.player.last}.`,
      (c, v, e) => `The transfer fee for ${e.player.full} was ${c.money(v)}.`,
      (c, v, e) => `${e.player.last} cost ${e.buyer} ${c.money(v)}.`,
    ] },
    { id: 'contract', type: 'duration', unit: 'year', value: (r) => r.int(2, 6), say: [
      (c, v, e) => `${e.player.last} signed ${c.a(c.durAdj(v, 'year'))} contract.`,
      (c, v, e) => `${e.player.last}'s contract runs for ${c.dur(v, 'year')}.`,
      (c, v, e) => `${e.player.last} has agreed a deal lasting ${c.dur(v, 'year')}.`,
    ] },
    { id: 'goals', type: 'count', value: (r) => r.int(4, 38), say: [
      (c, v, e) => `${e.player.last} scored ${c.num(v)} goals last season.`,
      (c, v, e) => `Last season ${e.player.last} found the net ${c.num(v)} times.`,
      (c, v, e) => `${e.player.last} finished last season with ${c.num(v)} goals.`,
    ] },
    { id: 'age', type: 'count', value: (r) => r.int(19, 33), say: [
      (c, v, e) => `${e.player.full} is ${c.num(v)} years old.`,
      (c, v, e) => `${e.player.last} is aged ${c.num(v)}.`,
      (c, v, e) => `${e.player.last} turned ${c.num(v)} earlier this year.`,
    ] },
    { id: 'caps', type: 'count', value: (r) => r.int(5, 88), say: [
      (c, v, e) => `${e.player.last} has played ${c.num(v)} times for ${e.country.name}.`,
      (c, v, e) => `${e.player.last} has won ${c.num(v)} caps for ${e.country.name}.`,
      (c, v, e) => `${e.player.last} has ${c.num(v)} international appearances for ${e.country.name}.`,
    ] },
    { id: 'league-starts', type: 'share', value: (r) => shareOf(r, [30, 34, 36, 38, 46], [[1, 2], [2, 3], [3, 4]]), say: [
      (c, v, e) => `${e.player.last} started ${c.share(v, 'league games')} last season.`,
      (c, v, e) => `Last season ${e.player.last} was in the starting line-up for ${c.share(v, 'league games')}.`,
      (c, v, e) => `${e.player.last} began ${c.share(v, 'league matches')} last season in the starting eleven.`,
    ] },
    { id: 'signing-number', type: 'times', value: (r) => r.int(2, 5), say: [
      (c, v, e) => `${e.player.last} is ${e.buyer}'s ${c.ordinal(v)} signing of the transfer window.`,
      (c, v, e) => `${e.player.last} becomes the ${c.ordinal(v)} player to join ${e.buyer} in this window.`,
      (c, v, e) => `${e.buyer} have now made ${c.num(v)} signings in this transfer window.`,
    ] },
    { id: 'seller-confirms', type: 'polarity', value: () => true, say: [
      (c, v, e, t) => `${e.seller} confirmed the sale ${c.on(t.day0)}.`,
      (c, v, e, t) => `The sale was confirmed by ${e.seller} ${c.on(t.day0)}.`,
      (c, v, e, t) => `${c.cap(c.on(t.day0))}, ${e.seller} announced that the sale had gone through.`,
    ], deny: [
      (c, v, e) => `${e.seller} has not confirmed the sale.`,
      (c, v, e) => `There has been no confirmation of the sale from ${e.seller}.`,
      (c, v, e) => `${e.seller} has yet to confirm the sale.`,
    ] },
    { id: 'manager-view', type: 'event', say: [
      (c, v, e) => `${e.buyer} manager ${e.manager.full} said ${e.player.last} would add pace to the attack.`,
      (c, v, e) => `${e.player.last} will add pace to the attack, ${e.buyer} manager ${e.manager.full} said.`,
      (c, v, e) => `According to ${e.manager.full}, the ${e.buyer} manager, ${e.player.last} will bring pace to the attack.`,
    ] },
  ],
  headlines: [
    (e) => `${e.buyer} land ${e.player.full}`,
    (e) => `${e.player.last} leaves ${e.seller} for ${e.buyer}`,
    (e) => `Transfer news: ${e.player.last} signs for ${e.buyer}`,
    (e) => `${e.seller} cash in on ${e.player.last}`,
  ],
  statements: [
    { speaker: 'player', text: (e) => `I have dreamed of playing in front of the ${e.buyer} {fans|supporters} since I was a child` },
    { speaker: 'manager', text: (e) => `We have followed ${e.player.full} for a long time and we are {delighted|thrilled} to get the deal done` },
  ],
  quotes: [
    (e) => `Selling ${e.player.last} in the middle of a season is always a gamble for ${e.seller}`,
    (e) => `The fee ${e.buyer} paid sounds big, but in this market it is about right`,
    (e) => `Supporters of ${e.seller} will be disappointed, and they have every right to be`,
  ],
  roles: ['a supporters club chairman', 'a football finance analyst', 'a former teammate', 'a season-ticket holder'],
  background: [
    (e) => `Fans gathered outside the ${e.buyer} training ground for a glimpse of the new arrival.`,
    (e) => `${e.seller} have sold several young players in recent seasons.`,
    (e) => `Shirts with ${e.player.last}'s name went on sale in the ${e.buyer} club shop within the hour.`,
    (e) => `The deal was agreed after a late round of talks between ${e.seller} and ${e.buyer}.`,
  ],
};

export const BUSINESS_KINDS = [rateDecision, merger, courtRuling, sportsTransfer];
