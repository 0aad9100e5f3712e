/** Value slots: finding, normalising and comparing the number-like values of news sentences. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { boundExcludesFigure, compareValues, extractValues, type ValueMention } from '../../server/src/core/claims/values';
import { NATO } from '../helpers/paths';

const ARTICLE_DATE = '2024-02-22'; // a Thursday

/**
 * The mention whose text is exactly `phrase`, found at the first appearance of `phrase` after
 * `after` (a preceding anchor text), and checked to sit at that place.
 */
function valueAt(text: string, phrase: string, ctx: { articleDate?: string } = { articleDate: ARTICLE_DATE }, after = ''): ValueMention {
  const from = after ? text.indexOf(after) + after.length : 0;
  assert.ok(from >= after.length, `fixture lacks "${after}"`);
  const start = text.indexOf(phrase, from);
  assert.ok(start >= 0, `fixture lacks "${phrase}"`);
  const found = extractValues(text, ctx).find((m) => m.span.start === start && m.span.end === start + phrase.length);
  assert.ok(found, `no value at "${phrase}" in: ${JSON.stringify(extractValues(text, ctx).map((m) => m.text))}`);
  return found;
}

function texts(text: string, ctx: { articleDate?: string } = { articleDate: ARTICLE_DATE }): string[] {
  return extractValues(text, ctx).map((m) => m.text);
}

/** Each value as "text=low..high" (an open end left empty), with ":head" after it when asked. */
function bounds(text: string, withHead = false): string[] {
  const end = (x: number) => (Number.isFinite(x) ? String(x) : '');
  return extractValues(text, {}).map((v) => `${v.text}=${end(v.low)}..${end(v.high)}${withHead ? `:${v.head ?? ''}` : ''}`);
}

/** UTC epoch day of an ISO date, the unit of date values. */
function day(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

function assertDate(m: ValueMention, first: string, last: string, granularity: string): void {
  assert.equal(m.kind, 'date');
  assert.equal(m.low, day(first), `low of "${m.text}"`);
  assert.equal(m.high, day(last), `high of "${m.text}"`);
  assert.equal(m.granularity, granularity);
}

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-6, `${actual} is not ${expected}`);
}

describe('plain numbers', () => {
  test('digits with separators and decimals', () => {
    const text = 'The agency employs 4,370 people and its index stood at 2.5 on Monday.';
    const staff = valueAt(text, '4,370');
    assert.deepEqual([staff.kind, staff.value, staff.low, staff.high, staff.unit, staff.head], ['quantity', 4370, 4370, 4370, 'people', 'people']);
    assert.equal(valueAt(text, '2.5').value, 2.5);
  });
  test('number words, including compounds and a dozen', () => {
    const text = 'Thirty-one members voted yes, twenty voted no and a dozen envoys left; one hundred and twenty guests stayed.';
    assert.equal(valueAt(text, 'Thirty-one').value, 31);
    assert.equal(valueAt(text, 'Thirty-one').head, 'member');
    assert.equal(valueAt(text, 'twenty').value, 20);
    const dozen = valueAt(text, 'a dozen');
    assert.deepEqual([dozen.value, dozen.approx, dozen.head], [12, 'about', 'envoy']);
    assert.equal(valueAt(text, 'one hundred and twenty').value, 120);
  });
  test('vague plurals are ranges marked vague', () => {
    const text = 'Hundreds of farmers and tens of thousands of workers marched, with several hundred police.';
    const farmers = valueAt(text, 'Hundreds');
    assert.deepEqual([farmers.low, farmers.high, farmers.approx, farmers.vague, farmers.head], [200, 999, 'range', true, 'farmer']);
    assert.deepEqual([valueAt(text, 'tens of thousands').low, valueAt(text, 'tens of thousands').high], [20000, 99999]);
    assert.deepEqual([valueAt(text, 'several hundred').low, valueAt(text, 'several hundred').high], [300, 900]);
  });
  test('million, billion, bn and m scales cover what rounds to them', () => {
    const text = 'The city has 1.2m residents, 2.5 billion euros of debt and 43 million visitors.';
    const residents = valueAt(text, '1.2m');
    assert.equal(residents.value, 1_200_000);
    close(residents.low, 1_150_000);
    close(residents.high, 1_250_000);
    assert.equal(valueAt(text, '2.5 billion euros').value, 2.5e9);
    assert.equal(valueAt(text, '43 million').head, 'visitor');
    // A figure made an adjective with its scale keeps the scale.
    assert.equal(valueAt('Sabathia agreed to a seven-year, $161-million deal.', '$161-million').value, 161e6);
    assert.equal(valueAt('They made off with a ($2. 6 - million) booty.', '$2. 6 - million').value, 2.6e6, 'tokenised copy');
  });
  test('"78 out of 100" is a percentage; "20 out of 31 members" and "8 out of 10" stay counts', () => {
    const text = 'The site gives it 78 out of 100 from critics; 20 out of 31 members voted and it scored 8 out of 10.';
    const score = valueAt(text, '78 out of 100');
    assert.deepEqual([score.kind, score.value, score.unit], ['percent', 78, '%']);
    assert.equal(valueAt(text, '20').kind, 'quantity');
    assert.equal(valueAt(text, '8', { articleDate: ARTICLE_DATE }, 'scored ').kind, 'quantity');
  });
  test('a name with a number glued by a hyphen modifies the counted noun ("19,000 COVID-19 deaths")', () => {
    const text = 'The ministry has reported fewer than 19,000 COVID-19 deaths and 40 F-16 jets.';
    assert.equal(valueAt(text, 'fewer than 19,000').head, 'death');
    assert.equal(valueAt(text, '40').head, 'jet');
  });
  test('labels and clock times are not values', () => {
    assert.deepEqual(texts('F-16 jets, COVID-19 wards, Article 5 and the G7 met at 10:30 in Flight 17.', {}), []);
    assert.deepEqual(texts('Felt, the number 2 man at the FBI, used a number 2 pencil.', {}), []);
    assert.deepEqual(texts('The patch is for IE version 5 and up, in the 12000 block of East Street.', {}), []);
    assert.deepEqual(texts('He scored with 4: 43 to play, as tokenised copy writes a clock.', {}), []);
  });
  test('a bare figure listed with an age is an age ("ages 47 and 48", "aged 15, 12 and 9"); one that repeats a figure\'s verb counts its noun', () => {
    const read = (text: string) => extractValues(text, {}).map((v) => `${v.text}=${v.kind}:${v.head ?? ''}`);
    assert.deepEqual(read('Two men, ages 47 and 48, were shot.'), ['Two=quantity:man', '47=age:', '48=age:']);
    assert.deepEqual(read('Three girls, aged 15, 12 and 9, were hurt.'), ['Three=quantity:girl', '15=age:', '12=age:', '9=age:']);
    assert.deepEqual(read('He is aged 40 and 12 people came.'), ['40=age:', '12=quantity:people']);
    assert.deepEqual(read('Ten people were killed, 140 were injured and 1,500 houses were damaged.'), ['Ten=quantity:people', '140=quantity:people', '1,500=quantity:house']);
    assert.deepEqual(read('Five people died and 20 were hurt.'), ['Five=quantity:people', '20=quantity:'], 'another verb leaves the noun unsaid');
  });
  test('a compound of "men" is a plural, a capitalised plural in "-is" a people, and figures listed together count the last one\'s noun', () => {
    const heads = (text: string) => extractValues(text, {}).map((v) => `${v.text}:${v.head ?? ''}`);
    assert.deepEqual(heads('Three gunmen held 300 crewmen and one specimen.'), ['Three:gunman', '300:crewman', 'one:specimen']);
    assert.deepEqual(heads('Nine Israelis, including three civilians, died in two Paris hotels.'), ['Nine:israeli', 'three:civilian', 'two:hotel']);
    assert.deepEqual(heads('They work two and three jobs since 7.6 and 7.5 magnitude quakes.'), ['two:job', 'three:job', '7.6:magnitude', '7.5:magnitude']);
    assert.deepEqual(heads('She shot two co - workers and stole two semi - automatic pistols; they had 20 points - a record.'), ['two:worker', 'two:pistol', '20:point'], 'a hyphen between spaces inside a compound, as tokenised copy writes it');
  });
  test('a conversion in brackets: into other units or another currency approximate, into dollars of another amount of no known currency ("$US1 million ($1.52 million)")', () => {
    const [us, converted] = extractValues('Damage was estimated at $US1 million ($1.52 million).', {});
    assert.deepEqual([us.text, us.unit, us.value, converted.vague], ['$US1 million', 'USD', 1e6, true]);
    const dollars = valueAt('The deal is worth €5bn ($6.8bn).', '$6.8bn');
    assert.deepEqual([dollars.unit, dollars.approx, dollars.vague], ['USD', 'about', undefined]);
    assert.equal(valueAt('It costs $5 ($5) a head.', '$5', {}, '(').vague, undefined, 'the same sum twice is no other currency');
  });
  test('a hyphenated measure counts the thing named after it ("a 41-yard touchdown pass", "a 10-mile race"); "the 7-yard line" is a place on the field', () => {
    const read = (text: string) => extractValues(text, {}).map((v) => `${v.text}=${v.unit}:${v.head}:${v.vague === true}`);
    assert.deepEqual(read('He threw a 41-yard touchdown pass in a 10-mile race to a 40-bed ward.'), ['41-yard=yard:pass:false', '10-mile=mile:race:false', '40-bed=bed:bed:false']);
    assert.deepEqual(read('He drove to the 7-yard line and the 27 - yard line.'), ['7-yard=yard:line:true', '27 - yard=yard:line:true']);
  });
  test('a range whose first number waits for the unit after the second ("a 24- to 30-foot dhow", "a 10- to 12-year sentence")', () => {
    const read = (text: string) => extractValues(text, {}).map((v) => `${v.text}=${v.kind}:${v.low}..${v.high}:${v.unit}`);
    assert.deepEqual(read('It was a 24- to 30-foot dhow.'), ['24- to 30-foot=quantity:24..30:foot']);
    assert.deepEqual(read('He got a 10- to 12-year sentence.'), ['10- to 12-year=duration:10..12:year']);
  });
  test('an age with its second hyphen left out ("the 11 - year old girl", "a 10-year old boy") is an age, of the noun after it', () => {
    const read = (text: string) => extractValues(text, {}).map((v) => `${v.text}=${v.kind}:${v.value}:${v.head ?? ''}`);
    assert.deepEqual(read('He assaulted the 11 - year old girl and a 10-year old boy.'), ['11 - year old=age:11:girl', '10-year old=age:10:boy']);
    assert.deepEqual(read('He signed a 10-year deal.'), ['10-year=duration:10:deal']);
  });
  test('a fiscal year is kept vague ("its first fiscal 2008 quarter", "in fiscal year 2009"); a calendar year is not', () => {
    const vague = (text: string) => extractValues(text, {}).filter((v) => v.kind === 'date').map((v) => `${v.text}:${v.vague === true}`);
    assert.deepEqual(vague('By its first fiscal 2008 quarter, in fiscal year 2009 and in 2010.'), ['2008:true', '2009:true', '2010:false']);
  });
  test('a tie ("a 12 - all game", "tied 12-all", "tied at 45 all") is a running score, and a gun\'s bore ("a 38 - caliber revolver", "a 12-gauge shotgun") or a basket\'s worth ("3 - pointers") no figure', () => {
    const vague = (text: string) => extractValues(text, {}).map((v) => `${v.text}:${v.vague === true}`);
    assert.deepEqual(vague('Creighton broke open a 12 - all game, tied 12-all at the half and tied at 45 all.'), ['12:true', '12-all:true', '45:true']);
    assert.deepEqual(vague('The 12 all voted yes.'), ['12:false']);
    assert.deepEqual(vague('They tied the game at 13, were knotted at 7 and won at 20.'), ['13:true', '7:true', '20:false']);
    assert.deepEqual(texts('They scored on their first two drives.', {}), ['two'], 'an ordinal before a count ranks nothing');
    assert.deepEqual(texts('A 38 - caliber revolver, a 12-gauge shotgun and a .38 caliber gun were found.', {}), []);
    assert.deepEqual(texts('He made 3 of 4 3 - pointers, hit a three-pointer and two 3-pointers.', {}), ['3', '4', 'two'], 'a basket named by its worth is no figure');
  });
  test('a figure beyond ten is no quake\'s magnitude ("600 were killed" / "a 6. 4 - magnitude quake")', () => {
    const magnitude = valueAt('A 6. 4 - magnitude quake hit.', '6. 4 - magnitude');
    assert.equal(magnitude.head, 'magnitude');
    assert.equal(compareValues(valueAt('Then 600 were killed.', '600'), magnitude), 'incomparable');
    assert.equal(compareValues(valueAt('It measured 6.1 there.', '6.1'), magnitude), 'different', 'a bare figure within the scale may be one');
  });
  test('a quake\'s magnitude named before its figure is a measure ("magnitude 6", "a magnitude of 6.1", "magnitude-5.2", "5.6 on the Richter scale")', () => {
    const heads = (text: string) => extractValues(text, {}).map((v) => `${v.text}:${v.head ?? ''}`);
    assert.deepEqual(heads('A magnitude 6 quake can do damage; a magnitude of 6.1 was given.'), ['6:magnitude', '6.1:magnitude']);
    assert.deepEqual(heads('A magnitude-5.2 quake struck and one measuring 5.6 on the Richter scale.'), ['5.2:magnitude', '5.6:magnitude']);
    assert.deepEqual(heads('The magnitude of 300 deaths shocked them.'), ['300:death']);
    assert.deepEqual(heads('Dozens hurt as 6. 1 magnitude quake hits Kelm'), ['6. 1:magnitude']);
    assert.deepEqual(heads('Magnitude - 6. 1 quake hits Kelm; a 6. 4 - magnitude quake hit Vorn'), ['6. 1:magnitude', '6. 4 - magnitude:magnitude']);
    assert.deepEqual(heads('The Kelm seismologic centre put the quake\'s magnitude at 5.'), ['5:magnitude']);
  });
  test('a unit written out after "one" ends its phrase ("one mile north of Kelm", "one metre short")', () => {
    const units = (text: string) => extractValues(text, {}).map((v) => `${v.text}:${v.unit ?? ''}`);
    assert.deepEqual(units('A quake struck one mile north of Kelm and fell one metre short of the record.'), ['one:mile', 'one:metre']);
  });
  test('a label\'s range is labels too ("Weeks 14-16", "Chapters 3 - 5")', () => {
    assert.deepEqual(texts('He returned in Weeks 14-16 and read Chapters 3 - 5.', {}).filter((t) => /\d/.test(t)), []);
  });
  test('a bound after its number ("80 or more yards", "five or fewer", "30 or so")', () => {
    const read = (text: string) => bounds(text, true);
    assert.deepEqual(read('He had three runs of 80 or more yards.'), ['three=3..3:run', '80 or more=80..:yard']);
    assert.deepEqual(read('Teams of five or fewer players entered.'), ['five or fewer=0..5:player']);
    assert.deepEqual(read('They said 30 or so people came.').map((v) => v.split('=')[0]), ['30 or so']);
    assert.deepEqual(read('Two or three people came.'), ['Two or three=2..3:people'], 'a number after "or" is a range');
  });
  test('a strict bound denied a word or two before is the other bound ("never hit fewer than 26 homers", "did not score more than 3 goals")', () => {
    const read = (text: string) => bounds(text);
    assert.deepEqual(read('Varga never hit fewer than 26 homers.'), ['fewer than 26=26..']);
    assert.deepEqual(read('Varga did not score more than 3 goals.'), ['more than 3=0..3']);
    assert.deepEqual(read('Varga scored more than 3 goals.'), ['more than 3=4..']);
    assert.deepEqual(read('Police did not say whether fewer than 10 people died.'), ['fewer than 10=0..9'], 'a denial further off is another verb\'s');
  });
  test('a strict bound in a clause that opens with a denied subject is the other bound ("None of the teams has offered more than eight years")', () => {
    const read = (text: string) => bounds(text);
    assert.deepEqual(read('None of the other clubs -- Kelm, Lisset and Avenhall -- has offered more than 8 years.'), ['more than 8 years=0..8']);
    assert.deepEqual(read('So far, no club has offered a contract longer than 8 years.'), ['longer than 8 years=0..8']);
    assert.deepEqual(read('The club has offered a contract longer than 8 years.'), ['longer than 8 years=8..']);
    assert.deepEqual(read('No-one was hurt in the fire, which saw more than 50 firefighters at work.'), ['more than 50=51..'], 'a clause of its own');
  });
  test('"over" opening the sentence before spells that a comma closes spans them ("Over six full seasons, ..."), and bounds a figure elsewhere', () => {
    const read = (text: string) => bounds(text);
    assert.deepEqual(read('Over six full seasons, his line reads well.'), ['six=6..6']);
    assert.deepEqual(read('Over 100 people died.'), ['Over 100=101..']);
    assert.deepEqual(read('He has played over six seasons, mostly in Kelm.'), ['over six=7..']);
  });
  test('a unit of two letters or more written apart is the figure\'s unit ("5 km", "a 256 MB card"), and data sizes are units glued too ("16GB"); "5G" is a name', () => {
    const units = (text: string) => extractValues(text, {}).map((v) => `${v.text}:${v.unit ?? ''}`);
    assert.deepEqual(units('It struck 5 km east of Kelm and 5km west.'), ['5 km:kilometre', '5km:kilometre']);
    assert.deepEqual(units('It comes with a 256 MB card and 16GB of storage.'), ['256 MB:megabyte', '16GB:gigabyte']);
    assert.deepEqual(units('They had 5 mm of rain.'), ['5 mm:millimetre'], 'written apart in lower case');
    assert.ok(extractValues('The strongest gust was 118 km/h.', {})[0].rate, 'a unit per hour is a rate');
    assert.deepEqual(units('The 5G network opened.'), []);
  });
  test('a margin is no count of its own ("two rebounds off his best", "three votes short of a majority"), a distance off a place still a distance', () => {
    const vague = (text: string) => extractValues(text, {}).map((v) => `${v.text}:${v.vague === true}`);
    assert.deepEqual(vague('Varga was two rebounds off his personal best.'), ['two:true']);
    assert.deepEqual(vague('The bill fell three votes short of a majority.'), ['three:true']);
    assert.deepEqual(vague('Varga finished two strokes behind Okafor.'), ['two:true']);
    assert.deepEqual(vague('The quake struck 10 miles off the coast.'), ['10:false']);
    assert.deepEqual(vague('Varga had two rebounds in the first half.'), ['two:false', 'first:false']);
  });
  test('a bound glued after its number ("three-plus seasons", "20+ members"), not a sum ("3+4")', () => {
    const read = (text: string) => bounds(text, true);
    assert.deepEqual(read('He coached three-plus seasons in Kelm.'), ['three-plus=3..:season']);
    assert.deepEqual(read('He coached three - plus seasons in Kelm.'), ['three - plus=3..:season']);
    assert.deepEqual(read('The club has 20+ members.'), ['20+=20..:member']);
    assert.deepEqual(read('The sum 3+4 is small.'), ['3=3..3:', '4=4..4:']);
  });
  test('a skipped modifier before a compound\'s hyphen leaves the noun counted ("six major-league seasons")', () => {
    assert.equal(valueAt('He hit 30 homers in his six major-league seasons.', 'six').head, 'season');
    assert.equal(valueAt('He hit 30 homers in his six major - league seasons.', 'six').head, 'season');
  });
  test('a figure with a scale word after a name is an amount, not a model number ("cost Rosfield Logistics 39.7 million marks")', () => {
    assert.deepEqual(texts('The fraud cost Rosfield Logistics 39.7 million Ibbelavian marks.', {}), ['39.7 million']);
    assert.deepEqual(texts('The new models come with the GeForce GT650M graphics card.', {}), []);
  });
  test('one as a pronoun is left out, one before a noun kept', () => {
    const text = 'No one came and one of them left, but one delegate stayed.';
    assert.deepEqual(texts(text, {}), ['one']);
    assert.equal(valueAt(text, 'one', {}, 'left, but ').head, 'delegate');
  });
  test('"one of" a group picks a member and counts nothing; "only one of" counts', () => {
    assert.deepEqual(texts("Police said one of Blackmore's wives was arrested.", {}), []);
    assert.deepEqual(texts('The Saints placed one of their running backs on the list.', {}), []);
    assert.deepEqual(texts('Only one of the 40 councillors voted against.', {}), ['one', '40']);
  });
  test('a glued "m" is metres unless a currency stands before it or a counted noun after it; a unit has one name', () => {
    const read = (text: string) => extractValues(text, {}).map((v) => `${v.text}=${v.kind}:${v.value}:${v.unit}`);
    assert.deepEqual(read('He fell about 200m down a gully.'), ['about 200m=quantity:200:metre']);
    assert.deepEqual(read('He fell 150 meters from a ridge.'), ['150=quantity:150:metre']);
    assert.deepEqual(read('Kelm paid $334M for it.'), ['$334M=money:334000000:USD']);
    assert.deepEqual(read('Some 50m people watched.'), ['Some 50m=quantity:50000000:people']);
  });
  test('a mixed number is one figure ("2-1/2 year", "4 1/2 months", "4 - 1 / 2 - month", "3½ hours"); "24/7" and "9/11" are none', () => {
    const read = (text: string) => extractValues(text, {}).map((v) => `${v.text}=${v.kind}:${+v.value.toFixed(4)}`);
    assert.deepEqual(read('Gomes served 9 months of a 2-1/2 year sentence.'), ['9 months=duration:0.75', '2-1/2 year=duration:2.5']);
    assert.deepEqual(read('He served 4 1/2 months in prison.'), ['4 1/2 months=duration:0.375']);
    assert.deepEqual(read('LaRue served a 4 - 1 / 2 - month prison term.'), ['4 - 1 / 2 - month=duration:0.375']);
    assert.deepEqual(read('The crossing took 3½ hours.').map((v) => v.split('=')[0]), ['3½ hours']);
    assert.deepEqual(read('He served 41 / 2 months, lost its space in copying.'), ['41 / 2 months=duration:0.375']);
    assert.deepEqual(read('The vote was 41/2 in the end.'), [], 'only before a unit of time');
    assert.deepEqual(read('Shops open 24/7 in the 9/11 district.'), []);
    const half = extractValues('He served 4 1/2 months in prison.', {})[0];
    assert.equal(compareValues(half, extractValues('He served 136 days.', {})[0]), 'compatible', 'told to the half month');
    assert.equal(compareValues(half, extractValues('He served 2 years.', {})[0]), 'different');
  });
  test('the rest of a whole is no figure of its own ("the other 61 percent", "the remaining 12 members")', () => {
    const vague = (text: string) => extractValues(text, {}).map((v) => `${v.text}:${v.vague === true}`);
    assert.deepEqual(vague('The other 61 percent was shipped in from outside.'), ['61 percent:true']);
    assert.deepEqual(vague('The remaining 12 members voted against.'), ['12:true']);
    assert.deepEqual(vague('Some 61 percent was shipped in from outside.'), ['Some 61 percent:false']);
  });
  test('a figure joined by "and" with its participle after it counts the noun of the figure before ("Ten people were killed and at least 50 injured")', () => {
    const heads = (text: string) => extractValues(text, {}).map((v) => `${v.text}:${v.head ?? ''}`);
    assert.deepEqual(heads('Ten people were killed and at least 50 injured in Kelm.'), ['Ten:people', 'at least 50:people']);
    assert.deepEqual(heads('Ten people are killed and about 50 hurt.'), ['Ten:people', 'about 50:people']);
  });
  test('a sum names what it measures where the sentence says so ("$10 billion in cash", "revenue totaling $100.5 billion", "the price works out to $13.2 billion")', () => {
    const measure = (text: string) => extractValues(text, {}).filter((v) => v.kind === 'money').map((v) => `${v.text}:${v.head ?? ''}`);
    assert.deepEqual(measure('Kelmco ended January with nearly $10 billion in cash.'), ['nearly $10 billion:cash']);
    assert.deepEqual(measure('Kelmco earned $716 million on $22.1 billion in revenue last year.'), ['$716 million:', '$22.1 billion:revenue']);
    assert.deepEqual(measure('Kelmco had $500 million in prime federal contracts, with revenue totaling $100.5 billion.'), ['$500 million:contract', '$100.5 billion:revenue']);
    assert.deepEqual(measure('The sales price works out to $13.2 billion, and revenue rose to $5 billion.'), ['$13.2 billion:price', '$5 billion:revenue']);
    assert.deepEqual(measure('Kelmco had revenue of $39 billion last year.'), ['$39 billion:revenue'], 'a time after a sum is no noun of it');
    // A sum paid for a thing, or spent in a place, names no measure of its own.
    assert.deepEqual(measure('Kelmco bought the debt for $5 million and spent $2 million in Vorn.'), ['$5 million:', '$2 million:']);
  });
  test('a sum the sentence tells is one part of a price is no price of its own ("$28 million in cash and the rest in stock")', () => {
    const vague = (text: string) => extractValues(text, {}).filter((v) => v.kind === 'money').map((v) => `${v.text}:${v.vague === true}`);
    assert.deepEqual(vague('Kelm is paying $28 million in cash for Brindle and the remainder in stock.'), ['$28 million:true']);
    assert.deepEqual(vague('Kelm is paying $28m in cash and $5m in stock.'), ['$28m:true', '$5m:true']);
    assert.deepEqual(vague('Kelm paid $33 million, of which about $28 million in cash.'), ['$33 million:false', 'about $28 million:true']);
    assert.deepEqual(vague('Kelm said $28 million of the purchase price will be in cash.'), ['$28 million:true']);
    assert.deepEqual(vague('The deal cost Kelm $33 million ($28M in cash).'), ['$33 million:false', '$28M:true']);
    assert.deepEqual(vague('Kelm will pay $33 million in cash and stock for Brindle.'), ['$33 million:false']);
    assert.deepEqual(vague('Kelm is paying $28 million in cash for Brindle.'), ['$28 million:false']);
  });
});

describe('fractions and ratios', () => {
  test('a fraction of a stated base is a quantity; the base stays a mention too', () => {
    const text = 'Two-thirds of 31 members backed the plan, and half of the 40 seats went to the left.';
    const share = valueAt(text, 'Two-thirds of 31');
    assert.equal(share.kind, 'quantity');
    close(share.value, 62 / 3);
    assert.equal(share.approx, 'about');
    assert.equal(share.head, 'member');
    assert.equal(valueAt(text, '31').value, 31);
    const half = valueAt(text, 'half of the 40');
    assert.deepEqual([half.value, half.low, half.high, half.approx, half.head], [20, 20, 20, 'exact', 'seat']);
  });
  test('a fraction of an unnamed whole is a percentage share', () => {
    const text = 'Officials said two-thirds of NATO member states agree, and one in five adults disagreed.';
    const twoThirds = valueAt(text, 'two-thirds');
    assert.deepEqual([twoThirds.kind, twoThirds.unit, twoThirds.share, twoThirds.head], ['percent', '%', true, 'state']);
    close(twoThirds.value, 200 / 3);
    const ratio = valueAt(text, 'one in five');
    assert.deepEqual([ratio.kind, ratio.value, ratio.share, ratio.head], ['percent', 20, true, 'adult']);
  });
  test('"a third term" is an ordinal, "a third of" a fraction', () => {
    const text = 'He won a third term after a third of voters stayed home.';
    assert.equal(valueAt(text, 'third').kind, 'ordinal');
    close(valueAt(text, 'a third', undefined, 'after ').value, 100 / 3);
  });
});

describe('approximations', () => {
  const text = 'About 20 members, around 5 ships, more than 30 countries, at least 30 towns, fewer than 10 boats, up to 100 jets, nearly 40 tanks.';
  test('about widens by the tolerance, by at least one for small counts', () => {
    assert.deepEqual([valueAt(text, 'About 20').low, valueAt(text, 'About 20').high, valueAt(text, 'About 20').approx], [18, 22, 'about']);
    assert.deepEqual([valueAt(text, 'around 5').low, valueAt(text, 'around 5').high], [4, 6]);
    const wide = extractValues('About 20 members came.', { tolerance: 0.2 })[0];
    assert.deepEqual([wide.low, wide.high], [16, 24]);
  });
  test('bounds: more than, at least, fewer than, up to, nearly', () => {
    assert.deepEqual([valueAt(text, 'more than 30').low, valueAt(text, 'more than 30').high, valueAt(text, 'more than 30').approx], [31, Infinity, 'atLeast']);
    assert.deepEqual([valueAt(text, 'at least 30').low, valueAt(text, 'at least 30').high], [30, Infinity]);
    assert.deepEqual([valueAt(text, 'fewer than 10').low, valueAt(text, 'fewer than 10').high, valueAt(text, 'fewer than 10').approx], [0, 9, 'atMost']);
    assert.deepEqual([valueAt(text, 'up to 100').low, valueAt(text, 'up to 100').high], [0, 100]);
    assert.deepEqual([valueAt(text, 'nearly 40').low, valueAt(text, 'nearly 40').high], [36, 40]);
  });

  test('comparatives bound a figure: higher than, lower than', () => {
    const compared = 'The toll was higher than 45, and the rating lower than 21%.';
    assert.deepEqual([valueAt(compared, 'higher than 45').low, valueAt(compared, 'higher than 45').approx], [46, 'atLeast']);
    assert.deepEqual([valueAt(compared, 'lower than 21%').high, valueAt(compared, 'lower than 21%').approx], [21, 'atMost']);
  });
  test('ranges: between X and Y, X-Y, X to Y, with a shared scale', () => {
    const ranges = 'Between 20 and 30 people, 10-15 years, 5 to 10 ships and 5 to 10 million voters.';
    const between = valueAt(ranges, 'Between 20 and 30');
    assert.deepEqual([between.low, between.high, between.value, between.approx], [20, 30, 25, 'range']);
    const years = valueAt(ranges, '10-15 years');
    assert.deepEqual([years.kind, years.low, years.high], ['duration', 10, 15]);
    assert.deepEqual([valueAt(ranges, '5 to 10').low, valueAt(ranges, '5 to 10').high], [5, 10]);
    const voters = valueAt(ranges, '5 to 10 million');
    assert.deepEqual([voters.low, voters.high], [4_500_000, 10_500_000]);
  });
  test('"rose from X to Y" is two values, not a range', () => {
    assert.deepEqual(texts('Inflation rose from 2% to 3% in a year.', {}), ['2%', '3%']);
  });
});

describe('counts of occurrences', () => {
  test('"not the first time" says it happened before: at least twice', () => {
    const [count] = extractValues('This is not the first time this year that the Kelm cables have been cut.', {});
    assert.deepEqual([count.text, count.low, count.high], ['first time', 2, Infinity]);
    assert.deepEqual(extractValues('It isn\'t the first time he has lost.', {}).map((v) => v.low), [2]);
    assert.deepEqual(extractValues('It is the first time he has lost.', {}).map((v) => v.low), [1]);
  });
  test('twice, N times, for a/the Nth time, only once', () => {
    const text = 'He won twice, lost three times, ran for a fourth time and for the fifth time, and lost only once.';
    for (const [phrase, value] of [['twice', 2], ['three times', 3], ['fourth time', 4], ['fifth time', 5], ['once', 1]] as const) {
      const m = valueAt(text, phrase);
      assert.deepEqual([m.kind, m.value, m.head], ['count', value, 'time'], phrase);
    }
  });
  test('multipliers and rates are not counts', () => {
    assert.deepEqual(texts('Turnout was three times as high and twice the size, twice a year; once the vote ends.', {}), []);
    assert.ok(!extractValues('Sales grew 2.5 times.', {}).some((m) => m.kind === 'count'));
  });
});

describe('durations', () => {
  const text = 'She served nine years, ruled for ten years, won a ten-year term, ended a decade-long tenure, spent a decade abroad, two decades at home and 18 months in exile, and had waited for months.';
  test('are normalised to years, with the head noun of compounds', () => {
    for (const [phrase, years, head, after] of [['nine years', 9, undefined, ''], ['ten years', 10, undefined, ''], ['ten-year', 10, 'term', ''],
      ['a decade-long', 10, 'tenure', ''], ['a decade', 10, undefined, 'spent '], ['two decades', 20, undefined, ''], ['18 months', 1.5, undefined, '']] as const) {
      const m = valueAt(text, phrase, undefined, after);
      assert.deepEqual([m.kind, m.unit, m.head], ['duration', 'year', head], phrase);
      close(m.value, years);
    }
    assert.equal(valueAt(text, '18 months').sourceUnit, 'month');
  });
  test('"over" before a duration bounds it after a verb of lasting, and is the time something took elsewhere', () => {
    const during = valueAt('Rainfall in Varnenby over 24 hours reached 281 millimetres.', '24 hours');
    assert.deepEqual([during.kind, during.approx, during.low === during.high], ['duration', 'exact', true]);
    for (const [sentence, phrase] of [['The strike lasted over two weeks.', 'over two weeks'], ['He was held for over 24 hours.', 'over 24 hours'], ['It has been over a year.', 'over a year']] as const) {
      const bound = extractValues(sentence, {}).find((m) => m.kind === 'duration');
      assert.deepEqual([bound?.text, bound?.approx], [phrase, 'atLeast'], sentence);
    }
  });
  test('"for months" is vague and open-ended', () => {
    const m = valueAt(text, 'months', undefined, 'waited for ');
    assert.deepEqual([m.approx, m.vague, m.high], ['atLeast', true, Infinity]);
    close(m.low, 2 / 12);
  });
  test('"three years ago" is a date, never a duration', () => {
    const ago = extractValues('Three years ago the pact collapsed.', {});
    assert.ok(!ago.some((m) => m.kind === 'duration'));
    assertDate(valueAt('Three years ago the pact collapsed.', 'Three years ago'), '2021-01-01', '2021-12-31', 'year');
  });
});

describe('ages', () => {
  test('are ages, never durations', () => {
    const text = 'The 57-year-old, aged 57, met John Smith, 44, and a 61-year-old farmer in his early 50s.';
    for (const phrase of ['57-year-old', '44', '61-year-old']) assert.equal(valueAt(text, phrase).kind, 'age', phrase);
    const aged = valueAt(text, '57', undefined, 'aged ');
    assert.deepEqual([aged.kind, aged.value, aged.unit], ['age', 57, 'year']);
    assert.equal(valueAt(text, '61-year-old').head, 'farmer');
    assert.deepEqual([valueAt(text, 'early 50s').low, valueAt(text, 'early 50s').high], [50, 53]);
  });
  test('compounds written apart in tokenised copy read as written together ("a 40 - year - old", "the 13 - inch model")', () => {
    const text = 'Klitschko stopped the 40 - year - old Thompson and signed a 10 - year deal for the 13 - inch model.';
    assert.deepEqual([valueAt(text, '40 - year - old').kind, valueAt(text, '40 - year - old').value], ['age', 40]);
    assert.deepEqual([valueAt(text, '10 - year').kind, valueAt(text, '10 - year').unit], ['duration', 'year']);
    assert.deepEqual([valueAt(text, '13 - inch').kind, valueAt(text, '13 - inch').unit], ['quantity', 'inch']);
    assert.deepEqual([valueAt('A 6. 7 - strength quake hit.', '6. 7 - strength').unit, valueAt('A 5. 9 - magnitude quake hit.', '5. 9 - magnitude').head], ['strength', 'magnitude']);
    assert.deepEqual(valueAt('A 5.9-magnitude quake struck the island.', '5.9-magnitude').head, 'magnitude', 'a magnitude is its own head, as in "a magnitude of 6.1"');
    // A decimal written apart is one number, and no sentence ends inside it; a year still ends one.
    assert.deepEqual(extractValues('A 4. 6 quake rattled the county.', {}).map((v) => [v.text, v.value]), [['4. 6', 4.6]]);
    assert.deepEqual(extractValues('It began in 2004. 6 people died.', {}).map((v) => v.text), ['2004', '6']);
    assert.deepEqual(extractValues('It measured magnitude - 5. 9, but not 6.', {}).map((v) => [v.text, v.value]), [['5. 9', 5.9], ['6', 6]]);
    // Four digits before "hours" tell a clock's time; a decimal written apart is a duration still.
    assert.deepEqual(extractValues('The jury met at 1400 hours after 4. 5 hours of testimony.', {}).map((v) => [v.text, v.kind]), [['4. 5 hours', 'duration']]);
    // A hyphen between spaces before any other word is a dash: the figure stands alone.
    const dash = extractValues('The attack killed 30 - most of them children.', {});
    assert.deepEqual(dash.map((v) => v.text), ['30']);
  });
  test('a thousands separator written apart joins the number ("about 1, 500 houses"), but not after a month or a dash', () => {
    const text = 'The quake damaged about 1, 500 houses, displaced some 1, 200, 000 people and cost $1, 199 a head.';
    assert.deepEqual([valueAt(text, 'about 1, 500').value, valueAt(text, 'about 1, 500').head], [1500, 'house']);
    assert.equal(valueAt(text, 'some 1, 200, 000').value, 1_200_000);
    assert.deepEqual([valueAt(text, '$1, 199').kind, valueAt(text, '$1, 199').value], ['money', 1199]);
    // "May 12, 300 people" is a day and a count; "(52-3, 46 knockouts)" a record and a count.
    assert.equal(valueAt('On May 12, 300 people marched.', '300').value, 300);
    assert.equal(valueAt('Klitschko (52-3, 460 knockouts) won.', '460').value, 460);
  });
});

describe('scores, records and seasons', () => {
  test('bare numbers joined by a dash are vague: a running score or a record is no figure of its own', () => {
    const text = 'The Colts (11-4) won 20 - 13, Klitschko is 45-7-2 with 36 knockouts, and Cheeks played from 1978 - 89.';
    for (const part of ['11', '4', '20', '13', '45', '7', '89']) assert.equal(extractValues(text, {}).find((v) => v.text === part)?.vague, true, part);
    assert.equal(valueAt(text, '36').vague, undefined);
    // A range of something counted is one value, and stays a figure.
    assert.equal(valueAt('Between 5-10 people were hurt.', 'Between 5-10').vague, undefined);
    // A record that rises reads as a range, and is still a record.
    assert.equal(valueAt('The Jaguars (5-10) opened the scoring.', '5-10').vague, true);
    assert.equal(valueAt('Cheeks led them to a 38-44 mark.', '38-44').vague, true);
  });
  test('an average or a rate is marked ("averaged 22.8 points to go with 7.2 rebounds", "16.8 points per game", "$4 million a year")', () => {
    const rates = (text: string) => extractValues(text, {}).filter((v) => v.rate).map((v) => v.text);
    assert.deepEqual(rates('Ely averaged a team-high 22.8 points to go with 7.2 rebounds in 54 games.'), ['22.8', '7.2']);
    assert.deepEqual(rates('In 133 games he averaged 14.4 points, 6.9 assists, and 3.4 rebounds.'), ['14.4', '6.9', '3.4']);
    assert.deepEqual(rates('He has averaged more than 30 home runs and 100 RBIs in six seasons.'), ['more than 30', '100']);
    assert.deepEqual(rates('He scored 16.8 points per game and was paid about $4 million a year.'), ['16.8', 'about $4 million']);
    assert.deepEqual(rates('He scored 20 points a year ago; growth was 3 per cent; he scored 20 points.'), []);
    const periods = 'Inmates spend one hour each day outside and 23 of every 24 hours inside; the Games come every four years.';
    assert.deepEqual(rates(periods), ['one hour']);
    for (const period of ['24 hours', 'four years']) assert.equal(valueAt(periods, period).vague, true, period);
    const average = valueAt('He averaged 20 points.', '20');
    assert.equal(compareValues(average, valueAt('He scored 20 points.', '20')), 'incomparable', 'an average is no single figure');
  });
  test('the game clock ("with 12 seconds left", "with 7 minutes 41 seconds to go") is vague; a length is not', () => {
    const vague = (text: string) => extractValues(text, {}).map((v) => `${v.text}:${v.vague === true}`);
    assert.deepEqual(vague('They had the ball with 12 seconds left.'), ['12:true']);
    assert.deepEqual(vague('He scored with 7 minutes 41 seconds to go.'), ['7 minutes:true', '41:true']);
    assert.deepEqual(vague('He was out for 12 minutes and kept 12 seconds of silence.'), ['12 minutes:false', '12:false']);
  });
  test('a value in a condition ("if", "unless") is vague, up to the end of its clause', () => {
    const text = 'Unless 40 members object, the plan passes in 2025 with 12 votes; if it fails by March 3, 2026, a second vote follows on 9 May 2026.';
    for (const part of ['40', 'March 3, 2026']) assert.equal(valueAt(text, part).vague, true, part);
    for (const part of ['2025', '12', '9 May 2026']) assert.equal(valueAt(text, part).vague, undefined, part);
    // A sentence that opens with its condition and tells what would have been is all hypothetical.
    assert.equal(valueAt('If it had, we wouldn\'t have 355 damaged shops.', '355').vague, true);
    assert.equal(valueAt('If approved, the plan will cost $5 million.', '$5 million').vague, undefined);
  });
  test('a figure added to another ("another four", "a further 20,000", "two more", "14 others") is vague; "more than 200" is a bound', () => {
    const text = 'Another four people died, a further 20,000 joined, two more were hurt, 14 others were trapped and more than 200 fled.';
    for (const part of ['four', '20,000', 'two', '14']) assert.equal(valueAt(text, part).vague, true, part);
    assert.equal(valueAt(text, 'more than 200').vague, undefined);
    const parts = 'Officials confirmed 30 dead and 55 wounded, 15 critically; seven staff were hurt, three seriously, and 12, mostly children, fled.';
    for (const part of ['15', 'three']) assert.equal(valueAt(parts, part).vague, true, part);
    assert.equal(valueAt('That brought him another three-year sentence.', 'three-year').vague, true, 'a length added to another');
    assert.equal(valueAt('The quake killed 10 persons and wounded other 70.', '70').vague, true, '"other" before a figure, as in "70 others"');
    assert.equal(valueAt('The quake killed 10 persons.', '10').vague, undefined);
    for (const whole of ['30', '55', 'seven', '12']) assert.equal(valueAt(parts, whole).vague, undefined, whole);
  });
  test('a figure in brackets after another in other units converts it and is read as approximate ("about 58km (36 miles)")', () => {
    const text = 'The quake struck about 58km (36 miles) from Avenhall, and a climber fell 600 metres (2,000 feet); about 20 people (including 5 children) were hurt.';
    assert.deepEqual([valueAt(text, '36').approx, valueAt(text, '36').low < 36, valueAt(text, '36').high > 36], ['about', true, true]);
    assert.equal(valueAt(text, '2,000').approx, 'about');
    assert.equal(valueAt(text, '5', { articleDate: ARTICLE_DATE }, 'including ').approx, 'exact');
  });
  test('an adjective of a hyphenated number ("a one-sided fight") counts nothing; "a 40-bed ward" does', () => {
    assert.deepEqual(texts('It was a one-sided fight and a two-pronged attack on a 40-bed ward.'), ['40-bed']);
  });
  test('a count of some of a group counts the group\'s noun ("17 of the hijacked ships")', () => {
    assert.equal(valueAt('At least 17 of the hijacked ships are held.', 'At least 17').head, 'ship');
  });
  test('names joined before one noun all qualify it ("12 Somali and 11 Yemeni pirates", "23 Somali and Yemeni pirates")', () => {
    assert.equal(valueAt('Commandos caught 12 Somali and 11 Yemeni pirates.', '12').head, 'pirate');
    assert.equal(valueAt('The navy captured 23 Somali and Yemeni pirates.', '23').head, 'pirate');
    assert.equal(valueAt('Police held 3 in London and Paris.', '3').head, undefined);
  });
  test('a bare figure after a second verb joined by "and" counts the first figure\'s noun ("killed 10 people and injured 40")', () => {
    assert.equal(valueAt('The blast killed 10 people and injured 40.', '40').head, 'people');
    assert.equal(valueAt('Pirates attacked nearly 100 vessels and hijacked nearly 40, the bureau said.', 'nearly 40').head, 'vessel');
  });
});

describe('digits that are no figure', () => {
  test('telephone numbers and model names written apart give no value; a range or a count beside them still does', () => {
    const phones = 'Anyone with information is asked to call police on 0845 125 2222, Crimestoppers on 0800 555 111, (555) 123-4567 or +44 20 7946 0018.';
    assert.deepEqual(extractValues(phones, {}), []);
    const arms = extractValues('Officers found six AK - 47 rifles and between 500-1000 rounds.', {});
    assert.deepEqual(arms.map((v) => v.text), ['six', 'between 500-1000']);
  });
});

describe('percentages and money', () => {
  test('2%, 2 per cent and two percent are the same value', () => {
    const text = 'Growth was 2%, or 2 per cent, or two percent, up 0.5 percentage points.';
    const [a, b, c] = [valueAt(text, '2%'), valueAt(text, '2 per cent'), valueAt(text, 'two percent')];
    for (const m of [a, b, c]) assert.deepEqual([m.kind, m.unit, m.value], ['percent', '%', 2]);
    assert.equal(compareValues(a, b), 'same');
    assert.equal(compareValues(a, c), 'same');
    assert.equal(valueAt(text, '0.5 percentage points').unit, 'percentage point');
  });
  test('basis points and shares of a point are percentage points', () => {
    const text = 'The rate was cut by 50 basis points, by half a percentage point, by a quarter of a percentage point and by 25 bp.';
    const [bps, half, quarter, bp] = ['50 basis points', 'half a percentage point', 'a quarter of a percentage point', '25 bp'].map((t) => valueAt(text, t));
    for (const m of [bps, half, quarter, bp]) assert.deepEqual([m.kind, m.unit], ['percent', 'percentage point']);
    assert.deepEqual([bps.value, half.value, quarter.value, bp.value], [0.5, 0.5, 0.25, 0.25]);
    assert.equal(compareValues(bps, half), 'compatible');
    assert.equal(compareValues(bp, half), 'different');
  });
  test('currencies before and after, with scales', () => {
    const text = 'The fund got $5 million, then €3bn, then £20 and finally 5 million dollars.';
    assert.deepEqual([valueAt(text, '$5 million').unit, valueAt(text, '$5 million').value], ['USD', 5e6]);
    assert.deepEqual([valueAt(text, '€3bn').unit, valueAt(text, '€3bn').value], ['EUR', 3e9]);
    assert.deepEqual([valueAt(text, '£20').unit, valueAt(text, '£20').low, valueAt(text, '£20').high], ['GBP', 20, 20]);
    assert.equal(compareValues(valueAt(text, '$5 million'), valueAt(text, '5 million dollars')), 'same');
  });
});

describe('ordinals', () => {
  test('a place on a chart or list is a rank ("peaked at No. 3", "placed #92", "number 91 on the list"); "No. 10 Downing Street" is a label', () => {
    const text = 'It peaked at No. 3 in May, placed # 92 on the list and was number 91 on another; the PM lives at No. 10 Downing Street.';
    for (const [phrase, value] of [['No. 3', 3], ['# 92', 92], ['number 91', 91]] as const) {
      const m = valueAt(text, phrase);
      assert.deepEqual([m.kind, m.value], ['ordinal', value], phrase);
    }
    assert.ok(!extractValues(text, { articleDate: ARTICLE_DATE }).some((v) => v.value === 10));
  });
  test('rank a head noun', () => {
    const text = 'Sweden became the 32nd member as the fourth Cabinet marked the 75th anniversary.';
    for (const [phrase, value, head] of [['32nd', 32, 'member'], ['fourth', 4, 'cabinet'], ['75th', 75, 'anniversary']] as const) {
      const m = valueAt(text, phrase);
      assert.deepEqual([m.kind, m.value, m.head], ['ordinal', value, head], phrase);
    }
  });
  test('"first" needs a determiner and a noun', () => {
    assert.deepEqual(texts('First, the first vote passed.', {}), ['first']);
  });
});

describe('dates, resolved against the article date', () => {
  const ctx = { articleDate: ARTICLE_DATE };
  test('"after 2002" and "before 2000" are strict bounds: past the whole year, or ahead of it', () => {
    const text = 'The single came out after 2002, the album before 2000, and the tour began in 2005 after the 2004 vote.';
    const after = valueAt(text, 'after 2002', ctx);
    assert.deepEqual([after.approx, after.high, after.strictBound], ['atLeast', Infinity, true]);
    const before = valueAt(text, 'before 2000', ctx);
    assert.deepEqual([before.approx, before.low, before.strictBound], ['atMost', -Infinity, true]);
    assert.equal(compareValues(after, valueAt('It was a 2002 hit.', '2002', ctx)), 'different');
    assert.equal(compareValues(after, valueAt(text, '2005', ctx)), 'compatible');
    assert.equal(valueAt(text, '2004', ctx).approx, 'exact', '"after the 2004 vote" bounds the vote, not the year');
  });
  test('weekdays, last year, a month alone', () => {
    const text = 'On Thursday the envoys met; last year the alliance grew, and in July it gathered in Vilnius.';
    assertDate(valueAt(text, 'Thursday'), '2024-02-22', '2024-02-22', 'day');
    assertDate(valueAt(text, 'last year'), '2023-01-01', '2023-12-31', 'year');
    assertDate(valueAt(text, 'July'), '2023-07-01', '2023-07-31', 'month');
    assertDate(valueAt(text, 'July', { articleDate: '2024-08-15' }), '2024-07-01', '2024-07-31', 'month');
  });
  test('this week, last week and next week are Monday-to-Sunday weeks around the article\'s day', () => {
    const text = 'The board met this week, the council last week, and the envoys meet next week.';
    // 2024-02-23 is a Friday.
    assertDate(valueAt(text, 'this week', { articleDate: '2024-02-23' }), '2024-02-19', '2024-02-25', 'week');
    assertDate(valueAt(text, 'last week', { articleDate: '2024-02-23' }), '2024-02-12', '2024-02-18', 'week');
    assertDate(valueAt(text, 'next week', { articleDate: '2024-02-23' }), '2024-02-26', '2024-03-03', 'week');
    assertDate(valueAt(text, 'this week', { articleDate: '2024-02-25' }), '2024-02-19', '2024-02-25', 'week');
  });
  test('of two periods side by side the first is the date, the second when the deed was done ("until next month this week")', () => {
    const text = 'The Avenhall bookshop put off a planned open day until next month this week.';
    // 2024-02-23 is a Friday: next month is March.
    assertDate(valueAt(text, 'next month', { articleDate: '2024-02-23' }), '2024-03-01', '2024-03-31', 'month');
  });
  test('a future cue picks the next occurrence', () => {
    const text = 'She said on Tuesday that the ministers will meet on Friday.';
    assertDate(valueAt(text, 'Tuesday'), '2024-02-20', '2024-02-20', 'day');
    assertDate(valueAt(text, 'Friday'), '2024-02-23', '2024-02-23', 'day');
  });
  test('relative years: July last year, the previous year (from the article or the last named year)', () => {
    assertDate(valueAt('His term was extended in July last year.', 'July last year', ctx), '2023-07-01', '2023-07-31', 'month');
    assertDate(valueAt('The vote came the previous year.', 'the previous year', ctx), '2023-01-01', '2023-12-31', 'year');
    const chain = 'Finland joined in April 2023. Sweden had applied the previous year.';
    assertDate(valueAt(chain, 'April 2023', ctx), '2023-04-01', '2023-04-30', 'month');
    assertDate(valueAt(chain, 'the previous year', ctx), '2022-01-01', '2022-12-31', 'year');
  });
  test('seasons, parts of years, decades, year ranges', () => {
    const text = 'It grew in the summer of 2023, shrank in mid-2022, peaked in the 1990s and held from 2014 to 2020.';
    assertDate(valueAt(text, 'summer of 2023'), '2023-06-01', '2023-08-31', 'season');
    assertDate(valueAt(text, 'mid-2022'), '2022-05-01', '2022-08-31', 'season');
    assertDate(valueAt(text, '1990s'), '1990-01-01', '1999-12-31', 'decade');
    const range = valueAt(text, 'from 2014 to 2020');
    assertDate(range, '2014-01-01', '2020-12-31', 'year');
    assert.equal(range.approx, 'range');
  });
  test('decades named in words, but not ages nor temperatures', () => {
    assertDate(valueAt('The band formed in the late seventies.', 'the late seventies'), '1976-01-01', '1979-12-31', 'decade');
    assertDate(valueAt('She was born in the fifties.', 'the fifties'), '1950-01-01', '1959-12-31', 'decade');
    assert.deepEqual(extractValues('He is in his fifties.', ctx), []);
    assert.deepEqual(extractValues('Highs will be in the nineties on Monday.', { ...ctx, articleDate: '2024-06-03' }).filter((v) => v.granularity === 'decade'), []);
  });
  test('full dates, month-day without a year, years alone', () => {
    const text = 'Founded on January 31, 1892, after a pact in 1891, it reopened on June 8 before November\'s election; in 2014 and 2022 it grew.';
    assertDate(valueAt(text, 'January 31, 1892'), '1892-01-31', '1892-01-31', 'day');
    assertDate(valueAt(text, '1891'), '1891-01-01', '1891-12-31', 'year');
    assertDate(valueAt(text, 'June 8'), '2023-06-08', '2023-06-08', 'day');
    assertDate(valueAt(text, 'November'), '2023-11-01', '2023-11-30', 'month');
    assertDate(valueAt(text, '2014'), '2014-01-01', '2014-12-31', 'year');
    assertDate(valueAt(text, '2022'), '2022-01-01', '2022-12-31', 'year');
    assertDate(valueAt('He has led the party since 2014.', '2014'), '2014-01-01', '2014-12-31', 'year');
  });
  test('relative seasons, decades ago, quarters and abbreviated months', () => {
    const text = 'Prices fell last summer, a decade ago, in Q3 2023 and on Dec. 19, 2005; results come within 10 days.';
    assertDate(valueAt(text, 'last summer'), '2023-06-01', '2023-08-31', 'season');
    const ago = valueAt(text, 'a decade ago');
    assertDate(ago, '2013-01-01', '2015-12-31', 'year');
    assert.equal(ago.approx, 'about');
    assertDate(valueAt(text, 'Q3 2023'), '2023-07-01', '2023-09-30', 'season');
    assertDate(valueAt(text, 'Dec. 19, 2005'), '2005-12-19', '2005-12-19', 'day');
    assert.equal(valueAt(text, '10 days').kind, 'duration');
  });
  test('a four-digit number before a plural noun is a quantity, after "in" a year', () => {
    const text = 'About 1500 troops arrived in 1500.';
    assert.equal(valueAt(text, 'About 1500').kind, 'quantity');
    assert.equal(valueAt(text, '1500', undefined, 'in ').kind, 'date');
  });
  test('without an article date, relative dates are left out and absolute ones kept', () => {
    const text = 'On Thursday, last year, in July and on June 8 nothing happened; on January 31, 1892 and in 1891 it did.';
    assert.deepEqual(texts(text, {}), ['January 31, 1892', '1891']);
    assert.deepEqual(texts('On Friday, 8 people left.', { articleDate: 'not a date' }), ['8']);
  });
});

describe('compareValues', () => {
  const one = (text: string, phrase: string, ctx: { articleDate?: string } = { articleDate: ARTICLE_DATE }) => valueAt(text, phrase, ctx);
  test('dates compare as intervals', () => {
    const a = one('It began in January 1891.', 'January 1891');
    const b = one('It began on January 31, 1892.', 'January 31, 1892');
    assert.equal(compareValues(a, b), 'different');
    assert.equal(compareValues(one('It ended in 2023.', '2023'), one('It ended in July 2023.', 'July 2023')), 'compatible');
    assert.equal(compareValues(one('It ended last year.', 'last year'), one('It ended in 2023.', '2023')), 'same');
  });
  test('counts are exact; durations normalised to years', () => {
    assert.equal(compareValues(one('It was extended twice.', 'twice'), one('It was extended for a fourth time.', 'fourth time')), 'different');
    assert.equal(compareValues(one('He led it for nine years.', 'nine years'), one('He led it for ten years.', 'ten years')), 'different');
    assert.equal(compareValues(one('His decade-long tenure ends.', 'decade-long'), one('He led it for ten years.', 'ten years')), 'same');
    assert.equal(compareValues(one('He served 120 months.', '120 months'), one('He led it for ten years.', 'ten years')), 'same');
  });
  test('approximate values are compatible with values inside their interval', () => {
    const about = one('About 20 members back him.', 'About 20');
    const share = one('Two-thirds of 31 members back him.', 'Two-thirds of 31');
    assert.equal(compareValues(about, share), 'compatible');
    const more = one('More than 30 countries joined.', 'More than 30');
    assert.equal(compareValues(more, one('Exactly 31 countries joined.', '31')), 'compatible');
    assert.equal(compareValues(more, one('Only 30 countries joined.', '30')), 'different');
    assert.equal(compareValues(one('It was 67% of voters.', '67%'), one('It was two-thirds of voters.', 'two-thirds')), 'compatible');
  });
  test('a strict bound excludes its own figure stated precisely, not one rounded in a large unit', () => {
    const fewer = one('The crash left fewer than 232 dead.', 'fewer than 232');
    assert.equal(compareValues(fewer, one('The crash left 232 dead.', '232')), 'different');
    const under = one('The film made less than $127 million.', 'less than $127 million');
    // "$127 million" is a figure between $126.5 and $127.5 million, some of it under the bound.
    assert.equal(compareValues(under, one('The film made $127 million.', '$127 million')), 'compatible');
    assert.equal(compareValues(under, one('The film made $120 million.', '$120 million')), 'compatible');
    assert.equal(compareValues(under, one('The film made $140 million.', '$140 million')), 'different');
    const over = one('Sales passed more than 2.5 million copies.', 'more than 2.5 million');
    assert.equal(compareValues(over, one('It sold 2.5 million copies.', '2.5 million')), 'compatible');
    assert.equal(compareValues(one('It killed more than 230,000 people.', 'more than 230,000'), one('It killed 230,000 people.', '230,000')), 'compatible', 'a figure rounded for print');
    assert.equal(compareValues(one('There are under 114,000 cases.', 'under 114,000'), one('There are more than 114,000 cases.', 'more than 114,000')), 'different', 'bounds from two sides');
    assert.equal(compareValues(over, one('It sold 2.7 million copies.', '2.7 million')), 'compatible');
    // A figure stated loosely may lie past the bound: "more than" and "roughly" agree.
    assert.equal(compareValues(over, one('It sold about 2.5 million copies.', 'about 2.5 million')), 'compatible');
    // "at least" and "up to" include their figure.
    assert.equal(compareValues(one('It made at least $127 million.', 'at least $127 million'), one('The film made $127 million.', '$127 million')), 'compatible');
    assert.equal(compareValues(one('It cost up to $5 million.', 'up to $5 million'), one('It cost $5 million.', '$5 million')), 'compatible');
    // A length in tens of its unit is about that long; one in other figures is stated precisely.
    assert.equal(compareValues(one('They deliberated for more than 30 hours.', 'more than 30 hours'), one('They deliberated for 30 hours.', '30 hours')), 'compatible');
    assert.equal(compareValues(one('They deliberated for more than 32 hours.', 'more than 32 hours'), one('They deliberated for 32 hours.', '32 hours')), 'different');
  });
  test('a bound on a figure rounded for print reaches a little past it; a threshold stays open', () => {
    const over = one('Over 230,000 households lost power.', 'Over 230,000');
    assert.equal(compareValues(over, one('In all 234,648 households lost power.', '234,648')), 'compatible');
    assert.equal(compareValues(over, one('In all 435,419 households lost power.', '435,419')), 'different');
    const fewer = one('Fewer than 1,500 people came.', 'Fewer than 1,500');
    assert.equal(compareValues(fewer, one('In all 1,430 people came.', '1,430')), 'compatible');
    assert.equal(compareValues(fewer, one('In all 600 people came.', '600')), 'different');
    // One significant digit, or none rounded away: a threshold ("more than 200", "more than 38").
    assert.equal(compareValues(one('More than 200 people came.', 'More than 200'), one('In all 950 people came.', '950')), 'compatible');
    assert.equal(compareValues(one('More than 38 people came.', 'More than 38'), one('In all 950 people came.', '950')), 'compatible');
  });
  test('rounded neighbours differ; a relative tolerance can bridge them', () => {
    const two = one('Inflation was 2%.', '2%');
    const three = one('Inflation was 3%.', '3%');
    assert.equal(compareValues(two, three), 'different');
    assert.equal(compareValues(one('It has 100 staff.', '100'), one('It has 104 staff.', '104'), 0.05), 'compatible');
  });
  test('a bound that denies the very figure the other side states names that figure', () => {
    const exact = one('It counts 232 deaths.', '232');
    assert.ok(boundExcludesFigure(one('It counts fewer than 232 deaths.', 'fewer than 232'), exact), 'strict bound on the same number');
    assert.ok(boundExcludesFigure(exact, one('It counts more than 240 deaths.', 'more than 240')), 'a bound just short of it');
    assert.ok(boundExcludesFigure(one('It counts under 232 deaths.', 'under 232'), one('It counts more than 232 deaths.', 'more than 232')), 'opposed bounds on one number');
    assert.ok(!boundExcludesFigure(one('It counts more than 400 deaths.', 'more than 400'), exact), 'a bound far from the figure');
    assert.ok(!boundExcludesFigure(one('It counts about 240 deaths.', 'about 240'), exact), 'no bound at all');
    const rounded = one('Thieves took jewels worth $2.6 million.', '$2.6 million');
    assert.ok(!boundExcludesFigure(one('Thieves took jewels worth over $2.6 million.', 'over $2.6 million'), rounded), 'a figure rounded in its unit covers more than its digits');
  });
  test('different kinds, units, currencies or heads are incomparable', () => {
    assert.equal(compareValues(one('It cost $5 million.', '$5 million'), one('It cost €5 million.', '€5 million')), 'incomparable');
    assert.equal(compareValues(one('He served nine years.', 'nine years'), one('It ended in 2023.', '2023')), 'incomparable');
    assert.equal(compareValues(one('It has 31 members.', '31'), one('It has 31 ships.', '31')), 'incomparable');
  });
});

describe('robustness', () => {
  const pieces = ['about ', 'more than ', 'between ', ' and ', ' to ', '-', '–', '$', '€', '£', '%', ' per cent', '2,000', '4,370', '2.5',
    '1.2m', '5bn', '32nd', 'thirty-one', 'a dozen', 'hundreds of', 'two-thirds of', 'half', 'one in five', 'twice', 'three times',
    'for a fourth time', 'years', '-year-old', 'ten-year', 'decade-long', 'a decade', 'for months', 'aged', ', 57,', 'on Thursday',
    'last year', 'in July', 'the previous year', 'summer of 2023', '1990s', "'90s", 'mid-', 'Q3 ', 'January 31, 1892', 'May', 'Sat',
    '10:30', 'F-16', 'No. 10', '\n', '. ', 'The ', 'members', 'will ', 'ago', '😀', '\u00a0', 'constructor', '__proto__', 'toString'];
  const soup = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 3000 }).map(String)), { maxLength: 40 }).map((a) => a.join(' '));

  function assertSound(text: string, articleDate?: string): void {
    let previous = -1;
    for (const m of extractValues(text, { articleDate })) {
      assert.ok(0 <= m.span.start && m.span.start < m.span.end && m.span.end <= text.length, 'span inside the text');
      assert.equal(text.slice(m.span.start, m.span.end), m.text);
      assert.ok(m.span.start >= previous, 'mentions in text order');
      previous = m.span.start;
      assert.ok(m.low <= m.high && !Number.isNaN(m.value), `interval of "${m.text}"`);
      for (const other of [m]) assert.notEqual(compareValues(m, other), 'different');
    }
  }
  test('never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => assertSound(text, ARTICLE_DATE)), { numRuns: 300 });
  });
  test('never throws on value-like word soup, with and without a date', () => {
    fc.assert(fc.property(soup, fc.option(fc.constantFrom('2024-02-22', '2023-12-31', '1999-01-01')), (text, date) => assertSound(text, date ?? undefined)), { numRuns: 500 });
  });
  test('bad inputs give no values rather than errors', () => {
    assert.deepEqual(extractValues(''), []);
    assert.deepEqual(extractValues(undefined as unknown as string), []);
    assert.deepEqual(extractValues('12 ships', null as unknown as object).map((m) => m.value), [12]);
  });
  test('the seed corpus is read without errors and with sound spans', { skip: !existsSync(NATO) }, () => {
    for (const file of readdirSync(NATO).filter((name) => name.endsWith('.txt'))) {
      const text = readFileSync(path.join(NATO, file), 'utf8');
      assertSound(text, /date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1]);
      assert.ok(extractValues(text).length > 0, `${file} has values`);
    }
  });
});
