/**
 * Whose statement it is: a figure or a verb of one sentence and its counterpart in the other are
 * about one subject only when the claim's subject stands in the source, is the subject of the
 * counterpart's own clause there, and the two subjects are not two different things of a kind
 * ("a postal worker from the west end" / "a delivery driver from the west end").
 */
import type { Alignment } from './align';
import type { SentenceFeatures } from './features';
import type { Term } from './terms';
import { termsOf } from './termColumns';

/**
 * Whether the claim's subject (its first entity or noun outside an attribution) is the subject of
 * what stands at `claimAt` in the claim and at `sourceAt` in the source: the subject must stand in
 * the source too, or "a driver collected 51 signatures" would contradict "residents collected 69
 * signatures".
 */
export function sameSubjectAt(claim: SentenceFeatures, claimAt: number, source: SentenceFeatures, sourceAt: number, alignment: Alignment): boolean {
  const terms = termsOf(claim);
  const at = terms.findIndex((t) => !t.secondary && (t.pos === 'entity' || t.pos === 'noun'));
  if (at < 0) return true;
  if (source.implicitSubject === true) return true;
  const partner = alignment.partners[at];
  if (partner === undefined) return false;
  // The subject must be the figure's own, on both sides: "Parents at Radhurst School organised a
  // rota, and a nurse from the east end collected 400 signatures" gives the nurse's figure.
  if (clauseBreakBetween(claim, terms[at].start, claimAt) || clauseBreakBetween(source, partner.start, sourceAt)) return false;
  return !subjectsContrast(claim, source, alignment);
}

/**
 * Each subject has a word the other lacks: "the Pellendale rowing club delivered 540 food parcels"
 * and "the Pellendale Leisure Centre delivered 69" are two bodies of one town, as are "a postal
 * worker from the old town" and "a postal worker from the harbour quarter". A source that only
 * says more ("Parents at Whitlock School in Nevermouth") or less is about the same subject, so a
 * figure given otherwise there still conflicts. The subject is what comes before the first verb,
 * outside an attribution ("Officials said ...") and outside the figures themselves.
 */
export function subjectsContrast(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): boolean {
  const partners = alignment.partners;
  const claimTerms = termsOf(claim);
  let claimOwn = false;
  for (let i = 0; i < claimTerms.length && !claimOwn; i++) claimOwn = partners[i] === undefined && subjectWord(claim, claimTerms[i]);
  if (!claimOwn) return false;
  for (const term of termsOf(source)) if (subjectWord(source, term) && !partners.includes(term)) return true;
  return false;
}

/** A content word of the subject: a noun, name or adjective before the first verb, not in an attribution or a figure. */
function subjectWord(features: SentenceFeatures, term: Term): boolean {
  if (features.verbAt < 0 || term.token >= features.verbAt || term.secondary || term.standsIn) return false;
  if (term.pos !== 'noun' && term.pos !== 'entity' && term.pos !== 'adj') return false;
  return !features.values.some((v) => v.span.start <= term.start && term.end <= v.span.end);
}

/** A new clause with a subject of its own opens between two offsets: ", and", ", while", ";". */
const CLAUSE_BREAK = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+|a\s+|an\s+)?[A-Za-z]/i;
/** A sentence that opens with a subordinate clause: its main clause starts after the comma that ends it. */
const OPENING_SUBORDINATE = /^\W*(?:while|although|though|whereas|as|when|after|before|because|since|if|once)\b/i;

function clauseBreakBetween(features: SentenceFeatures, from: number, to: number): boolean {
  if (to <= from) return false;
  const between = features.text.slice(from - features.span.start, to - features.span.start);
  return CLAUSE_BREAK.test(between) || (between.includes(',') && OPENING_SUBORDINATE.test(features.text));
}
