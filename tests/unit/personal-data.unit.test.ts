/**
 * No personal data in the hub: the names the reports print beside a phone mark (☎), and phone
 * numbers themselves, appear nowhere in seeds/ (role titles may).
 */
import fs from 'node:fs';
import path from 'node:path';
import { SOURCES_DIR } from '../../lib/graphql/source-ref';
import { SEEDS_DIR } from '../../lib/seeds/read-seeds';
import { REPORT_FILES } from '../../lib/seeds/records';

const HANGUL_NAME = '[\\uAC00-\\uD7A3]{2,4}';

/** Names printed as "<role>: <name> ☎ <number>" or "<name> ☎ <number>". */
function namesBesidePhones(): Set<string> {
  const names = new Set<string>();
  for (const file of REPORT_FILES) {
    const text = fs.readFileSync(path.join(SOURCES_DIR, file), 'utf8');
    for (const match of text.matchAll(new RegExp(`(${HANGUL_NAME})\\s*☎`, 'g'))) {
      // A service's public number ("콜센터☎1396") is not a person.
      if (!/센터$/.test(match[1])) names.add(match[1]);
    }
    // "<role>: <name>" sign-offs and "(교육감 <name>)"-style mentions.
    for (const match of text.matchAll(new RegExp(`(?:장|담당|연구사|연구관|주무관|장학사|장학관)\\s*[:：]\\s*(${HANGUL_NAME})(?![\\uAC00-\\uD7A3])`, 'g'))) names.add(match[1]);
    for (const match of text.matchAll(new RegExp(`\\((?:교육감|원장|부교육감)\\s+(${HANGUL_NAME})\\)`, 'g'))) names.add(match[1]);
  }
  return names;
}

function seedTexts(): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  for (const dir of fs.readdirSync(SEEDS_DIR)) {
    const full = path.join(SEEDS_DIR, dir);
    if (dir === 'sources' || !fs.statSync(full).isDirectory()) continue;
    for (const file of fs.readdirSync(full).filter((f) => f.endsWith('.json'))) files.push([`${dir}/${file}`, fs.readFileSync(path.join(full, file), 'utf8')]);
  }
  return files;
}

describe('personal data', () => {
  const names = namesBesidePhones();

  it('the reports do print officials\' names beside phone numbers (the check has something to find)', () => {
    expect(names.size).toBeGreaterThan(20);
    expect(names).toContain('안성은');
    expect(names).toContain('조희연'); // 002:19, "(교육감 조희연)"
    expect(names).toContain('송영미'); // a "부장: <name>" sign-off
  });

  it('no such name appears in any seed file', () => {
    const hits = seedTexts().flatMap(([file, text]) => [...names].filter((name) => text.includes(name)).map((name) => `${file}: ${name}`));
    expect(hits).toEqual([]);
  });

  it('no phone mark or phone number appears in any seed file', () => {
    const hits = seedTexts().flatMap(([file, text]) => (/☎|\b0\d{1,2}-\d{3,4}-\d{4}\b|\b\d{4}-\d{3}\b/.test(text) ? [file] : []));
    expect(hits).toEqual([]);
  });
});
