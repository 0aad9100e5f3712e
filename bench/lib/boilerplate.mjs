// Lines that scraped news pages carry around the article's own prose. Each helper returns
// { text, boilerplateKind }; article.mjs decides how often each appears (PLAN below), in proportions
// close to what scraped copy shows: most articles carry a byline or an advertisement marker, fewer
// carry photo credits or a trailing list of other headlines.
import { unrelatedHeadline } from './filler.mjs';

/** How often each kind of boilerplate appears in an article (probability per article). */
export const PLAN = {
  section: 0.25, byline: 0.45, readTime: 0.25, photo: 0.25, advertisement: 0.55, alsoRead: 0.35, watch: 0.08,
  share: 0.1, agencyCredit: 0.2, explore: 0.15,
};

const line = (text, boilerplateKind) => ({ text, boilerplateKind });

export function sectionLabel(rng, section) {
  return line(rng.chance(0.7) ? section : section.charAt(0) + section.slice(1).toLowerCase(), 'section');
}

export function byline(rng, names) {
  const person = () => names.person('a reporter', '', false).full;
  return line(rng.weighted([
    [3, () => 'By Staff Reporter'], [4, () => `By ${person()}`], [2, () => `By ${person()} and ${person()}`],
    [1, () => `By ${person()}, ${names.outlet().replace(/^the /, '')}`],
  ])(), 'byline');
}

export function readTime(rng) {
  const n = rng.int(2, 7);
  return line(rng.pick([`${n} MIN READ`, `${n} min read`, `Reading time: ${n} minutes`]), 'read-time');
}

export function photoCredit(rng, names) {
  const agency = names.agency();
  return line(rng.pick([`/ Photo: ${agency} / ${agency}`, `Photo: ${names.person('a photographer', '', false).full} / ${agency}`,
    `(Photo: ${agency})`, `File photo: ${agency}`]), 'photo-credit');
}

export function advertisement(rng) {
  return line(rng.weighted([[8, 'Advertisement'], [2, 'ADVERTISEMENT'], [1, 'Story continues below advertisement'],
    [1, 'Advertisment']]), 'advertisement');
}

export function alsoRead(rng, names) {
  const label = rng.weighted([[5, 'Also read:'], [2, 'Also Read:'], [2, 'READ MORE:'], [2, 'RELATED:']]);
  // Scraped pages often keep the non-breaking space that followed the label.
  const gap = rng.chance(0.15) ? '\u00a0' : ' ';
  return line(`${label}${gap}${unrelatedHeadline(rng, names)}`, 'link');
}

export function watchLink(rng, names) {
  return line(`Watch: ${unrelatedHeadline(rng, names)}`, 'link');
}

export function sharePrompt(rng) {
  return line(rng.pick(['Share this article', 'Follow us for more local news', 'Sign up for our morning newsletter']), 'share');
}

export function agencyCredit(rng, names) {
  return line(rng.weighted([[4, () => '(With inputs from agencies)'], [2, () => `(With inputs from ${names.agency()})`],
    [2, () => `(Reporting by ${names.person('a reporter', '', false).full}; editing by ${names.person('an editor', '', false).full})`]])(),
  'agency-credit');
}

/** "Explore" (or "More stories") followed by three to five unrelated headlines, one per line. */
export function exploreList(rng, names) {
  const lines = [line(rng.chance(0.7) ? 'Explore' : 'More stories', 'explore')];
  const n = rng.int(3, 5);
  const seen = new Set();
  while (lines.length <= n) {
    const h = unrelatedHeadline(rng, names);
    if (seen.has(h)) continue;
    seen.add(h);
    lines.push(line(h, 'explore-headline'));
  }
  return lines;
}

/** The dateline an undated article opens with ("Kelmouth, March 12, 2024" or "March 12, 2024"). */
export function dateline(rng, place, month, dom, year) {
  return line(rng.pick([`${place}, ${month} ${dom}, ${year}`, `${month} ${dom}, ${year}`, `${dom} ${month} ${year}`]), 'dateline');
}
