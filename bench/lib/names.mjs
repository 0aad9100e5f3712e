// Made-up people, places, organisations and countries. Places are built from syllables that do not
// form real town names, countries are invented, and a story never gives two people the same surname
// (so that a surname alone names one person, as it does in copy). Across the corpus, a Registry keeps
// the places and principal people of every story unique, so that two stories never look like one.

const FEMALE = ['Amara', 'Beatrix', 'Carys', 'Dalia', 'Elin', 'Farah', 'Greta', 'Hana', 'Ines', 'Johanna',
  'Kalina', 'Leila', 'Mireille', 'Nadia', 'Oona', 'Petra', 'Rosalind', 'Saoirse', 'Tamsin', 'Ursula', 'Vera',
  'Wren', 'Yasmin', 'Zofia', 'Ingrid', 'Lucia', 'Marisol', 'Noor', 'Olwen', 'Signe', 'Adaeze', 'Keiko'];
const MALE = ['Anselm', 'Bruno', 'Casimir', 'Dario', 'Emeka', 'Felix', 'Gideon', 'Hamish', 'Ivo', 'Jarek',
  'Kenji', 'Lorcan', 'Matthias', 'Nikolai', 'Osric', 'Pavel', 'Rafael', 'Soren', 'Teodor', 'Umar', 'Viktor',
  'Wendell', 'Yusuf', 'Zane', 'Idris', 'Joaquin', 'Kofi', 'Leopold', 'Mateo', 'Nils', 'Arvid', 'Cormac'];
const LISTED_SURNAMES = ['Abernethy', 'Bellweather', 'Castellane', 'Drummond', 'Ekwueme', 'Fairbairn', 'Galloway',
  'Haverford', 'Ilunga', 'Jablonski', 'Kastner', 'Lindqvist', 'Moreau', 'Nakashima', 'Oyelaran', 'Pemberton',
  'Quaresma', 'Rautenbach', 'Szabo', 'Thorvaldsen', 'Uribe', 'Valcourt', 'Whitlock', 'Yildirim', 'Zelenko',
  'Achterberg', 'Brannigan', 'Cordero', 'Demir', 'Fontaine', 'Grieve', 'Halloran', 'Ivanic', 'Jaramillo',
  'Kowalczyk', 'Lachance', 'Marwick', 'Nordahl', 'Pellegrini', 'Rasmussen', 'Sandoval', 'Tennant', 'Westerhof',
  'Yamada', 'Zubiri', 'Ashdown', 'Brightwell', 'Carrow', 'Everhart', 'Falkner', 'Gorski', 'Hendry', 'Ibarra',
  'Kerrigan', 'Lomax', 'Mendelsohn', 'Ostrander', 'Pryce', 'Renwick', 'Sorensen', 'Tolliver', 'Varga',
  'Wycliffe', 'Adeyemi', 'Bexley', 'Calloway', 'Dunleavy', 'Esposito', 'Fennimore', 'Gallardo', 'Holmqvist',
  'Iredale', 'Juncosa', 'Kilbride', 'Larkin', 'Mwangi', 'Nightingale', 'Okereke', 'Penhaligon', 'Quigley',
  'Rosenthal', 'Satterly', 'Trevanion', 'Underhill', 'Vickery', 'Wainwright', 'Yarrow'];
const SURNAME_HEADS = ['Ash', 'Bel', 'Cor', 'Dal', 'Fen', 'Gal', 'Har', 'Kes', 'Lor', 'Mar', 'Nor', 'Pen', 'Ros',
  'Sel', 'Tam', 'Ver', 'Wes', 'Yor', 'Brad', 'Cal', 'Elm', 'Hol', 'Lang', 'Rad'];
const SURNAME_TAILS = ['ford', 'wick', 'by', 'ley', 'ton', 'dale', 'more', 'wood', 'field', 'croft', 'hurst',
  'well', 'ridge', 'stone'];
/** About 420 surnames: the listed ones and syllable-built ones ("Kesridge"). */
const SURNAMES = [...LISTED_SURNAMES, ...SURNAME_HEADS.flatMap((h) => SURNAME_TAILS.map((t) => h + t))];

const TOWN_HEADS = ['Kel', 'Dor', 'Varn', 'Ost', 'Brem', 'Tal', 'Quen', 'Mar', 'Sel', 'Hal', 'Wen', 'Arl', 'Lun',
  'Cor', 'Fal', 'Grist', 'Har', 'Ibb', 'Jes', 'Mor', 'Nev', 'Pell', 'Rask', 'Sund', 'Tor', 'Ulv', 'Yar', 'Zel'];
const TOWN_MIDS = ['', '', 'en', 'ar', 'ing', 'ow', 'er'];
const TOWN_TAILS = ['mouth', 'holm', 'wick', 'dale', 'stead', 'combe', 'by', 'haven', 'field', 'mere', 'gate',
  'thorpe', 'ness', 'ley', 'brook', 'moor'];
const TOWN_PREFIXES = ['Upper', 'Lower', 'North', 'South', 'East', 'West', 'Old', 'New', 'Great', 'Little'];
const RIVERS = ['Tarrow', 'Idle', 'Wend', 'Corran', 'Essel', 'Brae', 'Lune', 'Ottery', 'Kell', 'Soar', 'Merrin'];
const STREET_KINDS = ['Street', 'Road', 'Lane', 'Avenue', 'Row', 'Hill', 'Parade'];

// Invented countries ("Varnovia", adjective "Varnovian"), each story's own, with a currency.
const COUNTRY_MIDS = ['o', 'e', 'an', 'el', 'ar'];
const COUNTRY_TAILS = ['ia', 'ovia', 'ania', 'eria', 'onia', 'avia'];
const CURRENCIES = [() => ({ symbol: '€', plural: 'euros' }), () => ({ symbol: '$', plural: 'dollars' }),
  () => ({ symbol: '£', plural: 'pounds' }), (adj) => ({ symbol: null, plural: `${adj} crowns` }),
  (adj) => ({ symbol: null, plural: `${adj} marks` }), (adj) => ({ symbol: null, plural: `${adj} dinars` })];

/** Names already given anywhere in the corpus: story places, principal people and companies. */
export class Registry {
  constructor() {
    this.towns = new Set();
    this.people = new Set();
    this.companies = new Set();
    this.names = new Set();
    /** Hashes of the filler subjects used so far (see filler.mjs). */
    this.subjects = new Set();
  }
}

export const OUTLETS = ['the Morning Ledger', 'the Valley Herald', 'the Coastline Times', 'the Evening Lantern',
  'Radio Kestrel', 'the Weekly Beacon', 'the Northern Observer', 'the Provincial Record', 'the Daily Compass',
  'Channel Eleven'];
export const AGENCIES = ['Northlight Images', 'Compass Press', 'Harbourline Photos', 'Atlas Wire Service',
  'Tidewater Images', 'Beacon Newswire', 'Lantern Pictures'];

const PARTIES = ['Civic Alliance', 'Green Union', "People's Movement", 'Liberal Forum', 'Labour Front',
  'Reform Party', 'Unity Party', 'Progress Party', 'Rural League', 'Democratic Centre'];
const INDUSTRIES = ['Freight', 'Foods', 'Pharmaceuticals', 'Telecom', 'Logistics', 'Energy', 'Retail',
  'Shipping', 'Steel', 'Software', 'Insurance', 'Airways', 'Media', 'Chemicals', 'Textiles'];
const CLUB_TAILS = ['United', 'Rovers', 'City', 'Athletic', 'Wanderers', 'Albion', 'Town', 'FC'];

/** Draws names for one story, never repeating a surname or a town within it. */
export class NamePool {
  /** @param {import('./prng.mjs').Rng} rng  @param {Registry} registry */
  constructor(rng, registry = new Registry()) {
    this.rng = rng;
    this.registry = registry;
    this.usedSurnames = new Set();
  }

  surname() {
    for (let i = 0; i < 50; i++) {
      const s = this.rng.pick(SURNAMES);
      if (!this.usedSurnames.has(s)) {
        this.usedSurnames.add(s);
        return s;
      }
    }
    // A very big story could exhaust the list; a double-barrelled name keeps surnames unique.
    const s = `${this.rng.pick(SURNAMES)}-${this.rng.pick(SURNAMES)}`;
    this.usedSurnames.add(s);
    return s;
  }

  /** A surname for a place or a building ("Halloran Primary School"), not reserved for a person. */
  anySurname() {
    let name = this.rng.pick(SURNAMES);
    for (let i = 0; i < 10 && this.usedSurnames.has(name); i++) name = this.rng.pick(SURNAMES);
    return name;
  }

  /**
   * A person with a role; `title` is said before the name ("Mayor"), `role` after it ("the city
   * engineer"). A principal (`unique`) has a full name no other story uses; a byline need not.
   */
  person(role, title = '', unique = true) {
    const female = this.rng.chance(0.5);
    let first = this.rng.pick(female ? FEMALE : MALE);
    let last = this.surname();
    for (let i = 0; unique && i < 20 && this.registry.people.has(`${first} ${last}`); i++) {
      first = this.rng.pick(female ? FEMALE : MALE);
      last = this.surname();
    }
    // When the names run out, a middle initial keeps a principal apart ("Vera K. Lomax").
    if (unique && this.registry.people.has(`${first} ${last}`)) first = `${first} ${String.fromCharCode(65 + this.rng.int(0, 25))}.`;
    const full = `${first} ${last}`;
    if (unique) this.registry.people.add(full);
    return { first, last, full, role, title, honorific: female ? 'Ms.' : 'Mr.',
      titled: title ? `${title} ${full}` : full };
  }

  /** A town no other story of the corpus has used. */
  town() {
    const make = () => this.rng.pick(TOWN_HEADS) + this.rng.pick(TOWN_MIDS) + this.rng.pick(TOWN_TAILS);
    let t = make();
    for (let i = 0; i < 30 && this.registry.towns.has(t); i++) t = make();
    for (let i = 0; i < 30 && this.registry.towns.has(t); i++) t = `${this.rng.pick(TOWN_PREFIXES)} ${make()}`;
    this.registry.towns.add(t);
    return t;
  }

  /** Some town, perhaps used elsewhere (for the headlines of unrelated stories). */
  anyTown() {
    return this.rng.pick(TOWN_HEADS) + this.rng.pick(TOWN_MIDS) + this.rng.pick(TOWN_TAILS);
  }

  river() {
    return `River ${this.rng.pick(RIVERS)}`;
  }

  /** A street named after nobody in the story, so that a surname never names both. */
  street() {
    return `${this.anySurname()} ${this.rng.pick(STREET_KINDS)}`;
  }

  /** A country no other story has used: invented names keep stories about different countries apart. */
  country() {
    const r = this.rng;
    const make = () => r.pick(TOWN_HEADS) + r.pick(COUNTRY_MIDS) + r.pick(COUNTRY_TAILS);
    let name = make();
    for (let i = 0; i < 30 && this.registry.names.has(`country:${name}`); i++) name = make();
    if (this.registry.names.has(`country:${name}`)) name = `${r.pick(['North', 'South', 'East', 'West', 'Upper', 'Lower'])} ${name}`;
    this.registry.names.add(`country:${name}`);
    const adj = `${name}n`;
    return { name, adj, currency: r.pick(CURRENCIES)(adj) };
  }

  /** A name of some `kind` ("bridge") that no other story has used; `make` draws candidates. */
  unique(kind, make) {
    let name = make();
    for (let i = 0; i < 30 && this.registry.names.has(`${kind}:${name}`); i++) name = make();
    if (this.registry.names.has(`${kind}:${name}`)) name = `${this.rng.pick(TOWN_PREFIXES)} ${name}`;
    this.registry.names.add(`${kind}:${name}`);
    return name;
  }

  party(except) {
    return this.rng.pick(PARTIES.filter((p) => p !== except));
  }

  /** A company no other story has named. */
  company() {
    let name = `${this.surname()} ${this.rng.pick(INDUSTRIES)}`;
    for (let i = 0; i < 20 && this.registry.companies.has(name); i++) name = `${this.surname()} ${this.rng.pick(INDUSTRIES)}`;
    if (this.registry.companies.has(name)) name = `${this.rng.pick(TOWN_PREFIXES)} ${name}`;
    this.registry.companies.add(name);
    return name;
  }

  club() {
    return `${this.town()} ${this.rng.pick(CLUB_TAILS)}`;
  }

  outlet() {
    return this.rng.pick(OUTLETS);
  }

  agency() {
    return this.rng.pick(AGENCIES);
  }
}
