/**
 * Findings where a total the report prints for an organization and the hub's roll-up of that
 * organization (and every unit below it) cannot agree: the same comparisons the roll-ups expose in
 * `reconciliation` (lib/reconciliation/*), computed from the seeds at load time, each explaining the
 * difference with both places.
 */
import { parseCount } from '../seeds/printed';
import type { SeedContent } from '../seeds/read-seeds';
import { MEASURE_KO, audienceRows, countedSum, coveringTotals, partsSum, rollupEntries as trainingEntries, rollupMismatchId, treeOf, type ProgramFigures, type TrainingMeasure } from '../reconciliation/training';
import { rollupEntries as staffingEntries, type StaffFact, type StaffingRow } from '../reconciliation/staffing';
import { rollupEntries as itEntries, type ItCountFact } from '../reconciliation/it';
import { AUDIENCE_CLASSES, type AudienceClass } from '../seeds/audience';
import { compressLines, expandLines, reportLines } from '../graphql/source-ref';
import { formatPrinted, type Finding, type Place } from './finding';
import { programFigures } from './training-findings';
import { childrenMap, subtreeIds } from '../federation/organization-tree';

/** Every organization id below (and including) each organization. */
function subtrees(seeds: SeedContent): (id: string) => string[] {
  const children = childrenMap(seeds.organizations.organizations);
  return (id) => subtreeIds(children, id);
}

const fmt = (value: number | bigint) => formatPrinted(value);

/** The cited lines of several places (of one report) as one citation. */
function citeLines(places: Place[]): string {
  return compressLines(places.map((p) => p.lines));
}

function trainingRollupFindings(seeds: SeedContent, below: (id: string) => string[]): Finding[] {
  const all = seeds.training.trainingPrograms.map(programFigures);
  const byId = new Map(all.map((p) => [p.id, p]));
  const orgName = new Map(seeds.organizations.organizations.map((o) => [o.id, o.nameKo]));
  const findings: Finding[] = [];
  const roots = [...new Set(all.filter((p) => p.coversOrganization).map((p) => p.organizationId))];
  for (const root of roots) {
    const scope = new Set(below(root));
    const programs = all.filter((p) => scope.has(p.organizationId));
    const periods = [...new Set(programs.filter((p) => p.coversOrganization && p.organizationId === root).flatMap((p) => p.editions.map((e) => `${e.year}|${e.phase}`)))];
    for (const period of periods) {
      const [year, phase] = [Number(period.split('|')[0]), period.split('|')[1]];
      const rollup = countedSum(programs, year, phase);
      const entries = trainingEntries(root, programs, year, phase, rollup);
      for (const { total, edition } of coveringTotals(root, programs, year, phase)) {
        const tree = new Set(treeOf(total, byId).map((p) => p.id));
        const outside = rollup.counted.filter(({ program }) => !tree.has(program.id));
        const leavesCounted = rollup.counted.filter(({ program }) => tree.has(program.id));
        const ours = `rollup-mismatch:${total.id}:${year}:${phase}:`;
        for (const reconciliation of entries.filter((e) => e.printed !== e.computed && e.findingIds[0]?.startsWith(ours))) {
          const audience = reconciliation.measure.startsWith('byAudience.') ? (reconciliation.findingIds[0].split(':').pop()!.toUpperCase() as AudienceClass) : null;
          const measure = reconciliation.measure.replace('byAudience.', '') as TrainingMeasure;
          const where = `${orgName.get(root)} and every unit below it`;
          const value = (editions: ProgramFigures['editions']) => editions.reduce((s, e) => s + (e[measure] ?? 0), 0);
          let description: string;
          let sourceB: Place;
          if (!audience) {
            const rows = partsSum(total, edition, measure, byId);
            const rowsNote = rows.value === Number(reconciliation.printed) ? '' : ` (its rows add up to ${fmt(rows.value)}: see finding total-mismatch:${total.id}:${year}:${phase}:${measure})`;
            if (leavesCounted.length === 0) {
              const places = outside.flatMap(({ program, editions }) => editions.map((e) => ({ file: program.file, lines: e.lines })));
              description =
                `${total.nameKo} (${year} ${phase}) prints ${MEASURE_KO[measure]} ${fmt(reconciliation.printed)} for ${where}${rowsNote}; ` +
                `its ${total.totalOf.length} rows are summaries, and the ${outside.length} programs the report itemizes elsewhere (course by course, under its tasks), which the hub's roll-up adds up counting each once, give ${fmt(reconciliation.computed)} ` +
                `(a difference of ${fmt(reconciliation.computed - reconciliation.printed)}): the report does not reconcile its total with its own course lists.`;
              sourceB = { file: total.file, lines: citeLines(places) };
            } else {
              const listed = outside.filter(({ editions }) => value(editions) > 0).sort((a, b) => value(b.editions) - value(a.editions));
              const named = listed.slice(0, 5).map(({ program, editions }) => `${program.nameKo} ${fmt(value(editions))} (line ${editions.map((e) => e.lines).join(', ')})`);
              description =
                `${total.nameKo} (${year} ${phase}) prints ${MEASURE_KO[measure]} ${fmt(reconciliation.printed)} for ${where}${rowsNote}; the hub's roll-up counts ${fmt(reconciliation.computed)}: ` +
                `it also adds ${listed.length} program(s) the report prints outside that total, ${named.join('; ')}${listed.length > 5 ? ` and ${listed.length - 5} more` : ''}.`;
              sourceB = { file: total.file, lines: citeLines(listed.flatMap(({ program, editions }) => editions.map((e) => ({ file: program.file, lines: e.lines })))) };
            }
          } else {
            const groups = AUDIENCE_CLASSES[audience];
            const unclassed = [...rollup.byAudience].filter(([group]) => !Object.values(AUDIENCE_CLASSES).some((c) => (c as readonly string[]).includes(group)));
            const rows = audienceRows(total, byId)!.get(audience)!;
            description =
              `${total.nameKo} (${year} ${phase}) prints the ${MEASURE_KO[measure]} of ${reconciliation.part} as ${fmt(reconciliation.printed)} (${rows.length} rows); ` +
              `the roll-up's audience groups ${groups.join(' + ')} add up to ${fmt(reconciliation.computed)}. ` +
              `The report's total and its course lists differ as a whole (see finding ${rollupMismatchId(total.id, year, phase, measure)})` +
              (unclassed.length ? `; ${unclassed.map(([group, figures]) => `${group} ${fmt(figures[measure])}`).join(', ')} belong to neither audience.` : '.');
            sourceB = { file: total.file, lines: citeLines(rollup.counted.filter(({ program }) => (groups as readonly string[]).includes(program.audienceGroup)).flatMap(({ program, editions }) => editions.map((e) => ({ file: program.file, lines: e.lines })))) };
          }
          findings.push({
            id: reconciliation.findingIds[0],
            kind: 'ROLLUP_MISMATCH',
            origin: 'COMPUTED',
            organizationId: root,
            recordType: 'TrainingProgram',
            recordId: total.id,
            description,
            valueA: fmt(reconciliation.printed),
            sourceA: reconciliation.sources.length === 1 ? reconciliation.sources[0] : { file: total.file, lines: citeLines(reconciliation.sources) },
            valueB: fmt(reconciliation.computed),
            sourceB,
          });
        }
      }
    }
  }
  return findings;
}

function staffingRollupFindings(seeds: SeedContent, below: (id: string) => string[]): Finding[] {
  const orgName = new Map(seeds.organizations.organizations.map((o) => [o.id, o.nameKo]));
  const findings: Finding[] = [];
  for (const fact of seeds.organizations.organizationFacts.filter((f) => f.reconcile)) {
    const scope = new Set(below(fact.organizationId));
    const rows: StaffingRow[] = seeds.organizations.staffingLines
      .filter((l) => scope.has(l.organizationId))
      .map((l) => ({ id: l.id, organizationId: l.organizationId, asOf: l.asOf, rowKind: l.rowKind, categoryKo: l.categoryKo, authorized: parseCount(l.authorized), inPost: parseCount(l.inPost), file: l.source.file, lines: l.source.lines }));
    const lines = rows.filter((r) => r.rowKind === 'LINE');
    const rollup = { authorized: lines.reduce((s, r) => s + (r.authorized ?? 0), 0), inPost: lines.reduce((s, r) => s + (r.inPost ?? 0), 0), byCategory: new Map() };
    const measure = fact.reconcile!.measure;
    const staffFact: StaffFact = { id: fact.id, organizationId: fact.organizationId, measure, label: `${fact.subjectKo} ${fact.attributeKo}`, value: Number(fact.value), file: fact.source.file, lines: fact.source.lines };
    const [reconciliation] = staffingEntries([], [staffFact], rollup);
    if (reconciliation.printed === reconciliation.computed) continue;
    const tables = [...new Set(rows.filter((r) => r.rowKind === 'TOTAL').map((r) => `${r.file.slice(0, 3)}:${r.lines}`))];
    findings.push({
      id: reconciliation.findingIds[0],
      kind: 'ROLLUP_MISMATCH',
      origin: 'COMPUTED',
      organizationId: fact.organizationId,
      recordType: 'OrganizationFact',
      recordId: fact.id,
      description:
        `${fact.topicKo}: ${fact.subjectKo} ${fact.attributeKo} is printed ${fact.valueKo ?? `${fact.value}${fact.unitKo ?? ''}`}; the hub's staffing roll-up of ${orgName.get(fact.organizationId)} counts ${fmt(reconciliation.computed)} ${measure === 'inPost' ? 'in post (현원)' : 'posts (정원)'}` +
        `${tables.length ? ` from its headcount table${tables.length > 1 ? 's' : ''} (${tables.join(', ')})` : ', having no headcount table to add'}. ${fact.reconcile!.why}`,
      valueA: fact.value!,
      sourceA: fact.source,
      valueB: fmt(reconciliation.computed),
      sourceB: rows.find((r) => r.rowKind === 'TOTAL') ? { file: rows.find((r) => r.rowKind === 'TOTAL')!.file, lines: rows.find((r) => r.rowKind === 'TOTAL')!.lines } : null,
    });
  }
  return findings;
}

/** The cited line of a system that prints its unit count (e.g. "H/W 39식"), else all its lines. */
function unitsLine(source: Place, units: number): Place {
  const text = reportLines(source.file);
  const line = expandLines(source.lines).find((n) => new RegExp(`\\b${units}\\s*(식|대)`).test(text[n - 1] ?? ''));
  return line ? { file: source.file, lines: String(line) } : source;
}

function itRollupFindings(seeds: SeedContent, below: (id: string) => string[]): Finding[] {
  const orgName = new Map(seeds.organizations.organizations.map((o) => [o.id, o.nameKo]));
  const findings: Finding[] = [];
  for (const fact of seeds.infrastructure.systemFacts.filter((f) => f.reconcile)) {
    const { organizationId, measure, why } = fact.reconcile!;
    const scope = new Set(below(organizationId));
    const systems = seeds.infrastructure.informationSystems.filter((s) => scope.has(s.organizationId));
    const units = (s: (typeof systems)[number]) => (measure === 'systems' ? 1 : parseCount(measure === 'hardwareUnits' ? s.hardwareUnits : s.softwareUnits) ?? 0);
    const rollup = { systems: systems.length, hardwareUnits: systems.reduce((n, s) => n + (parseCount(s.hardwareUnits) ?? 0), 0), softwareUnits: systems.reduce((n, s) => n + (parseCount(s.softwareUnits) ?? 0), 0) };
    const itFact: ItCountFact = { id: fact.id, organizationId, measure, label: `${fact.subjectKo} ${fact.attributeKo}`, value: Number(fact.value), file: fact.source.file, lines: fact.source.lines };
    const [reconciliation] = itEntries([itFact], rollup);
    if (reconciliation.printed === reconciliation.computed) continue;
    const counted = systems.filter((s) => units(s) > 0);
    findings.push({
      id: reconciliation.findingIds[0],
      kind: 'ROLLUP_MISMATCH',
      origin: 'COMPUTED',
      organizationId,
      recordType: 'SystemFact',
      recordId: fact.id,
      description:
        `${fact.subjectKo} (${fact.attributeKo}) is printed ${fact.valueKo}; the hub's IT roll-up of ${orgName.get(organizationId)} and every unit below it counts ${fmt(reconciliation.computed)} ` +
        `${measure === 'hardwareUnits' ? 'H/W units' : measure === 'softwareUnits' ? 'S/W units' : 'systems'}: ${counted.map((s) => `${s.nameKo} ${units(s)}`).join(' + ')}. ${why}`,
      valueA: fact.value!,
      sourceA: fact.source,
      valueB: fmt(reconciliation.computed),
      sourceB: { file: counted[0]?.source.file ?? fact.source.file, lines: citeLines(counted.map((s) => unitsLine(s.source, units(s)))) },
    });
  }
  return findings;
}

export function rollupFindings(seeds: SeedContent): Finding[] {
  const below = subtrees(seeds);
  return [...trainingRollupFindings(seeds, below), ...staffingRollupFindings(seeds, below), ...itRollupFindings(seeds, below)];
}
