/** Seed files: validation errors name the file, the record and the field; references must resolve. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAllSeeds, readSubgraphSeeds, SEEDS_DIR, SeedValidationError } from '../../lib/seeds/read-seeds';

function seedsCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-seeds-'));
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, change: (data: any) => void): void {
  const full = path.join(dir, file);
  const data = JSON.parse(fs.readFileSync(full, 'utf8'));
  change(data);
  fs.writeFileSync(full, JSON.stringify(data));
}

describe('seed files', () => {
  it('the checked-in seeds validate, with every reference resolved', () => {
    const all = readAllSeeds();
    expect(all.organizations.organizations.length).toBeGreaterThan(100);
    expect(all.budgets.budgetTables.map((t) => t.id)).toEqual(expect.arrayContaining(['000-subprogram', '000-tasks']));
  });

  it('a bad record stops the load, naming file, record and field', () => {
    const dir = seedsCopy();
    edit(dir, 'budgets/000-summary-tables.json', (data) => {
      data.budgetTables[0].rows[3].current = '12,34x';
    });
    expect(() => readSubgraphSeeds('budgets', dir)).toThrow(SeedValidationError);
    expect(() => readSubgraphSeeds('budgets', dir)).toThrow(
      /budgets\/000-summary-tables\.json: budgetTables\[0\] \(id "000-subprogram"\): field "rows\.3\.current": an amount is printed like/,
    );
  });

  it('a missing field is named', () => {
    const dir = seedsCopy();
    edit(dir, 'organizations/organizations.json', (data) => {
      delete data.organizations[2].nameEn;
    });
    expect(() => readSubgraphSeeds('organizations', dir)).toThrow(/organizations\[2\] \(id "[^"]+"\): field "nameEn": Required/);
  });

  it('the checked-in files are named relative to the project', () => {
    expect(readSubgraphSeeds('budgets').files.map((f) => path.basename(f))).toContain('000-summary-tables.json');
  });

  it('malformed JSON is reported with its file', () => {
    const dir = seedsCopy();
    fs.writeFileSync(path.join(dir, 'training', '000-training.json'), '{ "trainingPrograms": [ ');
    expect(() => readSubgraphSeeds('training', dir)).toThrow(/training\/000-training\.json: not valid JSON/);
  });

  it('a reference to a missing organization or budget line is refused', () => {
    const dir = seedsCopy();
    edit(dir, 'training/000-training.json', (data) => {
      data.trainingPrograms[0].budgetLineId = '000-tasks/99';
    });
    expect(() => readAllSeeds(dir)).toThrow(/budgetLineId → "000-tasks\/99"/);
  });

  it('the checksum changes with the content and only with it', () => {
    const dir = seedsCopy();
    const before = readSubgraphSeeds('budgets', dir).checksum;
    expect(readSubgraphSeeds('budgets', dir).checksum).toBe(before);
    edit(dir, 'budgets/000-summary-tables.json', (data) => {
      data.budgetTables[0].titleEn = 'changed';
    });
    expect(readSubgraphSeeds('budgets', dir).checksum).not.toBe(before);
  });
});
