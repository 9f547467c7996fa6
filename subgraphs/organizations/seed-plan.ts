import { allFindings } from '../../lib/findings';
import { build } from '../../lib/seeds/build';
import { parseCount, parseDecimal } from '../../lib/seeds/printed';
import type { SeedContent } from '../../lib/seeds/read-seeds';
import { sourceRef } from '../../lib/graphql/source-ref';
import { AdministrativeMetric } from './entities/administrative-metric.entity';
import { DataQualityFinding } from './entities/data-quality-finding.entity';
import { Facility } from './entities/facility.entity';
import { HistoryEvent } from './entities/history-event.entity';
import { OrganizationFact } from './entities/organization-fact.entity';
import { Organization } from './entities/organization.entity';
import { RecruitmentExam } from './entities/recruitment-exam.entity';
import { StaffingLine } from './entities/staffing-line.entity';

export function organizationsSeedPlan(all: SeedContent): object[] {
  const seeds = all.organizations;
  const source = (s: { file: string; lines: string }) => sourceRef(s.file, s.lines);
  return [
    ...seeds.organizations.map((o) =>
      build(Organization, {
        id: o.id,
        kind: o.kind,
        nameKo: o.nameKo,
        nameEn: o.nameEn,
        parentId: o.parentId,
        parentBasis: o.parentBasis,
        government: o.government,
        aliasesKo: o.aliasesKo,
        duties: o.duties,
        source: source(o.source),
      }),
    ),
    ...seeds.staffingLines.map((s) =>
      build(StaffingLine, {
        id: s.id,
        organizationId: s.organizationId,
        asOf: s.asOf,
        position: s.position,
        categoryKo: s.categoryKo,
        categoryEn: s.categoryEn,
        gradeKo: s.gradeKo,
        gradeEn: s.gradeEn,
        authorized: parseCount(s.authorized),
        inPost: parseCount(s.inPost),
        rowKind: s.rowKind,
        note: s.note ?? null,
        source: source(s.source),
      }),
    ),
    ...seeds.facilities.map((f) =>
      build(Facility, {
        id: f.id,
        organizationId: f.organizationId,
        kind: f.kind,
        nameKo: f.nameKo,
        nameEn: f.nameEn,
        addressKo: f.addressKo ?? null,
        addressSource: f.addressKo ? source(f.addressSource ?? f.source) : null,
        landAreaM2: f.landAreaM2?.replace(/,/g, '') ?? null,
        floorAreaM2: f.floorAreaM2?.replace(/,/g, '') ?? null,
        roomCount: f.roomCount ? Number(f.roomCount.replace(/,/g, '')) : null,
        note: f.note ?? null,
        source: source(f.source),
      }),
    ),
    ...seeds.historyEvents.map((h) =>
      build(HistoryEvent, {
        id: h.id,
        organizationId: h.organizationId,
        date: h.date,
        datePrinted: h.datePrinted,
        eventKo: h.eventKo,
        eventEn: h.eventEn ?? null,
        source: source(h.source),
      }),
    ),
    ...seeds.organizationFacts.map((f) =>
      build(OrganizationFact, {
        id: f.id,
        organizationId: f.organizationId,
        topicKo: f.topicKo,
        topicEn: f.topicEn,
        subjectKo: f.subjectKo,
        attributeKo: f.attributeKo,
        value: parseDecimal(f.value),
        valueKo: f.valueKo ?? null,
        unitKo: f.unitKo ?? null,
        asOf: f.asOf ?? null,
        reconcileMeasure: f.reconcile?.measure ?? null,
        source: source(f.source),
      }),
    ),
    ...seeds.recruitmentExams.map((e) =>
      build(RecruitmentExam, {
        id: e.id,
        organizationId: e.organizationId,
        year: e.year,
        nameKo: e.nameKo,
        nameEn: e.nameEn,
        roundKo: e.roundKo ?? null,
        gradesKo: e.gradesKo ?? null,
        plannedHires: parseCount(e.plannedHires),
        applicants: parseCount(e.applicants),
        competitionRatioPrinted: parseDecimal(e.competitionRatioPrinted),
        hired: parseCount(e.hired),
        inProgress: parseCount(e.inProgress),
        resultDateKo: e.resultDateKo ?? null,
        budgetLineId: e.budgetLineId ?? null,
        note: e.note ?? null,
        source: source(e.source),
      }),
    ),
    ...seeds.administrativeMetrics.map((m) =>
      build(AdministrativeMetric, {
        id: m.id,
        organizationId: m.organizationId,
        domain: m.domain,
        year: m.year ?? null,
        periodKo: m.periodKo ?? null,
        nameKo: m.nameKo,
        nameEn: m.nameEn,
        value: parseDecimal(m.value),
        valueKo: m.valueKo ?? null,
        unitKo: m.unitKo ?? null,
        target: parseDecimal(m.target),
        budgetLineId: m.budgetLineId ?? null,
        source: source(m.source),
      }),
    ),
    // Findings are computed from every subgraph's seeds, so they live here, beside Organization.
    ...allFindings(all).map((f) =>
      build(DataQualityFinding, {
        id: f.id,
        kind: f.kind,
        origin: f.origin,
        organizationId: f.organizationId,
        recordType: f.recordType,
        recordId: f.recordId,
        description: f.description,
        valueA: f.valueA,
        sourceA: source(f.sourceA),
        valueB: f.valueB,
        sourceB: f.sourceB ? source(f.sourceB) : null,
      }),
    ),
  ];
}
