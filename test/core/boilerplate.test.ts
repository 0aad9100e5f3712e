import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../server/src/core/article/parse';
import { classifyLine } from '../../server/src/core/article/boilerplate';
import { ECBPLUS, SHARED, natoFile } from '../helpers/paths';
import { contains, spanOf } from '../helpers/text';

const seed = (prefix: string) => {
  const text = readFileSync(natoFile(prefix), 'utf8');
  return { text, parsed: parseArticle(text, { referenceDate: '2024-02-22' }) };
};
const isBoilerplate = (parsed: ReturnType<typeof parseArticle>, span: { start: number; end: number }) =>
  parsed.boilerplate.some((b) => contains(b.span, span));

describe('boilerplate on the seed articles', () => {
  const cases: Array<[string, string, number?]> = [
    ['002', 'WORLD'], ['002', '4 MIN READ'], ['002', 'By Staff Reporter'], ['002', '/ Photo: Reuters / Reuters'],
    ['002', 'RelatedNATO calls on Europe to increase arms production for Ukraine'], ['002', 'RECOMMENDED'],
    ['002', "RelatedNATO decides to extend Stoltenberg's position for another year"], ['002', 'SOURCE:TRTWorld and agencies'],
    ['002', 'Explore'], ['002', 'China announces support for Cuba'], ['002', 'Gold prices fall sharply'],
    ['002', 'Trump sets terms for Iran talks'], ['002', 'February 22, 2024'],
    ['004', 'Advertisment', 1], ['004', 'Advertisment', 2], ['004', 'Advertisment', 3],
    ['004', 'UK announces new sanctions against Russia'], ['004', 'Russia claims to have taken over village'],
    ['004', 'Iran & Russia: Growing military ties'], ['004', '(With inputs from agencies)'], ['004', 'London, UK'],
    ['000', '(MENAFN)'],
  ];
  for (const [file, needle, occurrence] of cases) {
    test(`${file}: "${needle}"${occurrence ? ` #${occurrence}` : ''} is boilerplate`, () => {
      const { text, parsed } = seed(file);
      assert.ok(isBoilerplate(parsed, spanOf(text, needle, occurrence)));
      assert.ok(!parsed.sentences.some((s) => contains(s.span, spanOf(text, needle, occurrence))));
    });
  }

  test('every labelled claim of the gold file stays out of boilerplate', () => {
    const gold = JSON.parse(readFileSync(path.join(SHARED, 'eval', 'gold', 'nato-2024.json'), 'utf8')) as {
      claims: Array<{ file: string; anchor: string; label: string; occurrence?: number }>;
    };
    for (const claim of gold.claims.filter((c) => c.label !== 'none')) {
      const { text, parsed } = seed(claim.file);
      const span = spanOf(text, claim.anchor, claim.occurrence);
      assert.ok(!isBoilerplate(parsed, span), `${claim.file}: ${claim.anchor}`);
      assert.ok(parsed.sentences.some((s) => s.span.start < span.end && span.start < s.span.end), `no sentence at ${claim.anchor}`);
    }
  });

  test('a repeated headline is boilerplate the second time only', () => {
    const { text, parsed } = seed('002');
    const headline = 'Dutch PM Mark Rutte gains US, UK backing for NATO chief';
    assert.ok(!isBoilerplate(parsed, spanOf(text, headline, 1)));
    assert.ok(isBoilerplate(parsed, spanOf(text, headline, 2)));
    assert.equal(parsed.blocks.find((b) => b.kind === 'headline') && text.slice(parsed.blocks.find((b) => b.kind === 'headline')!.span.start).startsWith(headline), true);
  });
});

describe('kinds of boilerplate line (not the seed strings)', () => {
  const lines: Array<[string, string | undefined]> = [
    ['Advertisement', 'advertisement'], ['ADVERTISEMENT', 'advertisement'], ['Story continues below advertisement', 'advertisement'],
    ['Read more: Council votes on budget', 'link'], ['RELATED: Ferry fares rise again', 'link'], ['Watch: The bridge at night', 'link'],
    ['RelatedHarbour board names new chair', 'link'], ['3 MIN READ', 'reading-time'], ['5 min read', 'reading-time'],
    ['By Jane Okafor', 'byline'], ['By Jane Okafor and Tom Reyes, Reuters', 'byline'], ['Photo: Harbour Agency', 'credit'],
    ['Source: agencies', 'credit'], ['(With inputs from PTI)', 'agency'], ['(Reuters)', 'agency'], ['BUSINESS', 'label'],
    ['Updated: March 12, 2024 10:32 GMT', 'dateline'], ['TUESDAY, OCTOBER 11, 2011', 'dateline'],
    ['Monday, Sep 10, 2012 | Updated 9: 01 AM EDT', 'dateline'], ['21 July 2013 Last updated at 11: 11 GMT', 'dateline'],
    ['PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013', 'dateline'],
    ['on April 30, 2008 at 4: 31 AM, updated April 30, 2008 at 8: 33 AM', 'dateline'], ['Updated 4 / 9 / 2007 6: 04 PM', 'dateline'],
    ['The rule was last updated on 9 June 2013.', undefined], ['on Monday the board met at 4: 31 AM, updated its plan', undefined], ['Sales rose | Updated figures follow', undefined],
    ['http: / / www. example. com / news / story', 'url'], ['Follow us on Twitter for live updates', 'social'],
    ['Copyright 2024 Harbour Media', 'credit'],
    ['By the end of the year the bridge will reopen.', undefined], ['The mayor said the works would take nine years.', undefined],
    ['Watch the council meeting closely, analysts say.', undefined], ['Reading the report takes time.', undefined],
  ];
  for (const [line, kind] of lines) test(`${JSON.stringify(line)} -> ${kind ?? 'prose'}`, () => assert.equal(classifyLine(line), kind));
});

describe('boilerplate on ecbplus', () => {
  test('source addresses are boilerplate and long prose lines are not', () => {
    let urls = 0;
    for (const folder of readdirSync(ECBPLUS)) {
      for (const file of readdirSync(path.join(ECBPLUS, folder))) {
        const text = readFileSync(path.join(ECBPLUS, folder, file), 'utf8');
        const parsed = parseArticle(text);
        for (const b of parsed.boilerplate) {
          const content = text.slice(b.span.start, b.span.end);
          if (/^http/.test(content)) urls++;
          const proseLike = content.split(/\s+/).length >= 20 && /[.!?]["”]?$/.test(content) && b.kind !== 'repeated';
          assert.ok(!proseLike, `${folder}/${file}: prose taken for boilerplate (${b.kind}): ${content.slice(0, 80)}`);
        }
        const firstLine = text.split('\n')[0];
        if (/^http: \/ \//.test(firstLine)) assert.ok(parsed.boilerplate.some((b) => b.span.start === 0), `${folder}/${file}`);
      }
    }
    assert.ok(urls > 400, `only ${urls} source addresses found`);
  });
});
