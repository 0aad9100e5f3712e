/**
 * The date an undated article's year-less dates are placed near ("Saturday, January 25", "on
 * May 9"): the median date of the dated articles in its own folder, else of the whole corpus.
 * Archives keep a story's copy together (a folder per story, per day or per month), so in a corpus
 * of many years the folder's dates are near the article's and the corpus's median may be years
 * away: on the planted 10k corpus, a Saturday, January 25 placed by the corpus's median fell in
 * 2020 while the story's other articles were of 2025.
 */

/** An article's id and its header date, if any. */
export type DatedId = readonly [id: string, date: string | undefined];

/** Given every article's id and header date, the reference date of each id (see above). */
export function referenceDates(articles: Iterable<DatedId>): (id: string) => string | undefined {
  const byFolder = new Map<string, string[]>();
  const all: string[] = [];
  for (const [id, date] of articles) {
    if (date === undefined) continue;
    all.push(date);
    const folder = folderOf(id);
    const dates = byFolder.get(folder);
    if (dates) dates.push(date);
    else byFolder.set(folder, [date]);
  }
  const overall = medianDate(all);
  const medians = new Map([...byFolder].map(([folder, dates]) => [folder, medianDate(dates)]));
  return (id) => medians.get(folderOf(id)) ?? overall;
}

/** The median of some dates (YYYY-MM-DD), the upper one of an even count. */
export function medianDate(dates: readonly string[]): string | undefined {
  return middleOf([...dates].sort());
}

/** The middle of dates already sorted (see `medianDate`). */
export function middleOf(sorted: readonly string[]): string | undefined {
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
}

/** An id's folder: a path or URI up to its last separator (either slash). */
function folderOf(id: string): string {
  return id.slice(0, Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
}
