/**
 * Batching, proven by counting SQL: a query over every organization that reaches into all four
 * subgraphs sends as many statements at 10×N organizations (and rows) as at N, aggregates of the
 * lists on Organization included (one statement per question for every organization at once).
 */
import { sourceRef } from '../../lib/graphql/source-ref';
import { build } from '../../lib/seeds/build';
import { BudgetLine } from '../../subgraphs/budgets/entities/budget-line.entity';
import { BudgetTable } from '../../subgraphs/budgets/entities/budget-table.entity';
import { DeviceRollout } from '../../subgraphs/infrastructure/entities/device-rollout.entity';
import { InformationSystem } from '../../subgraphs/infrastructure/entities/information-system.entity';
import { NetworkProject } from '../../subgraphs/infrastructure/entities/network-project.entity';
import { SecurityMetric } from '../../subgraphs/infrastructure/entities/security-metric.entity';
import { ServiceMetric } from '../../subgraphs/infrastructure/entities/service-metric.entity';
import { SystemMilestone } from '../../subgraphs/infrastructure/entities/system-milestone.entity';
import { Facility } from '../../subgraphs/organizations/entities/facility.entity';
import { HistoryEvent } from '../../subgraphs/organizations/entities/history-event.entity';
import { Organization } from '../../subgraphs/organizations/entities/organization.entity';
import { StaffingLine } from '../../subgraphs/organizations/entities/staffing-line.entity';
import { TrainingEdition } from '../../subgraphs/training/entities/training-edition.entity';
import { TrainingProgram } from '../../subgraphs/training/entities/training-program.entity';
import { startTestHub, type TestHub } from '../support/hub';

// This query reaches into every list of every organization at once, 2,000 to a page: the edge's cost
// limit (HUB_MAX_COST) refuses it for clients, as it should. Here it measures batching, so the limit is lifted.
process.env.HUB_MAX_COST = '1000000000';
// At 10×N the query takes seconds on a loaded machine; the deadlines (a few seconds by default) are not what this measures.
process.env.HUB_REQUEST_TIMEOUT_MS = '120000';
process.env.HUB_SUBGRAPH_TIMEOUT_MS = '120000';
process.env.HUB_DB_STATEMENT_TIMEOUT_MS = '60000';
process.env.HUB_DB_ACQUIRE_TIMEOUT_MS = '60000';
process.env.HUB_DB_CONNECT_TIMEOUT_MS = '60000';

const EVERYTHING = `{
  organizations(first: 2000) { totalCount nodes {
    id nameKo parent { id } children { nodes { id } }
    staffing { nodes { authorized inPost vacancy } aggregates { count sum { authorized inPost vacancy } rates { inPostRate } } }
    facilities { nodes { id } } history { nodes { date } }
    budgetLines(first: 2000) { nodes { id current committedRateComputed table { id } }
      aggregates { count sum { current committed } rates { committedRate } }
      groupedAggregates(groupBy: [FISCAL_YEAR, CLASSIFICATION]) { keys { fiscalYear classification } sum { current } shareOf { current } } }
    subtreeLines: budgetLines(includeDescendants: true, rowKind: LINE, orderBy: CURRENT, direction: DESC, first: 5) { totalCount nodes { id }
      aggregates { sum { current } } groupedAggregates(groupBy: [UNIT_BELOW]) { keys { unitBelow } count sum { current } shareOf { current } } }
    trainingEditions(includeDescendants: true, phase: RESULT, trainees: { gt: 0 }) { aggregates { sum { trainees } }
      groupedAggregates(groupBy: [UNIT_BELOW, TYPE]) { keys { unitBelow type } sum { trainees } } }
    budgetTotal { current committed }
    trainingPrograms(first: 2000) { nodes { id editions { year trainees } budgetLine { nameKo current } } }
    informationSystems { nodes { id milestones { date } budgetLine { nameKo } securityMetrics { id } } }
    networkProjects { nodes { id budgetLine { id } } }
    securityMetrics(includeDescendants: true) { totalCount nodes { id system { id nameKo } } aggregates { count distinctCount { kind } } }
    deviceRollouts { nodes { id budgetLine { current } } }
    serviceMetrics(first: 200) { nodes { id } }
  } }
}`;

const SOURCE = () => sourceRef('000_6ee2828e32648fc3.txt', '1');

/** Extra organizations, each with rows of every kind in every subgraph (generated, not report data). */
async function addGeneratedRows(hub: TestHub, count: number): Promise<void> {
  const orm = (name: string) => hub.subgraphs.find((s) => s.name === name)!.orm.em.fork();
  const [organizations, budgets, training, infrastructure] = ['organizations', 'budgets', 'training', 'infrastructure'].map(orm);
  for (let i = 1; i <= count; i += 1) {
    const id = `bench-${i}`;
    const line = `bench-${i}/1`;
    organizations.persist([
      build(Organization, { id, kind: 'TEAM', nameKo: `생성 ${i}`, nameEn: `Generated ${i}`, parentId: 'smoe-eri', parentBasis: 'IMPLIED', government: 'SMOE', aliasesKo: [], duties: [], source: SOURCE() }),
      build(StaffingLine, { id: `${id}-s`, organizationId: id, asOf: '2020', position: 1, categoryKo: '일반직', categoryEn: 'General', gradeKo: '7급', gradeEn: 'Grade 7', authorized: 3, inPost: 2, rowKind: 'LINE', note: null, source: SOURCE() }),
      build(Facility, { id: `${id}-f`, organizationId: id, kind: 'ROOM', nameKo: '실', nameEn: 'Room', addressKo: null, landAreaM2: null, floorAreaM2: '10', note: null, source: SOURCE() }),
      build(HistoryEvent, { id: `${id}-h`, organizationId: id, date: '2020', datePrinted: '2020', eventKo: '설치', eventEn: null, source: SOURCE() }),
    ]);
    budgets.persist([
      build(BudgetTable, { id, organizationId: id, fiscalYear: 2020, titleKo: '표', titleEn: 'Table', classification: 'SUB_PROGRAM', unit: 'THOUSAND_WON', asOf: null, source: SOURCE() }),
      ...[1, 2].map((position) =>
        build(BudgetLine, {
          id: `${id}/${position}`, tableId: id, organizationId: id, fiscalYear: 2020, classification: 'SUB_PROGRAM', position, nameKo: `사업 ${position}`,
          rowKind: 'LINE', taskNo: null, unit: 'THOUSAND_WON', original: 1000n, current: 2000n, previousFinal: null, committed: 500n, spent: null,
          committedRatePrinted: null, spentRatePrinted: null, pageRef: null, note: null, source: SOURCE(),
        }),
      ),
    ]);
    training.persist([
      build(TrainingProgram, { id: `${id}-t`, organizationId: id, nameKo: '연수', nameEn: 'Course', audienceKo: null, type: 'IN_SERVICE', mode: 'IN_PERSON', budgetLineId: line, totalOf: [], repeats: null, summaryOf: null, source: SOURCE() }),
      ...[1, 2].map((n) =>
        build(TrainingEdition, { id: `${id}-t#${n}`, programId: `${id}-t`, year: 2019 + n, phase: 'RESULT', courses: 1, sessions: 1, trainees: 30, hours: null, satisfaction: null, credits: null, periodKo: null, note: null, source: SOURCE() }),
      ),
    ]);
    infrastructure.persist([
      build(InformationSystem, { id: `${id}-sys`, organizationId: id, nameKo: '시스템', nameEn: 'System', category: 'OTHER', hardwareUnits: 1, softwareUnits: 1, descriptionKo: null, budgetLineId: line, source: SOURCE() }),
      build(SystemMilestone, { id: `${id}-sys#1`, systemId: `${id}-sys`, date: '2020', datePrinted: '2020', eventKo: '개통', source: SOURCE() }),
      build(NetworkProject, { id: `${id}-net`, organizationId: id, nameKo: '망', nameEn: 'Network', phase: null, regionsKo: [], target: 1, completed: 1, excluded: null, unitKo: '교', periodStart: null, periodEnd: null, budgetLineId: line, source: SOURCE() }),
      // No system link, like every seeded security metric: the generated rows keep the seeded data's shape.
      build(SecurityMetric, { id: `${id}-sec`, organizationId: id, systemId: null, kind: 'OTHER', nameKo: '지표', value: '1', unitKo: '건', periodStart: null, periodEnd: null, source: SOURCE() }),
      build(DeviceRollout, { id: `${id}-dev`, organizationId: id, deviceKind: 'TABLET', nameKo: '태블릿', units: 10, unitKo: '대', recipients: null, recipientUnitKo: null, amount: null, periodKo: null, status: 'DONE', budgetLineId: line, source: SOURCE() }),
      build(ServiceMetric, { id: `${id}-svc`, organizationId: id, systemId: null, nameKo: '가동률', nameEn: 'Uptime', value: '99', target: null, unitKo: '%', periodKo: null, source: SOURCE() }),
    ]);
  }
  await Promise.all([organizations, budgets, training, infrastructure].map((em) => em.flush()));
}

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

async function statementsFor(query: string): Promise<{ statements: number; organizations: number; sql: string[] }> {
  hub.sql.length = 0;
  const { data, errors } = await hub.query(query);
  expect(errors).toBeUndefined();
  // The organizations a statement covers are its only part that grows: the ids of an `in` list, or the pairs an aggregate joins to.
  const shape = (sql: string) => sql.replace(/ in \([^)]*\)/g, ' in (…)').replace(/jsonb_to_recordset\((?:'(?:[^']|'')*'|\?|\$\d+)::jsonb\)/g, 'jsonb_to_recordset(…)');
  return { statements: hub.sql.length, organizations: data!.organizations.nodes.length, sql: hub.sql.map(shape).sort() };
}

it('sends the same number of SQL statements at N and at 10×N organizations', async () => {
  const atN = await statementsFor(EVERYTHING);
  await addGeneratedRows(hub, atN.organizations * 9);
  const at10N = await statementsFor(EVERYTHING);

  const aggregates = (run: { sql: string[] }) => run.sql.filter((sql) => sql.includes('jsonb_to_recordset')).length;
  console.log(
    `batching: ${atN.organizations} organizations → ${atN.statements} SQL statements (${aggregates(atN)} of them aggregates); ` +
      `${at10N.organizations} organizations → ${at10N.statements} SQL statements (${aggregates(at10N)} of them aggregates)`,
  );
  expect(at10N.organizations).toBe(atN.organizations * 10);
  expect(at10N.sql).toEqual(atN.sql);
  expect(at10N.statements).toBe(atN.statements);
  // One statement per list (and per aggregate question) the query reaches, not per organization.
  expect(atN.statements).toBeLessThan(40);
  expect(aggregates(atN)).toBe(8);
});
