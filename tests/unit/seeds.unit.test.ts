/** Seed files: validation errors name the file, the record and the field; references and citations must resolve. */
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

/** The message of the seed error `read` throws (the whole of it, so a test can pin it exactly). */
function errorOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as Error).message;
  }
  throw new Error('the seeds were accepted');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

describe('seed citations', () => {
  it('a line past the end of its report stops the load, naming file, record and field', () => {
    const dir = seedsCopy();
    edit(dir, 'budgets/000-summary-tables.json', (data) => {
      data.budgetTables[1].rows[27].lines = '4000';
    });
    expect(errorOf(() => readSubgraphSeeds('budgets', dir))).toBe(
      `${path.join(dir, 'budgets', '000-summary-tables.json')}: budgetTables[1] (id "000-tasks"): field "rows.27.lines": line 4000 is past the end of 000_6ee2828e32648fc3.txt (3,321 lines)`,
    );
  });

  it('the last line of a report may be cited, the one after it not (a final newline ends a line, it adds none)', () => {
    const dir = seedsCopy();
    const cite = (lines: string) =>
      edit(dir, 'organizations/001-staffing.json', (data) => {
        data.staffingLines[0].source.lines = lines;
      });
    cite('5696');
    expect(() => readSubgraphSeeds('organizations', dir)).not.toThrow();
    cite('5697');
    expect(errorOf(() => readSubgraphSeeds('organizations', dir))).toMatch(/field "source\.lines": line 5697 is past the end of 001_bb76ef901cc1ef9e\.txt \(5,696 lines\)$/);
  });

  it('a range running past the end of its report is refused, in a list of ranges too', () => {
    const dir = seedsCopy();
    edit(dir, 'organizations/organizations.json', (data) => {
      data.organizations[0].source = { file: '004_adfa508fe1f057aa.txt', lines: '275,630-650' };
    });
    expect(errorOf(() => readSubgraphSeeds('organizations', dir))).toBe(
      `${path.join(dir, 'organizations', 'organizations.json')}: organizations[0] (id "seoul"): field "source.lines": range 630-650 runs past the end of 004_adfa508fe1f057aa.txt (640 lines)`,
    );
  });

  it('line 0 is refused', () => {
    const dir = seedsCopy();
    edit(dir, 'training/000-training.json', (data) => {
      data.trainingPrograms[0].editions[0].lines = '0';
    });
    expect(errorOf(() => readSubgraphSeeds('training', dir))).toBe(
      `${path.join(dir, 'training', '000-training.json')}: trainingPrograms[0] (id "000-training-policy-research-support-group-workshop"): field "editions.0.lines": line 0 does not exist: lines count from 1`,
    );
  });

  it('a range that runs backwards is refused', () => {
    const dir = seedsCopy();
    edit(dir, 'organizations/000-findings.json', (data) => {
      data.curatedFindings[0].sourceA.lines = '288,249-232';
    });
    expect(errorOf(() => readSubgraphSeeds('organizations', dir))).toBe(
      `${path.join(dir, 'organizations', '000-findings.json')}: curatedFindings[0] (id "000-two-values-learning-communities"): field "sourceA.lines": range 249-232 runs backwards`,
    );
  });

  it('a file that is not one of the five reports is refused', () => {
    const dir = seedsCopy();
    edit(dir, 'infrastructure/000-infrastructure.json', (data) => {
      data.informationSystems[0].source.file = '005_0000000000000000.txt';
    });
    expect(errorOf(() => readSubgraphSeeds('infrastructure', dir))).toBe(
      `${path.join(dir, 'infrastructure', '000-infrastructure.json')}: informationSystems[0] (id "000-sys-neis"): field "source.file": "005_0000000000000000.txt" is not one of the five reports in seeds/sources (000_6ee2828e32648fc3.txt, 001_bb76ef901cc1ef9e.txt, 002_7b831dc6e42aaa5b.txt, 003_b8983c9216e6e007.txt, 004_adfa508fe1f057aa.txt)`,
    );
  });

  it('a report missing from the sources is named on the first record that cites it', () => {
    const dir = seedsCopy();
    fs.rmSync(path.join(dir, 'sources', '003_b8983c9216e6e007.txt'));
    expect(errorOf(() => readSubgraphSeeds('budgets', dir))).toMatch(
      new RegExp(
        `^${escape(`${path.join(dir, 'budgets', '003-budget.json')}: budgetTables[0] (id "003-programs"): field "source.file": 003_b8983c9216e6e007.txt is missing from ${path.join(dir, 'sources')}`)} \\(and \\d+ more problem\\(s\\) in this file\\)$`,
      ),
    );
  });

  it('reads each report once, however many records cite it', () => {
    const dir = seedsCopy();
    const read = jest.spyOn(fs, 'readFileSync');
    try {
      readAllSeeds(dir);
      const reports = read.mock.calls.map(([file]) => String(file)).filter((file) => file.startsWith(path.join(dir, 'sources')));
      expect(reports.sort()).toEqual(['000_6ee2828e32648fc3.txt', '001_bb76ef901cc1ef9e.txt', '002_7b831dc6e42aaa5b.txt', '003_b8983c9216e6e007.txt', '004_adfa508fe1f057aa.txt'].map((f) => path.join(dir, 'sources', f)));
    } finally {
      read.mockRestore();
    }
  });
});

describe('duplicate ids', () => {
  it('across two files: the error names both files and both records', () => {
    const dir = seedsCopy();
    edit(dir, 'organizations/001-facts.json', (data) => {
      data.organizationFacts[0].id = '000-fact-it-staff-peer/gyeongnam/rank';
    });
    expect(errorOf(() => readAllSeeds(dir))).toBe(
      `organization facts: duplicate id "000-fact-it-staff-peer/gyeongnam/rank": ${path.join(dir, 'organizations', '000-facts.json')} organizationFacts[3] and ${path.join(dir, 'organizations', '001-facts.json')} organizationFacts[0]`,
    );
  });

  it('within one file: the same check names both records', () => {
    const dir = seedsCopy();
    edit(dir, 'organizations/organizations.json', (data) => {
      data.organizations[5].id = data.organizations[2].id;
    });
    const file = path.join(dir, 'organizations', 'organizations.json');
    expect(errorOf(() => readAllSeeds(dir))).toBe(`organizations: duplicate id "seoul-hrdi": ${file} organizations[2] and ${file} organizations[5]`);
  });

  it('a budget line id given twice (a position repeated in a table) names both rows', () => {
    const dir = seedsCopy();
    edit(dir, 'budgets/000-summary-tables.json', (data) => {
      data.budgetTables[1].rows[28].position = 28;
    });
    const at = `${path.join(dir, 'budgets', '000-summary-tables.json')} budgetTables[1] (id "000-tasks")`;
    expect(errorOf(() => readAllSeeds(dir))).toBe(`budget lines: duplicate id "000-tasks/28": ${at} rows[27] and ${at} rows[28]`);
  });
});
