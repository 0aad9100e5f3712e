/**
 * The story report's stylesheet and its small optional script, kept as strings so that the report
 * stays one self-contained file: no build step copies assets, and nothing is fetched when it opens.
 * The report works without the script; it only adds the fact filter and opens details for print.
 */

/** Colours are chosen for at least 4.5:1 contrast (WCAG AA) in both the light and dark schemes. */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --fg: #1a1a1a; --muted: #4f4f4f; --bg: #ffffff; --line: #c4c4c4; --head: #f0f0f0; --row-alt: #fafafa;
  --states-bg: #dcefe0; --states-fg: #14532d; --contra-bg: #fde2df; --contra-fg: #8a1c13;
  --silent: #6b6b6b; --accent: #1d4ed8; --mark: #fff0a0; --kind-bg: #e8e8f4; --kind-fg: #2b2b6b;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6e6e6; --muted: #b8b8b8; --bg: #161616; --line: #4a4a4a; --head: #242424; --row-alt: #1c1c1c;
    --states-bg: #173b24; --states-fg: #b9f0c9; --contra-bg: #4a1915; --contra-fg: #ffcdc6;
    --silent: #a6a6a6; --accent: #9bbcff; --mark: #5a4a00; --kind-bg: #2c2c4a; --kind-fg: #d6d6ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 1rem 1.5rem 3rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .25rem; padding-top: .75rem; border-top: 3px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.meta, .note, .legend { color: var(--muted); margin: .25rem 0; }
.note { font-style: italic; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.toc { columns: 18rem; margin: .5rem 0 0; padding-left: 1.25rem; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; margin: 1rem 0; padding: .5rem .75rem; background: var(--head); border: 1px solid var(--line); }
.filters[hidden] { display: none; }
.filters input[type="search"] { font: inherit; padding: .15rem .4rem; min-width: 16rem; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); }
table { border-collapse: separate; border-spacing: 0; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; caption-side: top; }
th, td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; }
thead th { background: var(--head); text-align: left; font-weight: 600; }
.matrix-scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-right: 0; border-bottom: 0; }
/* A fixed layout sizes the columns from the header row alone: a large matrix is laid out once, not
   again for every row the parser adds. The 1px width lets the columns' widths decide the table's. */
.matrix { table-layout: fixed; width: 1px; }
.matrix thead th { position: sticky; top: 0; z-index: 2; font-size: .85rem; width: 8.5rem; overflow-wrap: anywhere; }
.matrix thead th.fact-head { left: 0; z-index: 3; width: 26rem; }
.matrix tbody th { position: sticky; left: 0; z-index: 1; background: var(--bg); font-weight: normal; text-align: left; overflow-wrap: break-word; }
.matrix tbody tr:nth-child(even) th { background: var(--row-alt); }
.matrix .fact-meta { display: block; color: var(--muted); font-size: .8rem; }
.matrix .col-num { display: inline-block; min-width: 1.5em; font-weight: 700; }
.matrix .col-date { display: block; font-weight: normal; color: var(--muted); }
.matrix td { font-size: .85rem; }
/* Stories off screen are not laid out until scrolled to: a report of many stories opens quickly. */
section.story { content-visibility: auto; contain-intrinsic-size: auto 1500px; }
td.states { background: var(--states-bg); color: var(--states-fg); }
td.contradicts { background: var(--contra-bg); color: var(--contra-fg); font-weight: 600; overflow-wrap: anywhere; }
td.silent { color: var(--silent); text-align: center; }
td.silent::before { content: "·"; content: "·" / ""; }
td.silent i { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
td .also { display: block; font-weight: normal; }
.ref { font-size: .75rem; font-weight: normal; color: var(--muted); }
.kind { display: inline-block; padding: 0 .4rem; border-radius: .6rem; font-size: .8rem; background: var(--kind-bg); color: var(--kind-fg); }
.conflicts { padding-left: 1.5rem; }
.conflict { margin: 0 0 1rem; }
.conflict .values { margin: 0 0 .25rem; }
.conflict dl { margin: 0; display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .2rem 1rem; }
.conflict dt { color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
.conflict dd { margin: 0; }
mark { background: var(--mark); color: var(--fg); padding: 0 .1em; }
.quotes { padding-left: 1.25rem; }
.where { color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
.summary td.num, .summary th.num { text-align: right; font-variant-numeric: tabular-nums; }
.summary td { font-size: .9rem; }
.summary tbody th { text-align: left; font-weight: 600; overflow-wrap: anywhere; }
.summary .date { white-space: nowrap; }
.summary .headline { display: block; color: var(--muted); font-size: .85rem; }
.summary code, .conflict code { font-size: .85rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { padding: 0; font-size: 9pt; }
  .filters, .skip { display: none !important; }
  .matrix-scroll { overflow: visible; max-height: none; border: 0; }
  .matrix thead th, .matrix tbody th { position: static; }
  section.story { content-visibility: visible; }
  thead { display: table-header-group; }
  tr, .conflict { break-inside: avoid; }
  h2 { break-before: page; border-top: 0; }
  section.story:first-of-type h2 { break-before: auto; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** Filters the fact rows (text, contradicted only, stated by several articles) and opens details for print. */
export const REPORT_SCRIPT = `
(function () {
  var panel = document.getElementById('filters');
  if (!panel) return;
  panel.hidden = false;
  var text = document.getElementById('filter-text');
  var contradicted = document.getElementById('filter-contradicted');
  var shared = document.getElementById('filter-shared');
  var status = document.getElementById('filter-status');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.matrix tbody tr'));
  function apply() {
    var needle = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var head = row.querySelector('th');
      var visible = (!needle || (head ? head.textContent : '').toLowerCase().indexOf(needle) >= 0) &&
        (!contradicted.checked || row.getAttribute('data-contradicted') !== '0') &&
        (!shared.checked || Number(row.getAttribute('data-stated')) > 1);
      row.hidden = !visible;
      if (visible) shown++;
    });
    status.textContent = shown + ' of ' + rows.length + ' facts shown';
  }
  text.addEventListener('input', apply);
  contradicted.addEventListener('change', apply);
  shared.addEventListener('change', apply);
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  apply();
})();
`;
