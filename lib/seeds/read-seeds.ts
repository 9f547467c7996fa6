/**
 * Reads and validates the curated seed files of a subgraph (seeds/<subgraph>/*.json).
 * A bad record stops everything with an error that names the file, the record and the field.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ZodError } from 'zod';
import { PROJECT_ROOT, SUBGRAPH_NAMES } from '../config';
import { citationProblems, ReportLineCounts } from './citations';
import { seedFiles, type BudgetsSeed, type InfrastructureSeed, type OrganizationsSeed, type SubgraphName, type TrainingSeed } from './records';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

export interface SeedContent {
  organizations: Required<OrganizationsSeed>;
  budgets: Required<BudgetsSeed>;
  training: Required<TrainingSeed>;
  infrastructure: Required<InfrastructureSeed>;
}

export class SeedValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedValidationError';
  }
}

/** Where a record was read: its seed file (as shown in errors), its list and its index there. */
export interface RecordOrigin {
  file: string;
  list: string;
  index: number;
}

/** "budgetTables[1] (id "000-tasks")": a record as errors name it. */
function recordLabel(list: string, index: number, item: unknown): string {
  const id = (item as { id?: unknown } | undefined)?.id;
  return `${list}[${index}]${typeof id === 'string' ? ` (id "${id}")` : ''}`;
}

/** One problem at `issuePath` ([list, index, ...field]) of a seed file, in the shape every seed error shares. */
function describe(file: string, data: unknown, issuePath: (string | number)[], message: string, others: number): string {
  const [listKey, index, ...field] = issuePath;
  let record = '';
  if (typeof listKey === 'string' && typeof index === 'number') {
    record = recordLabel(listKey, index, (data as Record<string, unknown[]>)[listKey]?.[index]);
  } else {
    record = issuePath.length ? String(issuePath[0]) : '(top level)';
  }
  const fieldName = field.length ? field.join('.') : issuePath.length > 2 ? '' : '(record)';
  const more = others > 0 ? ` (and ${others} more problem(s) in this file)` : '';
  return `${file}: ${record}: field "${fieldName}": ${message}${more}`;
}

function describeIssue(file: string, data: unknown, error: ZodError): string {
  const issue = error.issues[0];
  return describe(file, data, issue.path, issue.message, error.issues.length - 1);
}

function seedFilesOf(subgraph: SubgraphName, seedsDir: string): string[] {
  const dir = path.join(seedsDir, subgraph);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Validated, merged content of one subgraph's seed files, a checksum of their bytes, and where each
 * record was read (for errors that must name a record's file after the files are merged).
 * Citations are checked against the reports in `<seedsDir>/sources`.
 */
export function readSubgraphSeeds<S extends SubgraphName>(
  subgraph: S,
  seedsDir = SEEDS_DIR,
  reports = new ReportLineCounts(path.join(seedsDir, 'sources')),
): { content: SeedContent[S]; checksum: string; files: string[]; origins: Map<object, RecordOrigin> } {
  const hash = createHash('sha256');
  const merged: Record<string, unknown[]> = {};
  const origins = new Map<object, RecordOrigin>();
  const files = seedFilesOf(subgraph, seedsDir);
  for (const file of files) {
    const shown = path.relative(PROJECT_ROOT, file).startsWith('..') ? file : path.relative(PROJECT_ROOT, file);
    const bytes = fs.readFileSync(file);
    hash.update(path.basename(file)).update('\0').update(bytes).update('\0');
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new SeedValidationError(`${shown}: not valid JSON: ${(error as Error).message}`);
    }
    const parsed = seedFiles[subgraph].safeParse(data);
    if (!parsed.success) throw new SeedValidationError(describeIssue(shown, data, parsed.error));
    const problems = citationProblems(parsed.data, reports);
    if (problems.length) throw new SeedValidationError(describe(shown, parsed.data, problems[0].path, problems[0].message, problems.length - 1));
    for (const [key, list] of Object.entries(parsed.data as Record<string, object[]>)) {
      list.forEach((record, index) => origins.set(record, { file: shown, list: key, index }));
      (merged[key] ??= []).push(...list);
    }
  }
  for (const key of Object.keys(seedFiles[subgraph].shape)) merged[key] ??= [];
  return { content: merged as unknown as SeedContent[S], checksum: hash.digest('hex'), files, origins };
}

/** Every seed file, validated, with one checksum over them all. */
export interface ReadSeeds {
  content: SeedContent;
  checksum: string;
}

/**
 * Every subgraph's seeds, validated, with ids unique and every cross-reference resolved, and a
 * checksum over all their files (a subgraph's rows may be derived from others' seeds: findings are).
 */
export function readAllSeedsWithChecksum(seedsDir = SEEDS_DIR): ReadSeeds {
  const hash = createHash('sha256');
  const content: Record<string, unknown> = {};
  const origins = new Map<object, RecordOrigin>();
  const reports = new ReportLineCounts(path.join(seedsDir, 'sources'));
  for (const name of SUBGRAPH_NAMES) {
    const read = readSubgraphSeeds(name, seedsDir, reports);
    hash.update(name).update(read.checksum);
    content[name] = read.content;
    for (const [record, origin] of read.origins) origins.set(record, origin);
  }
  checkReferences(content as unknown as SeedContent, origins);
  return { content: content as unknown as SeedContent, checksum: hash.digest('hex') };
}

/** Every subgraph's seeds, validated, with ids unique and every cross-reference resolved. */
export function readAllSeeds(seedsDir = SEEDS_DIR): SeedContent {
  return readAllSeedsWithChecksum(seedsDir).content;
}

/** An id and the place that gives it, as a duplicate-id error names it. */
interface IdAt {
  id: string;
  at: string;
}

/** One check for every kind, whether the two records share a file or not: the error names both places. */
function unique(kind: string, ids: IdAt[]): Set<string> {
  const first = new Map<string, string>();
  for (const { id, at } of ids) {
    const earlier = first.get(id);
    if (earlier !== undefined) throw new SeedValidationError(`${kind}: duplicate id "${id}": ${earlier} and ${at}`);
    first.set(id, at);
  }
  return new Set(first.keys());
}

/**
 * Ids are unique per kind; organizationId, parentId, budgetLineId and systemId point at records that exist.
 * `origins` (from readSubgraphSeeds) lets errors name each record's file; without it, records are named by position.
 */
export function checkReferences(all: SeedContent, origins: Map<object, RecordOrigin> = new Map()): void {
  const place = (record: object, list: string, index: number) => {
    const origin = origins.get(record);
    return origin ? `${origin.file} ${origin.list}[${origin.index}]` : `${list}[${index}]`;
  };
  const idsOf = (list: string, records: Array<{ id: string }>): IdAt[] => records.map((r, index) => ({ id: r.id, at: place(r, list, index) }));

  const orgs = unique('organizations', idsOf('organizations', all.organizations.organizations));
  // Tables before their lines: a table given twice is reported as such, not as its first row's line id.
  unique('budget tables', idsOf('budgetTables', all.budgets.budgetTables));
  const lines = unique(
    'budget lines',
    all.budgets.budgetTables.flatMap((table, t) =>
      table.rows.map((row, r) => ({ id: `${table.id}/${row.position}`, at: `${place(table, 'budgetTables', t)} (id "${table.id}") rows[${r}]` })),
    ),
  );
  const systems = unique('information systems', idsOf('informationSystems', all.infrastructure.informationSystems));
  for (const [kind, list, records] of [
    ['staffing lines', 'staffingLines', all.organizations.staffingLines],
    ['facilities', 'facilities', all.organizations.facilities],
    ['history events', 'historyEvents', all.organizations.historyEvents],
    ['organization facts', 'organizationFacts', all.organizations.organizationFacts],
    ['recruitment exams', 'recruitmentExams', all.organizations.recruitmentExams],
    ['administrative metrics', 'administrativeMetrics', all.organizations.administrativeMetrics],
    // Their ids become the findings' ids (curated:<id>), which must be unique like any other.
    ['curated findings', 'curatedFindings', all.organizations.curatedFindings],
    ['stated amounts', 'statedAmounts', all.budgets.statedAmounts],
    ['performance indicators', 'performanceIndicators', all.budgets.performanceIndicators],
    ['training programs', 'trainingPrograms', all.training.trainingPrograms],
    ['competency assessments', 'competencyAssessments', all.training.competencyAssessments],
    ['training-hours tables', 'trainingHoursTables', all.training.trainingHoursTables],
    ['system facts', 'systemFacts', all.infrastructure.systemFacts],
    ['web addresses', 'webAddresses', all.infrastructure.webAddresses],
    ['network projects', 'networkProjects', all.infrastructure.networkProjects],
    ['security metrics', 'securityMetrics', all.infrastructure.securityMetrics],
    ['device rollouts', 'deviceRollouts', all.infrastructure.deviceRollouts],
    ['service metrics', 'serviceMetrics', all.infrastructure.serviceMetrics],
  ] as const) {
    unique(kind, idsOf(list, records));
  }

  const missing: string[] = [];
  const expect = (set: Set<string>, value: string | null | undefined, what: string) => {
    if (value && !set.has(value)) missing.push(`${what} → "${value}"`);
  };
  for (const org of all.organizations.organizations) expect(orgs, org.parentId, `organization ${org.id}.parentId`);
  const owned: Array<[string, Array<{ id: string; organizationId: string; budgetLineId?: string; systemId?: string }>]> = [
    ['staffing line', all.organizations.staffingLines],
    ['facility', all.organizations.facilities],
    ['history event', all.organizations.historyEvents],
    ['budget table', all.budgets.budgetTables],
    ['training program', all.training.trainingPrograms],
    ['information system', all.infrastructure.informationSystems],
    ['network project', all.infrastructure.networkProjects],
    ['security metric', all.infrastructure.securityMetrics],
    ['device rollout', all.infrastructure.deviceRollouts],
    ['service metric', all.infrastructure.serviceMetrics],
  ];
  for (const [kind, records] of owned) {
    for (const record of records) {
      expect(orgs, record.organizationId, `${kind} ${record.id}.organizationId`);
      expect(lines, record.budgetLineId, `${kind} ${record.id}.budgetLineId`);
      expect(systems, record.systemId, `${kind} ${record.id}.systemId`);
    }
  }
  for (const address of all.infrastructure.webAddresses) expect(systems, address.systemId, `web address ${address.id}.systemId`);
  for (const fact of all.infrastructure.systemFacts) {
    expect(systems, fact.systemId, `system fact ${fact.id}.systemId`);
    expect(orgs, fact.partnerOrganizationId, `system fact ${fact.id}.partnerOrganizationId`);
    expect(orgs, fact.reconcile?.organizationId, `system fact ${fact.id}.reconcile.organizationId`);
  }
  for (const table of all.budgets.budgetTables) expect(lines, table.taskBudgetLineId, `budget table ${table.id}.taskBudgetLineId`);
  for (const list of [
    all.budgets.statedAmounts,
    all.budgets.performanceIndicators,
    all.organizations.organizationFacts,
    all.organizations.recruitmentExams,
    all.organizations.administrativeMetrics,
    all.training.competencyAssessments,
    all.training.trainingHoursTables,
  ]) {
    for (const record of list) {
      expect(orgs, record.organizationId, `${record.id}.organizationId`);
      expect(lines, (record as { budgetLineId?: string }).budgetLineId, `${record.id}.budgetLineId`);
    }
  }
  const programs = new Set(all.training.trainingPrograms.map((p) => p.id));
  for (const program of all.training.trainingPrograms) {
    expect(programs, program.repeats, `training program ${program.id}.repeats`);
    for (const part of program.totalOf ?? []) expect(programs, part, `training program ${program.id}.totalOf`);
  }
  if (missing.length) {
    throw new SeedValidationError(`seed references point at nothing: ${missing.slice(0, 10).join('; ')}${missing.length > 10 ? ` (+${missing.length - 10} more)` : ''}`);
  }
}
