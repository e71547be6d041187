// Writes src/UnionHome.Platform/Regions/regions.json from china-area-data (v5: NBS codes of 2019-10-31).
// Run with `npm run generate` after `npm ci`; never edit regions.json by hand.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tree = require('china-area-data/v5/data.json');
const output = fileURLToPath(new URL('../../src/UnionHome.Platform/Regions/regions.json', import.meta.url));

// Grouping rows, not places: their children belong to the unit above them.
const placeholders = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const regions = new Map();
const dropped = [];

function visit(key, parent) {
  for (const [code, name] of Object.entries(tree[key] ?? {})) {
    // Towns and streets (9 digits, only under 东莞, 中山, 儋州) are below county level.
    if (!/^\d{6}$/.test(code)) continue;
    if (placeholders.has(name)) {
      visit(code, parent);
      continue;
    }
    // GB/T 2260 codes nest; the dataset files 台中市's districts under 基隆市's codes (7103xx).
    if (parent !== null && !code.startsWith(significantDigits(parent))) {
      dropped.push(`${code} ${name} (listed under ${parent})`);
      continue;
    }
    if (regions.has(code)) throw new Error(`Code ${code} appears twice in the dataset`);
    regions.set(code, { code, name, parent });
    visit(code, code);
  }
}

function significantDigits(code) {
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
}

visit('86', null);

const lines = [...regions.values()]
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((region) => JSON.stringify(region));
writeFileSync(output, `[\n${lines.join(',\n')}\n]\n`, 'utf8');

console.log(`Wrote ${lines.length} regions to ${output}`);
if (dropped.length > 0) console.warn(`Dropped ${dropped.length} entries whose code does not nest:\n  ${dropped.join('\n  ')}`);
