// Story kinds from the civic desk: a bridge closure, an election, a storm and an appointment.
// Every fact has at least three wordings that say the same thing in other words (see
// kinds-business.mjs for the shape of a kind and README.md for what each field means).
import { millions, percent1, shareOf } from './kind-helpers.mjs';
import { monthsAfter } from './words.mjs';

const bridgeClosure = {
  kind: 'bridge-closure',
  section: 'LOCAL NEWS',
  topic: 'the bridge closure',
  cast(n) {
    const town = n.town();
    return {
      town, bridge: n.unique('bridge', () => `${n.anySurname()} Bridge`), river: n.river(), council: `${town} City Council`,
      fire: `the ${town} Fire and Rescue Service`, ferry: n.unique('ferry', () => `${n.anySurname()} Ferries`),
      mayor: n.person('the mayor', 'Mayor'), engineer: n.person('the city engineer', 'City engineer'),
    };
  },
  facts: [
    { id: 'closure-vote', type: 'date', lead: true, value: (r, e, t) => t.day0, say: [
      (c, v, e) => `${e.town} councillors voted ${c.on(v)} to close the ${e.bridge} to all traffic.`,
      (c, v, e) => `The ${e.bridge} was shut to vehicles after a council vote ${c.on(v)}.`,
      (c, v, e) => `${c.cap(c.on(v))}, the city council backed a motion closing the ${e.bridge} to cars, buses and lorries.`,
      (c, v, e) => `Members of ${e.council} decided ${c.on(v)} to shut the ${e.bridge} to traffic.`,
    ] },
    { id: 'walkway-collapse', type: 'date', value: (r, e, t) => t.day0 - 1, say: [
      (c, v, e) => `A section of the pedestrian walkway on the ${e.bridge} collapsed ${c.on(v)}.`,
      (c, v, e) => `The walkway along the ${e.bridge} partly gave way ${c.on(v)}.`,
      (c, v, e) => `${c.cap(c.on(v))}, part of the footway on the ${e.bridge} collapsed.`,
    ] },
    { id: 'injured', type: 'count', value: (r) => r.int(5, 60), say: [
      (c, v, e) => `${c.cap(e.fire)} said ${c.num(v)} people were hurt when the walkway gave way.`,
      (c, v, e) => `The walkway collapse on the ${e.bridge} injured ${c.num(v)} people, according to the fire service.`,
      (c, v, e) => `${c.Num(v)} people were injured when part of the walkway on the ${e.bridge} collapsed.`,
    ] },
    { id: 'daily-vehicles', type: 'bigcount', value: (r) => r.int(12000, 90000), say: [
      (c, v, e) => `${c.Count(v)} vehicles cross the ${e.bridge} on a typical weekday.`,
      (c, v, e) => `Each weekday, the ${e.bridge} carries ${c.count(v)} cars, vans and lorries.`,
      (c, v, e) => `On an ordinary weekday, ${c.count(v)} vehicles use the crossing into ${e.town}.`,
    ] },
    { id: 'council-majority', type: 'share', value: (r) => shareOf(r, [36, 40, 48, 60]), say: [
      (c, v, e) => `${c.Share(v, 'councillors', ` in ${e.town}`)} backed the motion.`,
      (c, v, e) => `The motion was supported by ${c.share(v, 'councillors')} on ${e.council}.`,
      (c, v, e) => `The closure of the ${e.bridge} won the votes of ${c.share(v, 'councillors')}.`,
    ] },
    { id: 'refurbishment-years', type: 'duration', unit: 'year', value: (r) => r.int(4, 12), say: [
      (c, v, e) => `The closure interrupts ${c.a(c.durAdj(v, 'year'))} refurbishment of the ${e.bridge}.`,
      (c, v, e) => `Refurbishment work on the ${e.bridge} has been going on for ${c.dur(v, 'year')}.`,
      (c, v, e) => `Engineers are ${c.dur(v, 'year')} into a refurbishment of the ${e.bridge}.`,
    ] },
    { id: 'cable-delays', type: 'times', value: (r) => r.int(2, 4), say: [
      (c, v, e) => `Replacement of the main cables on the ${e.bridge} has been postponed ${c.times(v)}.`,
      (c, v, e) => `The cable replacement on the ${e.bridge} has now been pushed back for a ${c.ordinal(v)} time.`,
      (c, v, e) => `Work on new cables for the ${e.bridge} has been delayed ${c.times(v)} since it was first planned.`,
    ] },
    { id: 'reopening', type: 'month', value: (r, e, t) => monthsAfter(t.day0, r.int(2, 6)), say: [
      (c, v, e) => `Officials expect the ${e.bridge} to reopen to traffic ${c.inMonth(v)}.`,
      (c, v, e) => `The crossing is due to reopen ${c.inMonth(v)}, according to ${e.council}.`,
      (c, v, e) => `Cars should be back on the ${e.bridge} ${c.inMonth(v)}, engineers estimate.`,
    ] },
    { id: 'repair-cost', type: 'money', value: (r) => millions(r, 8, 90), say: [
      (c, v, e) => `Repairs to the ${e.bridge} are expected to cost ${c.money(v)}.`,
      (c, v, e) => `The repair bill for the ${e.bridge} is estimated at ${c.money(v)}.`,
      (c, v, e) => `Engineers put the cost of repairing the ${e.bridge} at ${c.money(v)}.`,
    ] },
    { id: 'mayor-comment', type: 'polarity', who: 'mayor', value: () => true, say: [
      (c, v, e, t) => `${e.mayor.titled} said ${c.on(t.day0)} that closing the bridge was the only responsible choice.`,
      (c, v, e, t) => `Closing the bridge was the only responsible choice, ${e.mayor.titled} said ${c.on(t.day0)}.`,
      (c, v, e, t) => `${e.mayor.titled} defended the closure ${c.on(t.day0)}, calling it the only responsible choice.`,
    ], deny: [
      (c, v, e) => `${e.mayor.titled} has not commented on the closure.`,
      (c, v, e) => `${e.mayor.titled} has so far declined to comment on the closure.`,
      (c, v, e) => `There has been no comment on the closure from ${e.mayor.titled}.`,
    ] },
    { id: 'extra-ferries', type: 'event', say: [
      (c, v, e) => `${e.ferry} will add extra sailings across the ${e.river} during the closure.`,
      (c, v, e) => `Additional ferry sailings across the ${e.river} have been laid on by ${e.ferry}.`,
      (c, v, e) => `${e.ferry} is putting on more crossings of the ${e.river} while the bridge is shut.`,
    ] },
  ],
  headlines: [
    (e) => `${e.bridge} shut to traffic after walkway collapse`,
    (e) => `Council closes ${e.bridge} as engineers assess damage`,
    (e) => `${e.town} commuters face detours as ${e.bridge} closes`,
    (e) => `What the ${e.bridge} closure means for ${e.town}`,
  ],
  statements: [
    { speaker: 'engineer', text: (e) => `Not a single car will cross into ${e.town} over that deck until every {anchor|cable} has been checked` },
    { speaker: 'mayor', text: (e) => `${e.town} has waited long enough for a {safe|sound} crossing, and we intend to deliver one` },
  ],
  quotes: [
    (e) => `Every morning I cross the ${e.river} into ${e.town} twice, and now I have no idea how long that will take`,
    (e) => `The ${e.bridge} is the spine of ${e.town}, and right now the spine is broken`,
    (e) => `We had warnings about that walkway in ${e.town} for years and nobody acted on them`,
  ],
  roles: ['a commuter from the north bank', 'a taxi driver', 'the owner of a riverside café', 'a structural engineer at a private firm'],
  background: [
    (e) => `The ${e.bridge} opened to traffic when ${e.town} was a fraction of its present size.`,
    (e) => `Cyclists in ${e.town} have long asked for a separate lane across the ${e.river}.`,
    (e) => `The river crossing is one of only two road links between the halves of ${e.town}.`,
    (e) => `Pleasure boats on the ${e.river} near ${e.town} were told to keep clear of the bridge.`,
  ],
};

const election = {
  kind: 'election',
  section: 'POLITICS',
  topic: 'the election result',
  cast(n, r) {
    const province = `${n.town()} province`;
    const winnerParty = n.party();
    return {
      province, commission: `the ${province.replace(' province', '')} Electoral Commission`,
      terms: r.int(2, 4), termYears: r.pick([4, 5]),
      winner: n.person('the governor', 'Governor'), winnerParty,
      rival: n.person('the challenger'), rivalParty: n.party(winnerParty),
    };
  },
  facts: [
    { id: 'election-day', type: 'date', lead: true, value: (r, e, t) => t.day0 - 1, say: [
      (c, v, e) => `Voters in ${e.province} re-elected ${e.winner.full} as governor ${c.on(v)}.`,
      (c, v, e) => `${e.winner.full} was returned as governor of ${e.province} in the vote held ${c.on(v)}.`,
      (c, v, e) => `${c.cap(c.on(v))}, ${e.winner.full} won another term as governor of ${e.province}.`,
    ] },
    { id: 'winner-share', type: 'percent', value: (r) => percent1(r, 41, 64), say: [
      (c, v, e) => `${e.winner.last} won ${c.pct(v)} of the vote.`,
      (c, v, e) => `${e.winner.last} took ${c.pct(v)} of votes cast.`,
      (c, v, e) => `The ${e.winnerParty} candidate received ${c.pct(v)} of the vote.`,
    ] },
    { id: 'turnout', type: 'percent', value: (r) => percent1(r, 35, 78), say: [
      (c, v, e) => `Turnout in ${e.province} was ${c.pct(v)}.`,
      (c, v, e) => `Some ${c.pct(v)} of registered voters in ${e.province} cast a ballot.`,
      (c, v, e) => `${c.cap(e.commission)} put turnout at ${c.pct(v)}.`,
    ] },
    { id: 'margin', type: 'bigcount', value: (r) => r.int(1200, 40000), say: [
      (c, v, e) => `${e.winner.last} finished ${c.count(v)} votes ahead of ${e.rival.full}.`,
      (c, v, e) => `${e.rival.full} lost by a margin of ${c.count(v)} votes.`,
      (c, v, e) => `The winning margin over ${e.rival.full} was ${c.count(v)} votes.`,
    ] },
    { id: 'assembly-seats', type: 'share', value: (r) => shareOf(r, [40, 48, 60, 90]), say: [
      (c, v, e) => `The ${e.winnerParty} won ${c.share(v, 'seats')} in the ${e.province} assembly.`,
      (c, v, e) => `In the ${e.province} assembly, ${c.share(v, 'seats')} went to the ${e.winnerParty}.`,
      (c, v, e) => `The ${e.winnerParty} will hold ${c.share(v, 'seats')} in the new ${e.province} assembly.`,
    ] },
    { id: 'terms-won', type: 'times', value: (r, e) => e.terms, say: [
      (c, v, e) => `${e.winner.last} has now been elected governor ${c.times(v)}.`,
      (c, v, e) => `The result gives ${e.winner.last} a ${c.ordinal(v)} term as governor.`,
      (c, v, e) => `${e.winner.last} won the governorship for a ${c.ordinal(v)} time.`,
    ] },
    { id: 'years-in-office', type: 'duration', unit: 'year', value: (r, e) => (e.terms - 1) * e.termYears, say: [
      (c, v, e) => `${e.winner.last} has governed ${e.province} for ${c.dur(v, 'year')}.`,
      (c, v, e) => `The win extends ${e.winner.last}'s ${c.durAdj(v, 'year')} spell in office.`,
      (c, v, e) => `After ${c.dur(v, 'year')} in office, ${e.winner.last} will serve another term.`,
    ] },
    { id: 'swearing-in', type: 'month', value: (r, e, t) => monthsAfter(t.day0, r.int(1, 3)), say: [
      (c, v, e) => `${e.winner.last} will be sworn in for the new term ${c.inMonth(v)}.`,
      (c, v, e) => `The new term for ${e.winner.full} begins ${c.inMonth(v)}.`,
      (c, v, e) => `${e.winner.last}'s swearing-in is scheduled for ${c.month(v)}.`,
    ] },
    { id: 'rival-concedes', type: 'polarity', value: () => true, say: [
      (c, v, e, t) => `${e.rival.full} conceded defeat ${c.on(t.day0)}.`,
      (c, v, e, t) => `${c.cap(c.on(t.day0))}, ${e.rival.full} accepted that the race was lost.`,
      (c, v, e, t) => `${e.rival.full} admitted defeat ${c.on(t.day0)}.`,
    ], deny: [
      (c, v, e) => `${e.rival.full} has not conceded defeat.`,
      (c, v, e) => `${e.rival.full} has refused to concede.`,
      (c, v, e) => `${e.rival.full} has yet to accept the result.`,
    ] },
    { id: 'result-certified', type: 'event', say: [
      (c, v, e) => `${c.cap(e.commission)} has certified the result.`,
      (c, v, e) => `The result was certified by ${e.commission}.`,
      (c, v, e) => `${c.cap(e.commission)} confirmed the result as final.`,
    ] },
    { id: 'runner-up', type: 'event', say: [
      (c, v, e) => `${e.rival.full} of the ${e.rivalParty} came second.`,
      (c, v, e) => `${e.rivalParty} candidate ${e.rival.full} finished in second place.`,
      (c, v, e) => `Second place went to ${e.rival.full} of the ${e.rivalParty}.`,
    ] },
  ],
  headlines: [
    (e) => `${e.winner.full} holds on in ${e.province}`,
    (e) => `Governor re-elected as ${e.province} votes for continuity`,
    (e) => `${e.province}: ${e.winnerParty} keeps control after close race`,
    (e) => `Challenger falls short in ${e.province} governor race`,
  ],
  statements: [
    { speaker: 'winner', text: (e) => `The people of ${e.province} have given us a clear {mandate|instruction} to finish the job` },
    { speaker: 'rival', text: (e) => `Our campaign started a conversation in ${e.province} that will not {end|stop} tonight` },
  ],
  quotes: [
    (e) => `I voted in ${e.province} for thirty years and I have never seen queues like that`,
    (e) => `What matters now is whether the promises made in ${e.province} on housing survive the first budget`,
    (e) => `The ${e.rivalParty} ran a good campaign in ${e.province} but never found a single message`,
  ],
  roles: ['a political scientist at the provincial university', 'a campaign volunteer', 'a first-time voter', 'a polling analyst'],
  background: [
    (e) => `The campaign in ${e.province} was dominated by housing costs and rural bus services.`,
    (e) => `Both candidates held their final rallies in the capital of ${e.province}.`,
    (e) => `Counting in some rural districts of ${e.province} continued through the night.`,
    (e) => `A televised debate between ${e.winner.full} and ${e.rival.full} drew a large audience.`,
  ],
};

const storm = {
  kind: 'storm',
  section: 'WEATHER',
  topic: 'the storm',
  cast(n, r) {
    const name = r.pick(['Ilse', 'Bram', 'Corra', 'Dagny', 'Eamon', 'Frida', 'Gunnar', 'Halle', 'Ivor', 'Juno']);
    const country = n.country();
    return {
      storm: `Storm ${name}`, town: n.town(), village: n.town(), region: `the ${n.town()} coast`, country,
      service: `the ${country.adj} Meteorological Office`, utility: n.unique('utility', () => `${n.anySurname()} Energy`),
      premier: n.person('the regional premier', 'Regional premier'),
    };
  },
  facts: [
    { id: 'landfall', type: 'date', lead: true, value: (r, e, t) => t.day0, say: [
      (c, v, e) => `${e.storm} made landfall near ${e.town} ${c.on(v)}.`,
      (c, v, e) => `${c.cap(c.on(v))}, ${e.storm} came ashore close to ${e.town}.`,
      (c, v, e) => `${e.storm} struck the coast near ${e.town} ${c.on(v)}.`,
    ] },
    { id: 'wind-speed', type: 'count', value: (r) => r.int(95, 185), say: [
      (c, v, e) => `Gusts of up to ${c.digits(v)} km/h were recorded in ${e.town}.`,
      (c, v, e) => `Winds reached ${c.digits(v)} kilometres per hour along ${e.region} at the height of the storm.`,
      (c, v, e) => `The strongest gust measured on ${e.region} was ${c.digits(v)} km/h.`,
    ] },
    { id: 'deaths', type: 'count', value: (r) => r.int(2, 19), say: [
      (c, v, e) => `The storm killed ${c.num(v)} people along ${e.region}.`,
      (c, v, e) => `${c.Num(v)} people died along ${e.region} in the storm.`,
      (c, v, e) => `The death toll from ${e.storm} on ${e.region} stands at ${c.num(v)}.`,
    ] },
    { id: 'homes-without-power', type: 'bigcount', value: (r) => r.int(12000, 480000), say: [
      (c, v, e) => `${c.Count(v)} homes along ${e.region} lost power.`,
      (c, v, e) => `The storm left ${c.count(v)} homes on ${e.region} without electricity.`,
      (c, v, e) => `${e.utility} said ${c.count(v)} households had been cut off from the grid.`,
    ] },
    { id: 'rainfall', type: 'count', value: (r) => r.int(80, 320), say: [
      (c, v, e) => `${c.digits(v)} millimetres of rain fell on ${e.town} in 24 hours.`,
      (c, v, e) => `The storm dumped ${c.digits(v)}mm of rain on ${e.town} in a single day.`,
      (c, v, e) => `Rainfall in ${e.town} over 24 hours reached ${c.digits(v)} millimetres.`,
    ] },
    { id: 'damage', type: 'money', value: (r) => millions(r, 20, 900), say: [
      (c, v, e) => `Insurers estimate the damage along ${e.region} at ${c.money(v)}.`,
      (c, v, e) => `The storm caused ${c.money(v)} worth of damage along ${e.region}, according to early estimates.`,
      (c, v, e) => `Early estimates put the cost of the damage on ${e.region} at ${c.money(v)}.`,
    ] },
    { id: 'strongest-in', type: 'duration', unit: 'year', value: (r) => 5 * r.int(3, 10), say: [
      (c, v, e) => `It was the strongest storm to hit ${e.region} in ${c.dur(v, 'year')}.`,
      (c, v, e) => `No storm this strong had struck ${e.region} for ${c.dur(v, 'year')}.`,
      (c, v, e) => `Forecasters called ${e.storm} the most powerful storm on ${e.region} in ${c.dur(v, 'year')}.`,
    ] },
    { id: 'evacuated', type: 'share', value: (r) => shareOf(r, [400, 600, 800, 1200], [[2, 3], [3, 4], [1, 2]]), say: [
      (c, v, e) => `${c.Share(v, 'residents', ` of ${e.village}`)} were evacuated.`,
      (c, v, e) => `Emergency services evacuated ${c.share(v, 'residents', ` of ${e.village}`)}.`,
      (c, v, e) => `In ${e.village}, ${c.share(v, 'residents')} had to leave their homes.`,
    ] },
    { id: 'state-of-emergency', type: 'polarity', value: () => true, say: [
      (c, v, e, t) => `The regional government declared a state of emergency along ${e.region} ${c.on(t.day0)}.`,
      (c, v, e, t) => `A state of emergency was declared ${c.on(t.day0)} for ${e.region}.`,
      (c, v, e, t) => `${c.cap(c.on(t.day0))}, officials declared a state of emergency along ${e.region}.`,
    ], deny: [
      (c, v, e) => `No state of emergency has been declared along ${e.region}.`,
      (c, v, e) => `The regional government has not declared a state of emergency on ${e.region}.`,
      (c, v, e) => `Officials have stopped short of declaring a state of emergency along ${e.region}.`,
    ] },
    { id: 'schools-closed', type: 'event', say: [
      (c, v, e) => `Schools along ${e.region} were closed.`,
      (c, v, e) => `Every school on ${e.region} shut its doors.`,
      (c, v, e) => `Classes were cancelled at schools across ${e.region}.`,
    ] },
    { id: 'top-warning', type: 'event', say: [
      (c, v, e) => `${c.cap(e.service)} had issued its highest warning before the storm arrived.`,
      (c, v, e) => `The highest level of warning was issued by ${e.service} ahead of the storm.`,
      (c, v, e) => `Before the storm struck, ${e.service} raised its warning to the top level.`,
    ] },
  ],
  headlines: [
    (e) => `${e.storm} batters ${e.region}`,
    (e) => `Clean-up begins after ${e.storm} tears through ${e.town}`,
    (e) => `${e.storm}: homes flooded and power cut across the coast`,
    (e) => `Residents count the cost as ${e.storm} moves inland`,
  ],
  statements: [
    { speaker: 'premier', text: (e) => `We will rebuild every {road|street} and every home that ${e.storm} has taken from ${e.town}` },
    { speaker: 'premier', text: (e) => `Please stay indoors in ${e.town} and keep off the {coast|shore} until the warnings are lifted` },
  ],
  quotes: [
    (e) => `The sea came over the wall in ${e.town} like nothing I have ever seen`,
    (e) => `We lost the roof of the barn outside ${e.village} in about ten minutes`,
    (e) => `Our crews will be working around the clock until the lights are back on in ${e.town}`,
  ],
  roles: ['a fisherman', 'a hotel owner on the seafront', 'a volunteer with the coastguard', 'a climate researcher'],
  background: [
    (e) => `Sandbags were stacked along the promenade in ${e.town}.`,
    (e) => `Ferries between the islands and ${e.town} were cancelled.`,
    (e) => `Fallen trees blocked several roads leading out of ${e.village}.`,
    (e) => `Forecasters had tracked ${e.storm} across the ocean for several days before it reached ${e.town}.`,
  ],
};

const appointment = {
  kind: 'appointment',
  section: 'BUSINESS',
  topic: 'the appointment',
  cast(n, r) {
    const town = n.town();
    return {
      town, org: r.pick([`the ${town} Health Authority`, `the ${town} Museum of Art`, `${n.company()}`,
        `the ${town} Port Authority`, `the ${town} Water Board`]),
      otherOrg: `${n.company()}`,
      appointee: n.person('the new chief executive'), predecessor: n.person('the outgoing chief executive'),
      chair: n.person('the chair of the board', 'Board chair'),
    };
  },
  facts: [
    { id: 'named', type: 'date', lead: true, value: (r, e, t) => t.day0, say: [
      (c, v, e) => `${c.cap(e.org)} named ${e.appointee.full} as its new chief executive ${c.on(v)}.`,
      (c, v, e) => `${e.appointee.full} was appointed chief executive of ${e.org} ${c.on(v)}.`,
      (c, v, e) => `${c.cap(c.on(v))}, ${e.org} announced that ${e.appointee.full} would be its next chief executive.`,
    ] },
    { id: 'start-month', type: 'month', value: (r, e, t) => monthsAfter(t.day0, r.int(1, 5)), say: [
      (c, v, e) => `${e.appointee.last} will take up the post ${c.inMonth(v)}.`,
      (c, v, e) => `${e.appointee.full} starts in the role ${c.inMonth(v)}.`,
      (c, v, e) => `The appointment of ${e.appointee.full} takes effect ${c.inMonth(v)}.`,
    ] },
    { id: 'predecessor-tenure', type: 'duration', unit: 'year', value: (r) => r.int(4, 16), say: [
      (c, v, e) => `${e.appointee.last} replaces ${e.predecessor.full}, who has led the organisation for ${c.dur(v, 'year')}.`,
      (c, v, e) => `${e.predecessor.full} is stepping down after ${c.dur(v, 'year')} in charge.`,
      (c, v, e) => `${e.predecessor.full}'s ${c.durAdj(v, 'year')} tenure is coming to an end.`,
    ] },
    { id: 'salary', type: 'money', value: (r) => 5000 * r.int(28, 176), say: [
      (c, v, e) => `The post at ${e.org} carries a salary of ${c.money(v)}.`,
      (c, v, e) => `${e.appointee.last} will be paid ${c.money(v)} a year.`,
      (c, v, e) => `The annual salary for the role at ${e.org} is ${c.money(v)}.`,
    ] },
    { id: 'shortlist', type: 'count', value: (r) => r.int(3, 12), say: [
      (c, v, e) => `${e.appointee.last} was chosen from a shortlist of ${c.num(v)} candidates.`,
      (c, v, e) => `${c.Num(v)} candidates made the shortlist for the job at ${e.org}.`,
      (c, v, e) => `The board of ${e.org} interviewed ${c.num(v)} shortlisted candidates.`,
    ] },
    { id: 'board-vote', type: 'share', value: (r) => shareOf(r, [9, 12, 15]), say: [
      (c, v, e) => `${c.Share(v, 'board members', ` of ${e.org}`)} voted for the appointment.`,
      (c, v, e) => `The appointment of ${e.appointee.full} was backed by ${c.share(v, 'board members')}.`,
      (c, v, e) => `${e.appointee.last} won the support of ${c.share(v, 'board members')}.`,
    ] },
    { id: 'advertised', type: 'times', value: (r) => r.int(2, 4), say: [
      (c, v, e) => `The post at ${e.org} was advertised ${c.times(v)} before an appointment was made.`,
      (c, v, e) => `It took a ${c.ordinal(v)} round of advertising to fill the post at ${e.org}.`,
      (c, v, e) => `The vacancy at ${e.org} had to be advertised ${c.times(v)}.`,
    ] },
    { id: 'staff', type: 'bigcount', value: (r) => r.int(2000, 60000), say: [
      (c, v, e) => `${c.cap(e.org)} employs ${c.count(v)} people.`,
      (c, v, e) => `${e.appointee.last} will lead a workforce of ${c.count(v)}.`,
      (c, v, e) => `The workforce of ${e.org} numbers ${c.count(v)}.`,
    ] },
    { id: 'predecessor-comment', type: 'polarity', who: 'predecessor', value: () => true, say: [
      (c, v, e, t) => `${e.predecessor.full} said ${c.on(t.day0)} that the appointment was excellent news.`,
      (c, v, e, t) => `${e.predecessor.full} welcomed the appointment ${c.on(t.day0)}, calling it excellent news.`,
      (c, v, e, t) => `The appointment was excellent news, ${e.predecessor.full} said ${c.on(t.day0)}.`,
    ], deny: [
      (c, v, e) => `${e.predecessor.full} has not commented on the appointment.`,
      (c, v, e) => `${e.predecessor.full} declined to comment on the choice of successor.`,
      (c, v, e) => `There has been no comment on the appointment from ${e.predecessor.full}.`,
    ] },
    { id: 'previous-job', type: 'event', say: [
      (c, v, e) => `${e.appointee.last} previously ran ${e.otherOrg}.`,
      (c, v, e) => `Before the appointment, ${e.appointee.full} was in charge of ${e.otherOrg}.`,
      (c, v, e) => `${e.appointee.full} joins from ${e.otherOrg}, which ${e.appointee.last} led.`,
    ] },
  ],
  headlines: [
    (e) => `${e.appointee.full} to lead ${e.org}`,
    (e) => `New chief executive named at ${e.org}`,
    (e) => `${e.org} picks outsider as next boss`,
    (e) => `Leadership change at ${e.org} as ${e.predecessor.last} steps aside`,
  ],
  statements: [
    { speaker: 'appointee', text: (e) => `I am honoured to be asked to lead ${e.org} and I cannot wait to meet the {team|staff}` },
    { speaker: 'chair', text: (e) => `The board was looking for energy and {experience|judgement}, and in ${e.appointee.full} we found both` },
  ],
  quotes: [
    (e) => `Staff at ${e.org} will want to know quickly what the new leadership means for their jobs`,
    (e) => `Choosing ${e.appointee.full} is a brave choice, and brave choices sometimes pay off`,
    (e) => `${e.appointee.full}'s first hundred days will tell us more than any press release`,
  ],
  roles: ['a union representative', 'a recruitment consultant', 'a former board member', 'a governance expert'],
  background: [
    (e) => `The search for a new leader at ${e.org} began last year.`,
    (e) => `Recruiters for ${e.org} were asked to look abroad as well as at home.`,
    (e) => `Staff at ${e.org} were told of the decision in an email.`,
    (e) => `The board of ${e.org} met in private to make its final choice.`,
  ],
};

export const CIVIC_KINDS = [bridgeClosure, election, storm, appointment];
