/**
 * Hand-written aliases and word lists for entity matching. Country names, demonyms and capitals
 * come from the generated countries table; this file holds what that data cannot know: how news
 * prose names governments by their seats, the few international bodies and news agencies that
 * recur in any foreign-affairs story, offices, and the words that look like names but are not.
 *
 * Case rules are derived from each name, so the table stays declarative: a name written in
 * capitals (NATO, PM) matches only capitals (dotted forms such as U.N. included); a group marked
 * `anyCase` matches in any case (common nouns such as "prime minister"); anything else must be
 * capitalised in the text, except connecting words such as "of" and "the".
 *
 * The tables are compiled once, at load, into `ALIAS_TRIE`: a trie over folded word keys whose
 * nodes carry the entries a phrase ending there may stand for, in precedence order.
 */
import countriesTable from './countries-table.json';
import type { EntityKind } from './entities';

export interface AliasGroup {
  readonly id: string;
  readonly kind: EntityKind;
  readonly names: readonly string[];
  /** Common-noun phrases: "the alliance", "foreign minister" match in lower case too. */
  readonly anyCase?: boolean;
  /**
   * For a capital that stands for its government ("Washington said"): the place id to use
   * instead when the capital is written as a location ("talks in Washington").
   */
  readonly placeId?: string;
}

/**
 * Seats of government used as metonyms for the state. The list is deliberately short: only
 * capitals and buildings whose bare name in English news routinely means "the government of".
 * Brussels is left out because it stands for the EU as often as for Belgium.
 */
export const GOVERNMENT_SEATS: readonly AliasGroup[] = [
  { id: 'country:USA', kind: 'country', names: ['Washington'], placeId: 'place:washington' },
  { id: 'country:USA', kind: 'country', names: ['White House'] },
  { id: 'country:GBR', kind: 'country', names: ['London'], placeId: 'place:london' },
  { id: 'country:GBR', kind: 'country', names: ['Downing Street', 'Whitehall'] },
  { id: 'country:FRA', kind: 'country', names: ['Paris'], placeId: 'place:paris' },
  { id: 'country:FRA', kind: 'country', names: ['Elysee', 'Elysee Palace', "Quai d'Orsay"] },
  { id: 'country:DEU', kind: 'country', names: ['Berlin'], placeId: 'place:berlin' },
  { id: 'country:RUS', kind: 'country', names: ['Moscow'], placeId: 'place:moscow' },
  { id: 'country:RUS', kind: 'country', names: ['Kremlin'] },
  { id: 'country:CHN', kind: 'country', names: ['Beijing'], placeId: 'place:beijing' },
  { id: 'country:UKR', kind: 'country', names: ['Kyiv', 'Kiev'], placeId: 'place:kyiv' },
  { id: 'country:JPN', kind: 'country', names: ['Tokyo'], placeId: 'place:tokyo' },
  { id: 'country:TUR', kind: 'country', names: ['Ankara'], placeId: 'place:ankara' },
  { id: 'country:IRN', kind: 'country', names: ['Tehran'], placeId: 'place:tehran' },
  { id: 'country:PRK', kind: 'country', names: ['Pyongyang'], placeId: 'place:pyongyang' },
];

/** Everyday English names the ISO data lacks (it has "Türkiye" and "Great Britain" only). */
export const COUNTRY_ADDITIONS: readonly AliasGroup[] = [
  { id: 'country:USA', kind: 'country', names: ['America', 'the States'] },
  { id: 'country:GBR', kind: 'country', names: ['Britain', 'Briton', 'Britons', 'Brit', 'Brits'] },
  { id: 'country:TUR', kind: 'country', names: ['Turkey', 'Turks'] },
  { id: 'country:KAZ', kind: 'country', names: ['Kazakh', 'Kazakhs'] },
  { id: 'country:UZB', kind: 'country', names: ['Uzbek', 'Uzbeks'] },
  { id: 'country:AZE', kind: 'country', names: ['Azeri', 'Azeris'] },
  { id: 'country:COD', kind: 'country', names: ['Democratic Republic of Congo'] },
];

/**
 * International bodies and news agencies: the actors that recur across foreign-affairs stories
 * whatever the subject. "The alliance" and its variants are read as NATO because that is their
 * overwhelming use in English news; a story about another alliance will mislabel them.
 */
export const ORGANIZATIONS: readonly AliasGroup[] = [
  {
    id: 'org:nato', kind: 'organization',
    names: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance', 'Atlantic Alliance'],
  },
  {
    id: 'org:nato', kind: 'organization', anyCase: true,
    names: ['the alliance', 'the military alliance', 'the transatlantic alliance', 'the western alliance', 'the military bloc'],
  },
  { id: 'org:eu', kind: 'organization', names: ['EU', 'European Union'] },
  { id: 'org:un', kind: 'organization', names: ['UN', 'United Nations'] },
  { id: 'org:un-security-council', kind: 'organization', names: ['UN Security Council', 'United Nations Security Council', 'UNSC', 'the Security Council'] },
  { id: 'org:un-general-assembly', kind: 'organization', names: ['UN General Assembly', 'United Nations General Assembly', 'the General Assembly'] },
  { id: 'org:european-commission', kind: 'organization', names: ['European Commission'] },
  { id: 'org:european-council', kind: 'organization', names: ['European Council'] },
  { id: 'org:european-parliament', kind: 'organization', names: ['European Parliament'] },
  { id: 'org:g7', kind: 'organization', names: ['G7', 'G-7', 'Group of Seven'] },
  { id: 'org:g20', kind: 'organization', names: ['G20', 'G-20', 'Group of 20', 'Group of Twenty'] },
  { id: 'org:imf', kind: 'organization', names: ['IMF', 'International Monetary Fund'] },
  { id: 'org:world-bank', kind: 'organization', names: ['World Bank'] },
  { id: 'org:who', kind: 'organization', names: ['WHO', 'World Health Organization', 'World Health Organisation'] },
  { id: 'org:wto', kind: 'organization', names: ['WTO', 'World Trade Organization', 'World Trade Organisation'] },
  { id: 'org:osce', kind: 'organization', names: ['OSCE', 'Organization for Security and Co-operation in Europe'] },
  { id: 'org:opec', kind: 'organization', names: ['OPEC'] },
  { id: 'org:asean', kind: 'organization', names: ['ASEAN'] },
  { id: 'org:african-union', kind: 'organization', names: ['African Union'] },
  { id: 'org:oecd', kind: 'organization', names: ['OECD'] },
  { id: 'org:iaea', kind: 'organization', names: ['IAEA', 'International Atomic Energy Agency'] },
  { id: 'org:icc', kind: 'organization', names: ['International Criminal Court'] },
  { id: 'org:icj', kind: 'organization', names: ['ICJ', 'International Court of Justice'] },
  { id: 'org:red-cross', kind: 'organization', names: ['ICRC', 'Red Cross', 'International Committee of the Red Cross'] },
  { id: 'org:amnesty-international', kind: 'organization', names: ['Amnesty International'] },
  { id: 'org:human-rights-watch', kind: 'organization', names: ['Human Rights Watch'] },
  { id: 'org:foreign-office', kind: 'organization', names: ['Foreign Office', 'FCDO'] },
  { id: 'org:state-department', kind: 'organization', names: ['State Department', 'Department of State'] },
  { id: 'org:pentagon', kind: 'organization', names: ['Pentagon'] },
  { id: 'org:reuters', kind: 'organization', names: ['Reuters'] },
  { id: 'org:ap', kind: 'organization', names: ['AP', 'Associated Press'] },
  { id: 'org:afp', kind: 'organization', names: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { id: 'org:bloomberg', kind: 'organization', names: ['Bloomberg'] },
  { id: 'org:dpa', kind: 'organization', names: ['DPA', 'Deutsche Presse-Agentur'] },
  { id: 'org:anp', kind: 'organization', names: ['ANP'] },
  { id: 'org:tass', kind: 'organization', names: ['TASS', 'Tass'] },
  { id: 'org:interfax', kind: 'organization', names: ['Interfax'] },
  { id: 'org:xinhua', kind: 'organization', names: ['Xinhua'] },
  { id: 'org:kyodo', kind: 'organization', names: ['Kyodo', 'Kyodo News'] },
  { id: 'org:yonhap', kind: 'organization', names: ['Yonhap'] },
  { id: 'org:anadolu', kind: 'organization', names: ['Anadolu', 'Anadolu Agency'] },
  { id: 'org:efe', kind: 'organization', names: ['EFE'] },
  { id: 'org:ansa', kind: 'organization', names: ['ANSA'] },
  { id: 'org:bbc', kind: 'organization', names: ['BBC'] },
  { id: 'org:cnn', kind: 'organization', names: ['CNN'] },
  { id: 'org:al-jazeera', kind: 'organization', names: ['Al Jazeera'] },
  { id: 'org:sky-news', kind: 'organization', names: ['Sky News'] },
  { id: 'org:politico', kind: 'organization', names: ['Politico'] },
];

/** Offices and titles, singular and plural; "Prime Minster" is a frequent enough typo to keep. */
export const OFFICES: readonly AliasGroup[] = [
  { id: 'office:prime-minister', kind: 'office', names: ['PM'] },
  {
    id: 'office:prime-minister', kind: 'office', anyCase: true,
    names: ['prime minister', 'prime ministers', 'prime minster', 'premier', 'premiers'],
  },
  { id: 'office:president', kind: 'office', anyCase: true, names: ['president', 'presidents'] },
  { id: 'office:vice-president', kind: 'office', anyCase: true, names: ['vice president', 'vice presidents'] },
  { id: 'office:chancellor', kind: 'office', anyCase: true, names: ['chancellor', 'chancellors'] },
  {
    id: 'office:secretary-general', kind: 'office', anyCase: true,
    names: ['secretary general', 'secretaries general', 'secretary generals'],
  },
  {
    id: 'office:foreign-minister', kind: 'office', anyCase: true,
    names: [
      'foreign minister', 'foreign ministers', 'foreign secretary', 'foreign secretaries',
      'foreign affairs minister', 'minister of foreign affairs', 'minister for foreign affairs',
    ],
  },
  { id: 'office:secretary-of-state', kind: 'office', anyCase: true, names: ['secretary of state', 'secretaries of state'] },
  {
    id: 'office:defence-minister', kind: 'office', anyCase: true,
    names: ['defence minister', 'defense minister', 'defence ministers', 'defense ministers', 'defence secretary', 'defense secretary'],
  },
  {
    id: 'office:spokesperson', kind: 'office', anyCase: true,
    names: ['spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'spokesperson', 'spokespersons', 'spokespeople', 'press secretary'],
  },
  { id: 'office:minister', kind: 'office', anyCase: true, names: ['minister', 'ministers'] },
  { id: 'office:ambassador', kind: 'office', anyCase: true, names: ['ambassador', 'ambassadors', 'envoy', 'envoys'] },
  { id: 'office:monarch', kind: 'office', anyCase: true, names: ['king', 'queen'] },
  { id: 'office:governor', kind: 'office', anyCase: true, names: ['governor', 'governors'] },
  { id: 'office:mayor', kind: 'office', anyCase: true, names: ['mayor', 'mayors'] },
  { id: 'office:senator', kind: 'office', anyCase: true, names: ['senator', 'senators'] },
];

/** Places that are not capitals but recur as venues or regions in international news. */
export const PLACES: readonly AliasGroup[] = [
  { id: 'place:washington', kind: 'place', names: ['Washington DC', 'Washington D.C.', 'D.C.'] },
  { id: 'place:new-york', kind: 'place', names: ['New York', 'New York City'] },
  { id: 'place:the-hague', kind: 'place', names: ['The Hague'] },
  { id: 'place:geneva', kind: 'place', names: ['Geneva'] },
  { id: 'place:strasbourg', kind: 'place', names: ['Strasbourg'] },
  { id: 'place:munich', kind: 'place', names: ['Munich'] },
  { id: 'place:davos', kind: 'place', names: ['Davos'] },
  { id: 'place:istanbul', kind: 'place', names: ['Istanbul'] },
  { id: 'place:los-angeles', kind: 'place', names: ['Los Angeles'] },
  { id: 'place:england', kind: 'place', names: ['England'] },
  { id: 'place:scotland', kind: 'place', names: ['Scotland'] },
  { id: 'place:wales', kind: 'place', names: ['Wales'] },
  { id: 'place:northern-ireland', kind: 'place', names: ['Northern Ireland'] },
  { id: 'place:europe', kind: 'place', names: ['Europe'] },
  { id: 'place:asia', kind: 'place', names: ['Asia'] },
  { id: 'place:africa', kind: 'place', names: ['Africa'] },
  { id: 'place:latin-america', kind: 'place', names: ['Latin America'] },
  { id: 'place:north-america', kind: 'place', names: ['North America'] },
  { id: 'place:south-america', kind: 'place', names: ['South America'] },
  { id: 'place:middle-east', kind: 'place', names: ['Middle East'] },
];

/**
 * US states, which the country data does not list but which news names constantly; each is a
 * place (`place:north-carolina`). Georgia is left to the country table, Washington to the seats.
 */
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana',
  'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
  'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Words after which a capital names the location, not the government ("a summit in Paris"). */
export const LOCATIVE_WORDS = new Set([
  'in', 'at', 'to', 'into', 'near', 'outside', 'around', 'across', 'toward', 'towards', 'via', 'the',
  'visit', 'visits', 'visited', 'visiting', 'arrive', 'arrived', 'arriving', 'reach', 'reached',
]);

/**
 * Honorifics and ranks before a name: dropped from the name, and they make a single word a
 * person ("Inspector Gaskin"). Alone they are never a name ("the General said").
 */
export const HONORIFICS = new Set(words(`
  mr mrs ms miss mx dr prof msgr sir dame lord lady rev gen lt col capt sgt maj adm cmdr rep gov sheikh pope
  doctor general inspector detective judge justice captain colonel sergeant lieutenant admiral
  marshal sheriff officer coach director commissioner chief father sister brother bishop cardinal
  archbishop rabbi imam reverend professor deputy agent corporal private dean
`));

/** First words that make a capitalised run a place ("San Francisco", "North Dakota", "Fort Worth"). */
export const PLACE_PREFIXES = new Set(words('san santa santo sao los las fort port mount lake cape north south east west'));

/** Lower-case name particles that may sit inside a name (Jaap de Hoop Scheffer, Bashar al-Assad). */
export const NAME_PARTICLES = new Set(words('de van von der den ter ten du da di dos das del della la le bin ibn al el'));

/** Trailing generational suffixes that are not the surname (Martin Luther King Jr.). */
export const NAME_SUFFIXES = new Set(words('jr sr ii iii iv'));

/** Words that make a capitalised run an organisation rather than a person ("Sky News"). */
export const ORGANIZATION_HEADS = new Set(words(`
  news times post journal herald tribune telegraph gazette daily press agency party council committee
  commission ministry department office parliament congress senate assembly court union organization
  organisation association federation foundation institute institution university college school
  academy bank fund group company corporation corp inc ltd llc plc holdings airlines airways motors
  network media television tv radio channel magazine club league team fc army navy forces force guard
  police service services authority board bureau centre center hospital church museum movement front
  coalition initiative program programme project summit conference forum festival awards prize cup
  games championship treaty accord accords agreement act pact declaration convention protocol watch
  international review report society trust exchange independent olympics
  books records recordings studios pictures films productions entertainment music publishing
  publishers industries enterprises technologies systems laboratories labs communications ventures
  energy retail telecom telecoms utilities insurance pharmaceuticals logistics capital partners foods
  shipping mining oil gas power electric library gallery theatre theater zoo clinic embassy
  chemicals textiles software engineering construction electronics materials resources minerals
  petroleum semiconductors aerospace automotive breweries brewery distillers pharma biotech
  therapeutics hotels resorts properties investments securities bancorp cement railways
  airline freight transport wanderers rovers athletic albion rangers
  devices instruments dynamics solutions networks brands stores products microsystems computers
  semiconductor computer
`));

/** Words that make a capitalised run a place ("Trump Tower", "Baltic Sea"). */
export const PLACE_HEADS = new Set(words(`
  street road avenue square bridge palace tower park island islands river sea ocean lake bay gulf
  valley mountains hills airport station port city county province region district coast peninsula wall strip memorial monument
  strait canal desert forest beach stadium arena hall building castle cathedral prison jail
`));

/** Heads of capitalised phrases that are neither people, organisations nor places ("World War"). */
export const NOT_PERSON_HEADS = new Set(words(`
  war wars crisis revolution era reporter reporters correspondent editor writer staff states nations
  member members affairs relations rights law laws bill budget plan strategy policy doctrine index
  award day week month year season
`));

/** Verbs of reported speech: a capitalised word right before or after one is a speaker. */
export const SPEECH_VERBS = new Set(words(`
  said says told tells added adds noted notes wrote writes stated states argued argues explained
  explains insisted insists announced announces warned warns claimed claims replied replies tweeted
  posted urged urges stressed stresses asked asks answered answers acknowledged admitted conceded
  confirmed confirms denied denies declared declares suggested suggests
`));

/**
 * Capitalised words that are not names: function words and adverbs that open sentences, days and
 * months, and capitalised adjectives of region, faith or party. They never start or join a name.
 */
export const NOT_NAMES = new Set(words(`
  a about above according across after afterwards again against ago ahead all almost along already
  also although always am among an and another any anyone anything apart are around as asked at
  away back based be because been before being below besides between beyond both but by can
  cannot certainly clearly could currently despite did do does doing down during each earlier
  early either else elsewhere even eventually ever every everyone everything except far few finally
  first for former formerly from further furthermore given had has have having he her here hers
  herself him himself his how however i if in including indeed inside instead into is it its itself
  just last late lately later latest least less let like likewise many may maybe me meanwhile might
  more moreover most mostly much must my myself near nearly neither never nevertheless new newly
  next no nobody none nor not nothing now of off often on once one only onto or other others
  otherwise our ours out outside over overall perhaps please plus previously probably quite rather
  recently regarding regardless same second several shall she should shortly similarly since so
  some someone something sometimes soon still subsequently such than that the their theirs them
  themselves then there thereafter therefore these they third this those though through throughout
  thus to today together tomorrow tonight too toward towards two three four five six seven eight
  nine ten twenty hundred thousand million under unless unlike until up upon us very via was we
  well were what whatever when whenever where whereas whether which while who whoever whole whom
  whose why will with within without would yes yesterday yet you your yours
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december
  western eastern northern southern central european african asian arab latin nordic baltic balkan
  atlantic pacific muslim muslims christian christians jewish catholic protestant islamic
  republican republicans democrat democrats democratic conservative conservatives liberal liberals
  labour tory tories communist socialist god internet covid breaking update updated photo video
  read related share advertisement copyright source sources reporting editing writing
  officials official analysts experts critics observers diplomats leaders sign click
  cabinet government administration regime state people web
`));

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** One thing a phrase in the trie may name, with the case its words must be written in. */
export interface AliasEntry {
  readonly id: string;
  readonly kind: EntityKind;
  readonly placeId?: string;
  /** Every word must be written without lower-case letters (acronyms: US, U.S., NATO). */
  readonly upper: boolean;
  /** Per word: must the text's word start with a capital? */
  readonly capitalMask: readonly boolean[];
  /** A proper name that may end a personal name ("George Washington"); demonyms may not. */
  readonly absorbable: boolean;
}

export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly entries: AliasEntry[];
}

/** A dotted abbreviation (U.S., J.K.) or a word with inner apostrophes (d'Ivoire, Rutte's). */
export const TOKEN_PATTERN = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['\u2019](?=[\p{L}\p{N}]))*/gu;

/** The word without a possessive ending: "Rutte’s" is "Rutte", "NATO'S" is "NATO". */
export function stripPossessive(raw: string): string {
  const n = raw.length;
  const apostrophe = raw[n - 2] === "'" || raw[n - 2] === '\u2019';
  return n > 2 && apostrophe && (raw[n - 1] === 's' || raw[n - 1] === 'S') ? raw.slice(0, -2) : raw;
}

/** The key words are compared by: lower case, accents and dots removed ("U.S." is "us"). */
export function fold(word: string): string {
  let key = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(key)) key = key.normalize('NFD').replace(/\p{M}/gu, '').replace(/\u2019/g, "'");
  if (key.includes('.')) key = key.replace(/\./g, '');
  return key;
}

type CountryRow = readonly [string, readonly string[], readonly string[], readonly string[]];

export const ALIAS_TRIE: ReadonlyMap<string, TrieNode> = buildTrie();

/** Nationality words ("Canadian", "Norwegians"), folded: they qualify people and things rather than name a country. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  (countriesTable as unknown as { rows: readonly CountryRow[] }).rows.flatMap(([, , demonyms]) => demonyms.map(fold)),
);

function buildTrie(): Map<string, TrieNode> {
  const root = new Map<string, TrieNode>();
  // Insertion order is precedence: hand-written groups first, then the generated table.
  const groups: AliasGroup[] = [...GOVERNMENT_SEATS, ...ORGANIZATIONS, ...OFFICES, ...PLACES, ...COUNTRY_ADDITIONS];
  for (const state of US_STATES) groups.push({ id: `place:${slugify(state)}`, kind: 'place', names: [state] });
  const demonymGroups = new Set<AliasGroup>();
  const rows = (countriesTable as unknown as { rows: readonly CountryRow[] }).rows;
  for (const [code, names, demonyms] of rows) {
    groups.push({ id: `country:${code}`, kind: 'country', names });
    // Plurals name the people ("Norwegians"); forms ending in a sibilant are already plural.
    const forms = demonyms.flatMap((demonym) => (/(?:s|sh|ch|se|x|z)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`]));
    const demonymGroup: AliasGroup = { id: `country:${code}`, kind: 'country', names: forms };
    demonymGroups.add(demonymGroup);
    groups.push(demonymGroup);
  }
  for (const [, , , capitals] of rows) {
    for (const capital of capitals) groups.push({ id: `place:${slugify(capital)}`, kind: 'place', names: [capital] });
  }
  for (const group of groups) {
    const absorbable = (group.kind === 'country' || group.kind === 'place') && !demonymGroups.has(group);
    for (const name of group.names) addAlias(root, name, group, absorbable);
  }
  return root;
}

function addAlias(root: Map<string, TrieNode>, name: string, group: AliasGroup, absorbable: boolean): void {
  const words = [...name.matchAll(TOKEN_PATTERN)].map((found) => stripPossessive(found[0]));
  if (words.length === 0) return;
  const upper = !/\p{Ll}/u.test(name);
  const capitalMask = words.map((word) => !group.anyCase && word[0] !== word[0].toLowerCase() && fold(word) !== 'the');
  let level = root;
  let node: TrieNode | undefined;
  for (const word of words) {
    const key = fold(word);
    node = level.get(key);
    if (!node) level.set(key, (node = { next: new Map(), entries: [] }));
    level = node.next;
  }
  if (!node || node.entries.some((entry) => entry.id === group.id && entry.upper === upper)) return;
  node.entries.push({ id: group.id, kind: group.kind, placeId: group.placeId, upper, capitalMask, absorbable: absorbable && !upper && words.length === 1 });
}

function slugify(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
