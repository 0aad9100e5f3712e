/**
 * A sanity test of the TextMate grammar with JavaScript's regular expressions: every expression
 * compiles, and each rule recognises the kind of line it is for (and leaves prose alone). The
 * grammar is also tokenized for real, with VS Code's own TextMate engine, by `run.sh`
 * (`grammar-tokens.mjs`). The sample lines are invented for these tests.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  patterns?: Rule[];
  [key: string]: unknown;
}

const grammar = JSON.parse(readFileSync(path.join(REPO_ROOT, 'syntaxes', 'dated-article.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
};

/** Oniguruma → JavaScript for the little syntax the grammar allows itself: `\A` and a leading `(?i)`. */
function toRegExp(source: string): RegExp {
  const insensitive = source.startsWith('(?i)');
  const body = insensitive ? source.slice(4) : source;
  return new RegExp(body.replace(/\\A/g, '^'), insensitive ? 'i' : '');
}

function* expressions(rule: Rule, where: string): Generator<[string, string]> {
  for (const key of ['match', 'begin', 'end'] as const) {
    const value = rule[key];
    if (typeof value === 'string') yield [`${where}.${key}`, value];
  }
  for (const [i, r] of (rule.patterns ?? []).entries()) yield* expressions(r, `${where}.patterns[${i}]`);
}

/** The scope names of the rules of a repository entry that match somewhere in the line. */
function scopesMatching(ruleName: string, line: string): string[] {
  const found: string[] = [];
  const visit = (rule: Rule): void => {
    if (rule.match && toRegExp(rule.match).test(line)) found.push(rule.name ?? ruleName);
    if (rule.begin && rule.name && toRegExp(rule.begin).test(line)) found.push(rule.name);
    for (const r of rule.patterns ?? []) visit(r);
  };
  const rule = grammar.repository[ruleName];
  assert.ok(rule, `no rule ${ruleName}`);
  visit(rule);
  return found;
}

function firstMatch(ruleName: string, line: string): RegExpExecArray | null {
  const rule = grammar.repository[ruleName];
  const source = rule?.match ?? rule?.patterns?.find((r) => r.match && toRegExp(r.match).test(line))?.match;
  return source ? toRegExp(source).exec(line) : null;
}

describe('dated-article grammar', () => {
  test('every expression compiles, and every include names a rule', () => {
    const all = [...grammar.patterns.flatMap((r, i) => [...expressions(r, `patterns[${i}]`)])];
    for (const [name, rule] of Object.entries(grammar.repository)) all.push(...expressions(rule, name));
    assert.ok(all.length > 20);
    for (const [where, source] of all) assert.doesNotThrow(() => toRegExp(source), where);
    const includes = JSON.stringify(grammar).match(/"include":\s*"#[^"]+"/g) ?? [];
    for (const include of includes) {
      const name = include.replace(/.*"#/, '').replace(/"$/, '');
      assert.ok(name in grammar.repository, include);
    }
  });

  test('the exact header, and malformed ones apart', () => {
    const exact = firstMatch('first-line-header', ' date 2021-07-09 Harbour ferry fares rise');
    assert.equal(exact?.[1], 'date');
    assert.equal(exact?.[3], '2021-07-09');
    assert.deepEqual(scopesMatching('first-line-header', 'Date: 2021-07-09'), ['meta.header.date.malformed.dated-article']);
    assert.deepEqual(scopesMatching('first-line-header', 'date 09/07/2021'), ['meta.header.date.malformed.dated-article']);
    assert.deepEqual(scopesMatching('first-line-header', 'Harbour ferry fares rise'), []);
    const afterBlankLines = toRegExp(grammar.repository['leading-blank-lines']!.end!).exec('  date 2021-07-09');
    assert.equal(afterBlankLines?.[3], '2021-07-09');
  });

  test('kinds of boilerplate line', () => {
    const lines = [
      'Advertisement', 'ADVERTISMENT', 'Also read: Ferry operators cut winter routes', 'RelatedFerry operators cut routes',
      'RECOMMENDED', '3 min read', 'By Ana Lopes and Tom Reed', 'Photo: City archive', '(With inputs from agencies)',
      'https://news.example/harbour-fares', 'Follow us on Instagram for daily updates', '© 2021 Harbour Gazette',
    ];
    for (const line of lines) assert.ok(scopesMatching('boilerplate-line', line).length > 0, line);
    assert.match(firstMatch('agency-credit', '(Wirenews) - The ferry operator raised fares.')?.[0] ?? '', /^\(Wirenews\) -$/);
  });

  test('prose is not boilerplate', () => {
    const prose = [
      'The ferry operator said fares would rise by 12 per cent from Monday.',
      'By Monday the ferry had stopped running.',
      'Related talks between the unions and the council broke down on Friday.',
      'Watch officials said the crossing was safe.',
    ];
    for (const line of prose) assert.deepEqual(scopesMatching('boilerplate-line', line), [], line);
  });

  test('attribution cues, numbers, dates and quotes inside prose', () => {
    const line = 'The council told reporters on February 22, 2024 that 1,250 riders, or 40%, paid $3.5 million, according to “the port’s figures”.';
    const cues = [...line.matchAll(new RegExp(grammar.repository.attribution!.match!, 'g'))].map((m) => m[0]);
    assert.deepEqual(cues, ['told', 'according to']);
    const numbers = [...line.matchAll(new RegExp(grammar.repository.number!.patterns![0]!.match!, 'g'))].map((m) => m[0]);
    assert.ok(numbers.includes('1,250') && numbers.includes('40%') && numbers.includes('$3.5 million'), numbers.join(' | '));
    assert.match(line, toRegExp(grammar.repository['body-date']!.match!));
    assert.equal(toRegExp(grammar.repository['body-date']!.match!).exec('Maybe in May the fares fall.'), null);
    assert.deepEqual(
      [...'nine or ten years, not twice'.matchAll(new RegExp(grammar.repository.number!.patterns![1]!.match!.slice(4), 'gi'))].map((m) => m[0]),
      ['nine', 'ten', 'twice'],
    );
    const [curly, straight] = grammar.repository.quote!.patterns!;
    assert.ok(line.includes(curly!.begin!) && toRegExp(curly!.end!).test('”'));
    assert.ok(toRegExp(straight!.begin!).test('He said "no".'));
    assert.equal(toRegExp(straight!.begin!).test('a 5" screen'), false);
  });

  test('suppression comments', () => {
    const match = firstMatch('directive', '<!-- corroborate-disable-next-line quote/uncited -->');
    assert.equal(match?.[2], 'corroborate-disable-next-line');
    assert.equal(match?.[3]?.trim(), 'quote/uncited');
  });
});
