#!/usr/bin/env node
/**
 * Builds server/src/core/lexicon/countries-table.json from the `world-countries` devDependency.
 *
 * The table keeps only what entity matching needs: for each country its ISO alpha-3 code, the
 * English names and abbreviations that appear in news prose, its English demonyms and its capital.
 * Native-script spellings, two-letter codes and names that double as ordinary words are dropped
 * here, so that the runtime matcher can trust every row. Output is deterministic (sorted by code,
 * one country per line) so that regenerating it gives a clean diff.
 *
 * Usage: node scripts/build-entities.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, 'node_modules/world-countries/countries.json');
const target = resolve(root, 'server/src/core/lexicon/countries-table.json');
const sourceVersion = JSON.parse(readFileSync(resolve(root, 'node_modules/world-countries/package.json'), 'utf8')).version;
const countries = JSON.parse(readFileSync(source, 'utf8'));

/** Two-letter codes are mostly ordinary words in capitals (IN, IT, NO, ME); only these are used. */
const TWO_LETTER_KEPT = new Set(['US', 'UK']);

/**
 * Alternative spellings that are also common words or surnames in English text ("Island" is
 * Icelandic for Iceland, "Mann" for the Isle of Man), so matching them would mislabel prose.
 */
const EXCLUDED_NAMES = new Set(['Island', 'Mann', 'Dominique', 'Viti', 'Prathet', 'Lao', 'Timor']);

/** Capitals that are common first names or surnames; they are left to the person rules. */
const EXCLUDED_CAPITALS = new Set(['Victoria', 'Malé', 'Kingston', 'Hamilton', 'Stanley', 'Douglas', 'The Bottom']);

/** Disputed or partially recognised states whose capitals are still newsworthy places. */
const CAPITALS_OF_NON_MEMBERS = new Set(['TWN', 'PSE', 'UNK', 'VAT']);

const LATIN_ONLY = /^[\p{Script=Latin}\p{M}0-9\s.'’-]+$/u;

/** Folds a name the way the runtime matcher compares tokens: case, accents and dots ignored. */
function fold(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.]/g, '').replace(/[\s-]+/g, ' ').toLowerCase().trim();
}

function usableName(name) {
  if (!LATIN_ONLY.test(name) || EXCLUDED_NAMES.has(name)) return false;
  if (/^[A-Z]{2}$/.test(name)) return TWO_LETTER_KEPT.has(name);
  return true;
}

/** "The Netherlands" and "Netherlands" are one alias: the article is matched (or not) by prose rules. */
function withoutArticle(name) {
  return name.replace(/^the\s+/i, '');
}

/** Demonym fields sometimes hold two ("Antiguan, Barbudan", "Kittitian or Nevisian"). */
function splitDemonyms(value) {
  return value.split(/,\s*|\s+or\s+/).map((part) => part.trim()).filter(Boolean);
}

function rank(country) {
  return country.independent === true || country.unMember === true ? 0 : 1;
}

/**
 * Gathers candidate aliases with a priority (lower wins) so that a name claimed by two entries
 * goes to the one for which it is the primary name, then to a sovereign state; exact ties are
 * ambiguous ("Congolese", "Dominican") and the alias is dropped.
 */
function collect(kindOf) {
  const claims = new Map();
  for (const country of countries) {
    for (const [priority, name] of kindOf(country)) {
      const key = fold(name);
      if (!key) continue;
      const claim = { code: country.cca3, priority: priority * 2 + rank(country), name };
      const previous = claims.get(key);
      if (!previous || claim.priority < previous.priority) claims.set(key, { ...claim, tied: false });
      else if (claim.priority === previous.priority && previous.code !== claim.code) previous.tied = true;
    }
  }
  const byCode = new Map();
  for (const claim of claims.values()) {
    if (claim.tied) continue;
    if (!byCode.has(claim.code)) byCode.set(claim.code, []);
    byCode.get(claim.code).push(claim.name);
  }
  return byCode;
}

const names = collect((country) => {
  const candidates = [[0, country.name.common], [1, country.name.official]];
  for (const alt of country.altSpellings ?? []) candidates.push([2, alt]);
  return candidates
    .filter(([, name]) => typeof name === 'string' && !/[,()]/.test(name))
    .map(([priority, name]) => [priority, withoutArticle(name)])
    .filter(([, name]) => usableName(name));
});

const demonyms = collect((country) => {
  const english = country.demonyms?.eng ?? {};
  const values = new Set([english.m, english.f].filter(Boolean).flatMap(splitDemonyms));
  return [...values].filter((name) => LATIN_ONLY.test(name)).map((name) => [0, name]);
});

const nameKeys = new Set([...names.values()].flat().map(fold));

const rows = [];
for (const country of [...countries].sort((a, b) => a.cca3.localeCompare(b.cca3))) {
  const code = country.cca3;
  const ownNames = uniqueSorted(names.get(code) ?? []);
  if (ownNames.length === 0) continue;
  const capitalAllowed = rank(country) === 0 || CAPITALS_OF_NON_MEMBERS.has(code);
  // A capital that is also a country name (Singapore, Monaco) is matched as the country.
  const capitals = capitalAllowed
    ? (country.capital ?? [])
        .map((capital) => capital.replace(/\s+D\.C\.$/, ''))
        .filter((capital) => LATIN_ONLY.test(capital) && !EXCLUDED_CAPITALS.has(capital) && !nameKeys.has(fold(capital)))
    : [];
  rows.push([code, ownNames, uniqueSorted(demonyms.get(code) ?? []), uniqueSorted(capitals)]);
}

function uniqueSorted(values) {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));
}

const header = {
  about: `Generated by scripts/build-entities.mjs from world-countries ${sourceVersion} (ODbL). Do not edit.`,
  columns: ['iso3', 'names', 'demonyms', 'capitals'],
};
const body = rows.map((row) => '    ' + JSON.stringify(row)).join(',\n');
const json = `{\n  "about": ${JSON.stringify(header.about)},\n  "columns": ${JSON.stringify(header.columns)},\n  "rows": [\n${body}\n  ]\n}\n`;
writeFileSync(target, json);
console.log(`wrote ${rows.length} countries, ${json.length} bytes to ${target}`);
