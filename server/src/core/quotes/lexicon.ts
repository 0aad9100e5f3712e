/**
 * Word lists for quote attribution. They describe kinds of words (speech verbs, determiners,
 * words that end a noun phrase), not particular sentences, and are all lower case: callers look
 * words up by their lower-cased form.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Finite speech verbs whose subject is the speaker ("a US official said", "said Kirby").
 * Present forms that are more often nouns ("claims", "notes", "states") are left out on purpose:
 * "NATO member states" must not read as a speech act.
 */
export const SPEECH_VERBS = set(`
  said says say told tells tell added adds explained explains noted stated wrote writes
  argued argues insisted insists warned warns announced announces declared declares asserted asserts
  claimed commented replied responded remarked stressed emphasized emphasised observed
  continued concluded acknowledged acknowledges admitted admits confirmed confirms recalled recalls
  urged urges suggested suggests tweeted posted asked asks affirmed affirms reiterated reiterates
  predicted maintained maintains contended contends complained complains cautioned boasted
  conceded concedes revealed disclosed countered quipped lamented mused pleaded testified
  describes described called dubbed termed labelled labeled branded hailed read reads
`);

/** Speech verbs that take the addressee or the thing described as object: never "told Kirby" = Kirby told. */
export const TRANSITIVE_SPEECH_VERBS = set(`
  told tells tell urged urges called calls described describes dubbed termed labelled labeled
  branded hailed asked asks
`);

/**
 * Present participles that introduce speech in a participial clause (", saying ...",
 * "describing him as ..."): their subject is the subject of the main clause.
 */
export const SPEECH_PARTICIPLES = set(`
  saying telling adding explaining noting stating writing arguing insisting warning announcing
  declaring asserting claiming stressing emphasizing emphasising describing calling dubbing
  labelling labeling branding hailing urging recalling acknowledging admitting confirming
  reiterating replying responding commenting
`);

/** Verbs that characterise rather than report; they need an object before the quote. */
export const CHARACTERISING_VERBS = set(`
  describes described describing calls called calling dubbed dubbing termed labelled labeled
  labelling labeling branded branding hailed hailing
`);

export const DETERMINERS = set(`
  a an the this these those his her its their our my your one two three four five six seven
  eight nine ten several some many few both other another each numerous multiple most various
`);

/** Determiners that make a phrase indefinite: "a senior official", "two diplomats". */
export const INDEFINITE_DETERMINERS = set(`
  a an one two three four five six seven eight nine ten several some many few numerous
  multiple various other another
`);

/** Prepositions that may join two noun phrases into one speaker ("a spokesman for the ministry"). */
export const NOUN_PHRASE_PREPOSITIONS = set(`of for at in from with to`);

export const SUBJECT_PRONOUNS = set(`he she they it we i you`);

/**
 * Words that never belong to a speaker noun phrase: auxiliaries, conjunctions, relative words,
 * object pronouns and the prepositions that do not join noun phrases.
 */
export const NOT_IN_NOUN_PHRASE = set(`
  is are was were be been being am has have had do does did will would shall should can could
  may might must not no nor that which who whom whose when while where why how because although
  though if and but or so than as after before since until unless whether him them us me
  there here by about into over under against between through during without within like per
  via across behind amid amidst among upon despite towards toward around beyond near onto
  also later earlier then again still already just only even yet meanwhile however
  reportedly previously recently once further finally separately similarly likewise
  instead moreover furthermore additionally indeed nonetheless nevertheless thus therefore
  what it's he's she's they're we're i'm let let's to
`);

/** Words that open an introductory clause ("Meanwhile, ...", "On Thursday, ..."). */
export const INTRODUCTORY_WORDS = set(`
  meanwhile however separately also earlier later then still yet instead moreover furthermore
  additionally finally similarly likewise indeed nonetheless nevertheless thus therefore so but
  and in on at after before during following since while when as although though despite for
  with without according by under over amid speaking asked last this yesterday today tonight
  now once shortly soon
`);

/** Adverbs that may stand between a speaker and the speech verb ("Kirby later told"). */
export const ADVERBS_BEFORE_VERB = set(`
  also later earlier then again previously reportedly recently once further finally
  separately similarly likewise already has have had was were is would will had also too
  repeatedly publicly privately been being
`);

/** Words naming a time, so that "on Thursday" between speaker and verb can be skipped. */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month
  year morning evening afternoon night weekend day
  jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
  august september october november december
`);

export const TIME_PREPOSITIONS = set(`on last this next early late earlier in`);

/**
 * Nouns naming a role a source plays. With an indefinite determiner, or as a bare plural, they
 * make an anonymous attribution ("a senior official", "diplomats say").
 */
export const ROLE_NOUNS = set(`
  official officials diplomat diplomats source sources spokesman spokesmen spokeswoman
  spokeswomen spokesperson spokespeople aide aides person persons people insider insiders
  adviser advisers advisor advisors officer officers analyst analysts expert experts
  observer observers member members staffer staffers lawmaker lawmakers minister ministers
  executive executives employee employees worker workers resident residents witness witnesses
  envoy envoys negotiator negotiators representative representatives delegate delegates
  figure figures leader leaders commander commanders ally allies confidant confidants
  colleague colleagues friend friends relative relatives neighbour neighbours neighbor
  neighbors investigator investigators agent agents operative operatives banker bankers trader
  traders lawyer lawyers attorney attorneys
`);

/** Heads that name an organisation rather than a person: "he" cannot refer to them. */
export const ORGANISATION_NOUNS = set(`
  office ministry department government house council agency company firm bank police army
  military committee commission union party embassy administration kremlin pentagon
  organisation organization group court parliament congress senate cabinet presidency
  secretariat alliance bloc service services force forces board authority authorities
  statement newspaper paper channel network broadcaster
`);

/** Modifiers that appear in speaker phrases without a determiner ("senior UK officials"). */
export const SPEAKER_MODIFIERS = set(`
  senior junior top former unnamed anonymous chief deputy foreign defence defense government
  military security national federal state local prime vice acting outgoing incoming new
  western european american british french german us uk eu nato white high ranking
  high-ranking retired current another other official press
`);

/** Words in or around a speaker phrase that make the attribution anonymous. */
export const ANONYMITY_MARKERS = /\b(?:unnamed|anonymous|anonymity|not (?:to )?be (?:named|identified)|not authori[sz]ed|declined to be (?:named|identified)|speaking on condition|on condition of)\b/i;

/** Small words allowed in lower case inside a title ("War and Peace", "Gone with the Wind"). */
export const TITLE_SMALL_WORDS = set(`a an the of and in on for to with at by or from as vs`);

/** Word elisions written with a leading apostrophe: rock 'n' roll, 'em, 'til. */
export const LEADING_ELISIONS = set(`n em til tis twas cause bout round cos`);
