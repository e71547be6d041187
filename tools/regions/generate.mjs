// Generates src/UnionHome.Platform/Regions/regions.json from the china-area-data package (MIT, GB/T 2260 codes,
// county level). Placeholder divisions (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are dropped and
// their children attached to the division above them, so that 北京市's districts and 湖北省's 仙桃市 hang
// directly under their province. Run: npm ci && npm run generate
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const data = require('china-area-data/data.json');
const version = require('china-area-data/package.json').version;
const placeholders = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const regions = [];
const seen = new Map();
function visit(parentCode, attachTo) {
  for (const [code, name] of Object.entries(data[parentCode] ?? {})) {
    if (placeholders.has(name)) {
      visit(code, attachTo);
      continue;
    }
    // The dataset repeats a few codes under two parents (Taiwan's districts): the first one is kept.
    if (seen.has(code)) {
      console.warn(`skipped duplicate code ${code} ${name} under ${parentCode} (kept ${seen.get(code)})`);
      continue;
    }
    seen.set(code, name);
    regions.push({ code, name, parent: attachTo });
    visit(code, code);
  }
}
visit('86', null);

regions.sort((a, b) => a.code.localeCompare(b.code));
const lines = regions.map((r) => JSON.stringify(r));
const target = new URL('../../src/UnionHome.Platform/Regions/regions.json', import.meta.url);
writeFileSync(target, `[\n${lines.join(',\n')}\n]\n`);
console.log(`china-area-data ${version}: ${regions.length} regions written to ${target.pathname}`);
