import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { canonicalPeople, findEntities, type EntityMention } from '../../server/src/core/lexicon/entities';
import { NATO } from '../helpers/paths';

/** The mention covering the `occurrence`-th appearance of `phrase`, checked to cover it exactly. */
function mentionAt(text: string, phrase: string, occurrence = 0, known?: Set<string>): EntityMention | undefined {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(phrase, start + 1);
  assert.ok(start >= 0, `fixture lacks "${phrase}"`);
  return findEntities(text, known).find((m) => m.span.start === start && m.span.end === start + phrase.length);
}

function idAt(text: string, phrase: string, occurrence = 0, known?: Set<string>): string | undefined {
  return mentionAt(text, phrase, occurrence, known)?.id;
}

function ids(text: string, known?: Set<string>): string[] {
  return findEntities(text, known).map((m) => m.id);
}

describe('countries', () => {
  test('common, official and alternative names, with and without dots', () => {
    const text = 'Officials from the United States, the U.S. embassy, US envoys, the USA team and the United States of America met.';
    assert.equal(idAt(text, 'United States'), 'country:USA');
    assert.equal(idAt(text, 'U.S.'), 'country:USA');
    assert.equal(idAt(text, 'US'), 'country:USA');
    assert.equal(idAt(text, 'USA'), 'country:USA');
    assert.equal(idAt(text, 'United States of America'), 'country:USA');
  });

  test('the pronoun "us" and "Us" at a sentence start are not the country', () => {
    assert.deepEqual(ids('They told us nothing. Us and them, she sang.'), []);
  });

  test('"the States" is the USA, but only capitalised', () => {
    assert.equal(idAt('She moved back to the States last year.', 'the States'), 'country:USA');
    assert.deepEqual(ids('Member states of the bloc said the states agreed.'), []);
  });

  test('every common name of the United Kingdom meets', () => {
    const text = 'The UK, the U.K., Britain, Great Britain and the United Kingdom all refer to one state.';
    for (const phrase of ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom']) {
      assert.equal(idAt(text, phrase), 'country:GBR', phrase);
    }
  });

  test('the Netherlands, Holland and the official name', () => {
    const text = 'Holland is a common name for the Netherlands, formally the Kingdom of the Netherlands.';
    assert.equal(idAt(text, 'Holland'), 'country:NLD');
    assert.equal(idAt(text, 'Netherlands'), 'country:NLD');
    assert.equal(idAt(text, 'Kingdom of the Netherlands'), 'country:NLD');
  });

  test('accents, curly apostrophes and hyphens inside names', () => {
    const text = 'Côte d’Ivoire and Cote d\'Ivoire border Guinea-Bissau; Türkiye, or Turkey, watched.';
    assert.equal(idAt(text, 'Côte d’Ivoire'), 'country:CIV');
    assert.equal(idAt(text, "Cote d'Ivoire"), 'country:CIV');
    assert.equal(idAt(text, 'Guinea-Bissau'), 'country:GNB');
    assert.equal(idAt(text, 'Türkiye'), 'country:TUR');
    assert.equal(idAt(text, 'Turkey'), 'country:TUR');
  });

  test('demonyms from the data, singular and plural', () => {
    const text = 'British, French and Dutch diplomats joined Estonian, Latvian and Norwegian colleagues; the Norwegians left early.';
    assert.equal(idAt(text, 'British'), 'country:GBR');
    assert.equal(idAt(text, 'French'), 'country:FRA');
    assert.equal(idAt(text, 'Dutch'), 'country:NLD');
    assert.equal(idAt(text, 'Estonian'), 'country:EST');
    assert.equal(idAt(text, 'Latvian'), 'country:LVA');
    assert.equal(idAt(text, 'Norwegian'), 'country:NOR');
    assert.equal(idAt(text, 'Norwegians'), 'country:NOR');
  });

  test('a possessive is left out of the span', () => {
    const text = 'Britain’s envoy and Germany\'s minister spoke.';
    assert.equal(idAt(text, 'Britain'), 'country:GBR');
    assert.equal(idAt(text, 'Germany'), 'country:DEU');
  });
});

describe('seats of government', () => {
  test('a capital alone is its government; after a locative word it is a place', () => {
    const text = 'Washington said it would wait. The summit in Washington opened on Monday, and London agreed.';
    assert.equal(idAt(text, 'Washington'), 'country:USA');
    const place = mentionAt(text, 'Washington', 1);
    assert.equal(place?.id, 'place:washington');
    assert.equal(place?.kind, 'place');
    assert.equal(idAt(text, 'London'), 'country:GBR');
  });

  test('an article before the capital makes it a place ("the Paris talks")', () => {
    assert.equal(idAt('Delegates left the Paris talks early.', 'Paris'), 'place:paris');
  });

  test('buildings and other capitals', () => {
    const text = 'The White House, Downing Street, Whitehall, the Elysee, the Élysée, Berlin, Moscow, the Kremlin, Beijing, Kyiv and Kiev all replied.';
    const expected: Record<string, string> = {
      'White House': 'country:USA', 'Downing Street': 'country:GBR', Whitehall: 'country:GBR',
      Elysee: 'country:FRA', 'Élysée': 'country:FRA', Berlin: 'country:DEU', Moscow: 'country:RUS',
      Kremlin: 'country:RUS', Beijing: 'country:CHN', Kyiv: 'country:UKR', Kiev: 'country:UKR',
    };
    for (const [phrase, id] of Object.entries(expected)) assert.equal(idAt(text, phrase), id, phrase);
  });

  test('a capital that ends a personal name belongs to the person', () => {
    assert.equal(idAt('A portrait of George Washington hangs there.', 'George Washington'), 'person:washington');
  });

  test('a capital or country opening a longer proper name gives way, and comes back if none forms', () => {
    const text = 'Editors at the Moscow Times asked Mr. Jordan about the Ukraine War.';
    assert.equal(idAt(text, 'Moscow Times'), 'org:moscow-times');
    assert.equal(idAt(text, 'Jordan'), 'person:jordan');
    assert.equal(idAt(text, 'Ukraine'), 'country:UKR');
  });

  test('other capitals from the data are places', () => {
    assert.equal(idAt('Ministers met in Brussels and later in Tallinn.', 'Brussels'), 'place:brussels');
    assert.equal(idAt('Ministers met in Brussels and later in Tallinn.', 'Tallinn'), 'place:tallinn');
  });
});

describe('organisations', () => {
  test('an industry or a club name heads an organisation, not a person surnamed "Chemicals"', () => {
    const text = 'Dalfield Textiles agreed to buy Yorley Chemicals, and Bremingley Wanderers sold Kelm Rovers a striker.';
    assert.equal(idAt(text, 'Dalfield Textiles'), 'org:dalfield-textiles');
    assert.equal(idAt(text, 'Yorley Chemicals'), 'org:yorley-chemicals');
    assert.equal(idAt(text, 'Bremingley Wanderers'), 'org:bremingley-wanderers');
    assert.equal(idAt(text, 'Kelm Rovers'), 'org:kelm-rovers');
  });
  test('a library, gallery or theatre heads an organisation, a prison or jail a place, not a person named "Library"', () => {
    const text = 'Staff at the Nevendale Library and the Kelm Gallery met inmates of Avenhall Prison.';
    assert.equal(idAt(text, 'Nevendale Library'), 'org:nevendale-library');
    assert.equal(idAt(text, 'Kelm Gallery'), 'org:kelm-gallery');
    assert.equal(idAt(text, 'Avenhall Prison'), 'place:avenhall-prison');
  });
  test('NATO by acronym, dotted acronym, full name and "the alliance"', () => {
    const text = 'NATO, or N.A.T.O., the North Atlantic Treaty Organization, grew; the alliance and the Alliance, the Atlantic Alliance, agreed.';
    for (const phrase of ['NATO', 'N.A.T.O.', 'North Atlantic Treaty Organization', 'the alliance', 'the Alliance', 'Atlantic Alliance']) {
      assert.equal(idAt(text, phrase), 'org:nato', phrase);
    }
  });

  test('"an alliance" is not NATO', () => {
    assert.deepEqual(ids('They formed an alliance of small parties.'), []);
  });

  test('EU, UN, news agencies and the Foreign Office', () => {
    const text = 'The EU and the European Union, the UN, the U.N. and the United Nations, Reuters and the Foreign Office.';
    assert.equal(idAt(text, 'EU'), 'org:eu');
    assert.equal(idAt(text, 'European Union'), 'org:eu');
    assert.equal(idAt(text, 'UN'), 'org:un');
    assert.equal(idAt(text, 'U.N.'), 'org:un');
    assert.equal(idAt(text, 'United Nations'), 'org:un');
    assert.equal(idAt(text, 'Reuters'), 'org:reuters');
    assert.equal(idAt(text, 'Foreign Office'), 'org:foreign-office');
  });

  test('an unknown capitalised phrase ending in an institution word is an organisation', () => {
    const text = 'Staff at the Harbour Valley Medical Center told the Riverside Evening News about it.';
    assert.equal(idAt(text, 'Harbour Valley Medical Center'), 'org:harbour-valley-medical-center');
    assert.equal(idAt(text, 'Riverside Evening News'), 'org:riverside-evening-news');
  });

  test('a name, "and", and a name headed by an institution word are one organisation ("Fire and Rescue Service", "Health and Safety Board")', () => {
    const text = 'The Yardale Fire and Rescue Service said 50 people were hurt, and the Lanthorn Health and Safety Board agreed.';
    assert.equal(idAt(text, 'Yardale Fire and Rescue Service'), 'org:yardale-fire-and-rescue-service');
    assert.equal(idAt(text, 'Lanthorn Health and Safety Board'), 'org:lanthorn-health-and-safety-board');
    assert.ok(!ids(text).includes('person:fire'), 'no person surnamed Fire');
  });

  test('companies named for their trade are organisations, not people surnamed "Energy"', () => {
    const text = 'Ashcroft Energy said 74,510 households had lost power, and Lindqvist Retail closed its stores.';
    assert.equal(idAt(text, 'Ashcroft Energy'), 'org:ashcroft-energy');
    assert.equal(idAt(text, 'Lindqvist Retail'), 'org:lindqvist-retail');
  });

  test('a plural of a common noun that speaks is a group, not a person ("Prosecutors said")', () => {
    assert.deepEqual(ids('Prosecutors said the money was moved abroad.'), []);
    assert.deepEqual(ids('Officials told reporters the bridge would stay shut.'), []);
    assert.deepEqual(ids('Jones said the money was moved abroad.'), ['person:jones'], 'a surname is still a speaker');
  });

  test('a person, "and", and an organisation stay two names', () => {
    const text = 'Marta Ely and Lanthorn Books signed the contract on Monday.';
    assert.equal(idAt(text, 'Marta Ely'), 'person:ely');
    assert.equal(idAt(text, 'Lanthorn Books'), 'org:lanthorn-books');
  });

  test('publishers, studios and labels are organisations, not people surnamed "Books"', () => {
    const text = 'Lanthorn Books was founded in 1930, and Quellmore Pictures bought the rights from Tidewater Records.';
    assert.equal(idAt(text, 'Lanthorn Books'), 'org:lanthorn-books');
    assert.equal(idAt(text, 'Quellmore Pictures'), 'org:quellmore-pictures');
    assert.equal(idAt(text, 'Tidewater Records'), 'org:tidewater-records');
  });

  test('makers named for what they make are organisations, not people surnamed "Devices"', () => {
    const text = 'Corvane Micro Devices bought Ellerby Instruments, and Joan Rivers welcomed the deal.';
    assert.equal(idAt(text, 'Corvane Micro Devices'), 'org:corvane-micro-devices');
    assert.equal(idAt(text, 'Ellerby Instruments'), 'org:ellerby-instruments');
    assert.equal(idAt(text, 'Joan Rivers'), 'person:rivers');
  });
});

describe('offices', () => {
  test('each office in its spellings', () => {
    const text = 'The PM, the prime minister, the premier, the secretary general, the secretary-general, the Secretary-General, '
      + 'the president, the chancellor, the foreign minister, the foreign secretary, a spokesman, a spokesperson and a spokeswoman.';
    const expected: [string, string][] = [
      ['PM', 'office:prime-minister'], ['prime minister', 'office:prime-minister'], ['premier', 'office:prime-minister'],
      ['secretary general', 'office:secretary-general'], ['secretary-general', 'office:secretary-general'],
      ['Secretary-General', 'office:secretary-general'], ['president', 'office:president'], ['chancellor', 'office:chancellor'],
      ['foreign minister', 'office:foreign-minister'], ['foreign secretary', 'office:foreign-minister'],
      ['spokesman', 'office:spokesperson'], ['spokesperson', 'office:spokesperson'], ['spokeswoman', 'office:spokesperson'],
    ];
    for (const [phrase, id] of expected) assert.equal(idAt(text, phrase), id, phrase);
  });

  test('"pm" in lower case (the time of day) is not an office', () => {
    assert.deepEqual(ids('The vote closed at 5 pm on the day.'), []);
  });
});

describe('people', () => {
  test('a title before a name is its own mention and the name keeps its surname id', () => {
    const text = 'President Joe Biden spoke after Chancellor Olaf Scholz.';
    assert.equal(idAt(text, 'President'), 'office:president');
    assert.equal(idAt(text, 'Joe Biden'), 'person:biden');
    assert.equal(idAt(text, 'Chancellor'), 'office:chancellor');
    assert.equal(idAt(text, 'Olaf Scholz'), 'person:scholz');
  });

  test('a full name and the bare surname meet, possessives stripped, straight or curly', () => {
    const text = 'Outgoing Dutch premier Mark Rutte is favourite. Rutte’s rivals are few, and Rutte\'s allies many.';
    assert.equal(idAt(text, 'Mark Rutte'), 'person:rutte');
    assert.equal(idAt(text, 'Rutte', 1), 'person:rutte');
    assert.equal(idAt(text, 'Rutte', 2), 'person:rutte');
  });

  test('honorifics with and without dots make a bare surname a person', () => {
    const text = 'Mr. Hollis met Mrs Okafor, Ms. Lindqvist and Dr Brannigan.';
    assert.equal(idAt(text, 'Hollis'), 'person:hollis');
    assert.equal(idAt(text, 'Okafor'), 'person:okafor');
    assert.equal(idAt(text, 'Lindqvist'), 'person:lindqvist');
    assert.equal(idAt(text, 'Brannigan'), 'person:brannigan');
  });

  test('name particles stay inside the name and the last word is the id', () => {
    const text = 'Former envoy Pieter van der Wal met Ursula von Aschenbach and Karim bin Tarek.';
    assert.equal(idAt(text, 'Pieter van der Wal'), 'person:wal');
    assert.equal(idAt(text, 'Ursula von Aschenbach'), 'person:aschenbach');
    assert.equal(idAt(text, 'Karim bin Tarek'), 'person:tarek');
  });

  test('no-break spaces join names and titles', () => {
    const text = 'Prime\u00a0Minister Mark\u00a0Rutte arrived.';
    assert.equal(idAt(text, 'Prime\u00a0Minister'), 'office:prime-minister');
    assert.equal(idAt(text, 'Mark\u00a0Rutte'), 'person:rutte');
  });

  test('capitalised function words and adverbs at a sentence start are not people', () => {
    const text = 'The talks ended. Currently nobody objects. Meanwhile the vote waits. Shortly before noon it rained.';
    assert.deepEqual(findEntities(text).filter((m) => m.kind === 'person'), []);
  });

  test('a lone unknown word at a sentence start needs evidence', () => {
    const alone = 'Varga is expected to win. Analysts agree.';
    assert.equal(idAt(alone, 'Varga'), undefined);
    const withFullName = 'Varga is expected to win. Analysts say Ilona Varga has broad support.';
    assert.equal(idAt(withFullName, 'Varga'), 'person:varga');
    assert.equal(idAt(alone, 'Varga', 0, new Set(['person:varga'])), 'person:varga');
    assert.equal(idAt(alone, 'Varga', 0, new Set(['Ilona Varga'])), 'person:varga');
  });

  test('reported speech is evidence for a bare surname, repeated uses then count too', () => {
    const text = 'Talks stalled, Halvorsen said on Tuesday. Halvorsen is due back next week.';
    assert.equal(idAt(text, 'Halvorsen'), 'person:halvorsen');
    assert.equal(idAt(text, 'Halvorsen', 1), 'person:halvorsen');
  });

  test('a place word before a speech verb is not a speaker ("doctors in Marlow said")', () => {
    assert.equal(idAt('Doctors in Marlow said the ward was full.', 'Marlow'), undefined);
  });

  test('a Title-Case headline does not turn its words into people', () => {
    const text = 'Ministers Back Dutch Leader For Top Alliance Job\nThe vote is due in April.';
    assert.deepEqual(findEntities(text).filter((m) => m.kind === 'person'), []);
  });

  test('transliterations of one surname share an id', () => {
    const text = 'Volodymyr Zelenskyy spoke; Zelenskiy said more, and Zelensky agreed.';
    assert.deepEqual(findEntities(text).filter((m) => m.kind === 'person').map((m) => m.id), ['person:zelensky', 'person:zelensky', 'person:zelensky']);
  });

  test('canonicalPeople maps each person id to the fullest name', () => {
    const mentions = findEntities('Rutte said yes. Later Mark Rutte said no. Mr. Hollis agreed.');
    const people = canonicalPeople(mentions);
    assert.equal(people.get('person:rutte'), 'Mark Rutte');
    assert.equal(people.get('person:hollis'), 'Hollis');
    assert.equal(people.size, 2);
  });
});

describe('robustness', () => {
  test('empty and non-string input give no mentions', () => {
    assert.deepEqual(findEntities(''), []);
    assert.deepEqual(findEntities(undefined as unknown as string), []);
  });

  const pieces = [
    'U.S.', 'NATO', 'the alliance', 'Mark Rutte', 'Rutte’s', 'Mr.', ' ', '\u00a0', '\n', '. ', '-', '’s', "'",
    'President', 'van', 'de', 'Washington', 'in', 'the', 'Côte d’Ivoire', '“', '”', 'Secretary-General', 'é', '\u0301',
  ];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 12 })), { maxLength: 50 }).map((a) => a.join(''));

  test('never throws; spans are ordered, in range and match their text', () => {
    fc.assert(fc.property(text, fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), (sample, known) => {
      const mentions = findEntities(sample, new Set(known));
      let previousStart = 0;
      for (const mention of mentions) {
        assert.ok(mention.span.start >= previousStart && mention.span.start < mention.span.end && mention.span.end <= sample.length);
        assert.equal(mention.text, sample.slice(mention.span.start, mention.span.end));
        assert.match(mention.id, /^(country|org|office|person|place):\S+$/);
        previousStart = mention.span.start;
      }
    }), { numRuns: 500 });
  });

  test('the same text always gives the same mentions', () => {
    const sample = 'Dutch PM Mark Rutte met NATO officials in Brussels. Rutte said the alliance was strong.';
    assert.deepEqual(findEntities(sample), findEntities(sample));
  });
});

describe('shared corpus', { skip: !existsSync(NATO) }, () => {
  test('every article on the story names NATO and meets Rutte under one id', () => {
    for (const file of readdirSync(NATO).filter((name) => name.endsWith('.txt'))) {
      const found = new Set(ids(readFileSync(path.join(NATO, file), 'utf8')));
      assert.ok(found.has('org:nato'), `${file}: org:nato`);
      assert.ok(found.has('person:rutte'), `${file}: person:rutte`);
      assert.ok(!found.has('person:rutte’s') && !found.has("person:rutte's"), `${file}: possessive leaked`);
    }
  });
});
