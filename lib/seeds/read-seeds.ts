/**
 * Reads and validates the curated seed files of a subgraph (seeds/<subgraph>/*.json).
 * A bad record stops everything with an error that names the file, the record and the field.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ZodError } from 'zod';
import { PROJECT_ROOT, SUBGRAPH_NAMES } from '../config';
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

function describeIssue(file: string, data: unknown, error: ZodError): string {
  const issue = error.issues[0];
  const [listKey, index, ...field] = issue.path;
  let record = '';
  if (typeof listKey === 'string' && typeof index === 'number') {
    const item = (data as Record<string, unknown[]>)[listKey]?.[index] as { id?: unknown } | undefined;
    record = `${listKey}[${index}]${item && typeof item.id === 'string' ? ` (id "${item.id}")` : ''}`;
  } else {
    record = issue.path.length ? String(issue.path[0]) : '(top level)';
  }
  const fieldName = field.length ? field.join('.') : issue.path.length > 2 ? '' : '(record)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s) in this file)` : '';
  return `${file}: ${record}: field "${fieldName}": ${issue.message}${more}`;
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

/** Validated, merged content of one subgraph's seed files, and a checksum of their bytes. */
export function readSubgraphSeeds<S extends SubgraphName>(
  subgraph: S,
  seedsDir = SEEDS_DIR,
): { content: SeedContent[S]; checksum: string; files: string[] } {
  const hash = createHash('sha256');
  const merged: Record<string, unknown[]> = {};
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
    for (const [key, list] of Object.entries(parsed.data as Record<string, unknown[]>)) {
      (merged[key] ??= []).push(...list);
    }
  }
  for (const key of Object.keys(seedFiles[subgraph].shape)) merged[key] ??= [];
  return { content: merged as unknown as SeedContent[S], checksum: hash.digest('hex'), files };
}

/**
 * Every subgraph's seeds, validated, with ids unique and every cross-reference resolved, and a
 * checksum over all their files (a subgraph's rows may be derived from others' seeds: findings are).
 */
/** Every seed file, validated, with one checksum over them all. */
export interface ReadSeeds {
  content: SeedContent;
  checksum: string;
}

export function readAllSeedsWithChecksum(seedsDir = SEEDS_DIR): ReadSeeds {
  const hash = createHash('sha256');
  const content: Record<string, unknown> = {};
  for (const name of SUBGRAPH_NAMES) {
    const read = readSubgraphSeeds(name, seedsDir);
    hash.update(name).update(read.checksum);
    content[name] = read.content;
  }
  checkReferences(content as unknown as SeedContent);
  return { content: content as unknown as SeedContent, checksum: hash.digest('hex') };
}

/** Every subgraph's seeds, validated, with ids unique and every cross-reference resolved. */
export function readAllSeeds(seedsDir = SEEDS_DIR): SeedContent {
  return readAllSeedsWithChecksum(seedsDir).content;
}

function unique(kind: string, ids: string[]): Set<string> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new SeedValidationError(`${kind}: id "${id}" is used twice`);
    seen.add(id);
  }
  return seen;
}

/** Ids are unique per kind; organizationId, parentId, budgetLineId and systemId point at records that exist. */
export function checkReferences(all: SeedContent): void {
  const orgs = unique('organizations', all.organizations.organizations.map((o) => o.id));
  const budgetLineIds: string[] = [];
  for (const table of all.budgets.budgetTables) {
    for (const row of table.rows) budgetLineIds.push(`${table.id}/${row.position}`);
  }
  const lines = unique('budget lines', budgetLineIds);
  unique('budget tables', all.budgets.budgetTables.map((t) => t.id));
  const systems = unique('information systems', all.infrastructure.informationSystems.map((s) => s.id));

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
    unique(`${kind}s`, records.map((r) => r.id));
    for (const record of records) {
      expect(orgs, record.organizationId, `${kind} ${record.id}.organizationId`);
      expect(lines, record.budgetLineId, `${kind} ${record.id}.budgetLineId`);
      expect(systems, record.systemId, `${kind} ${record.id}.systemId`);
    }
  }
  for (const fact of all.infrastructure.systemFacts) {
    expect(systems, fact.systemId, `system fact ${fact.id}.systemId`);
    expect(orgs, fact.partnerOrganizationId, `system fact ${fact.id}.partnerOrganizationId`);
  }
  for (const table of all.budgets.budgetTables) expect(lines, table.taskBudgetLineId, `budget table ${table.id}.taskBudgetLineId`);
  for (const list of [
    all.budgets.statedAmounts,
    all.budgets.performanceIndicators,
    all.organizations.organizationFacts,
    all.organizations.recruitmentExams,
    all.organizations.administrativeMetrics,
    all.training.competencyAssessments,
  ]) {
    unique('records', list.map((r) => r.id));
    for (const record of list) {
      expect(orgs, record.organizationId, `${record.id}.organizationId`);
      expect(lines, (record as { budgetLineId?: string }).budgetLineId, `${record.id}.budgetLineId`);
    }
  }
  unique('system facts', all.infrastructure.systemFacts.map((f) => f.id));
  const programs = new Set(all.training.trainingPrograms.map((p) => p.id));
  for (const program of all.training.trainingPrograms) {
    expect(programs, program.repeats, `training program ${program.id}.repeats`);
    for (const part of program.totalOf ?? []) expect(programs, part, `training program ${program.id}.totalOf`);
  }
  if (missing.length) {
    throw new SeedValidationError(`seed references point at nothing: ${missing.slice(0, 10).join('; ')}${missing.length > 10 ? ` (+${missing.length - 10} more)` : ''}`);
  }
}
