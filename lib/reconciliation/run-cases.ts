/**
 * Runs the reconciliation table (cases.ts) against a gateway: each case's query, the hub's figure over
 * the same scope beside the printed one, the verdict checked (it agrees, or its finding exists and cites
 * the printed total's lines), and the roll-up's own Reconciliation entry checked to say the same.
 * Shared by tests/e2e/reconciliation.e2e.test.ts and scripts/reconcile.ts.
 */
import { expandLines, reportLines } from '../graphql/source-ref';
import { formatPrinted, type Place } from '../findings/finding';
import { entryOf, type ReconciliationCase } from './cases';

export type Ask = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

export interface FindingAnswer {
  id: string;
  kind: string;
  description: string;
  valueA: string;
  valueB: string | null;
  sourceA: Place;
  sourceB: Place | null;
}

export interface CaseResult {
  case: ReconciliationCase;
  /** The printed figure in the hub's unit. */
  printed: bigint;
  /** The hub's figure (won for money), or null when it answers none. */
  hub: bigint | null;
  agrees: boolean;
  finding: FindingAnswer | null;
  /** What is wrong with the case: empty when the hub and the verdict say the same. */
  problems: string[];
}

const FINDINGS = `{ dataQualityFindings(first: 2000) { nodes { id kind description valueA valueB sourceA { file lines } sourceB { file lines } } } }`;

/** A printed figure ("1,580,600", "△438,610") as a whole number. */
export function printedNumber(printed: string): bigint {
  const text = printed.replace(/,/g, '').trim();
  const negative = /^[△-]/.test(text);
  const value = BigInt(text.replace(/^[△-]/, ''));
  return negative ? -value : value;
}

function cites(place: Place | null, source: Place): boolean {
  if (!place || place.file !== source.file) return false;
  const lines = new Set(expandLines(source.lines));
  return expandLines(place.lines).some((line) => lines.has(line));
}

/** The hub's figure rounded half up to the printed unit (an amount stated in 백만원). */
function roundedTo(value: bigint, scale: bigint): bigint {
  const half = scale / 2n;
  return ((value >= 0n ? value + half : value - half) / scale) * scale;
}

export async function runCases(cases: ReconciliationCase[], ask: Ask): Promise<CaseResult[]> {
  const answers = new Map<string, Promise<unknown>>();
  const answer = (c: ReconciliationCase) => {
    const key = `${c.query}\n${JSON.stringify(c.variables)}`;
    if (!answers.has(key)) answers.set(key, ask(c.query, c.variables));
    return answers.get(key)!;
  };
  const findings = new Map(
    (((await ask(FINDINGS, {})) as { dataQualityFindings: { nodes: FindingAnswer[] } }).dataQualityFindings.nodes).map((f) => [f.id, f]),
  );
  const results: CaseResult[] = [];
  for (const c of cases) {
    const data = await answer(c);
    const problems: string[] = [];
    // The printed figure stands on the lines the case cites (spacing aside), as the report prints it.
    const text = expandLines(c.source.lines).map((line) => reportLines(c.source.file)[line - 1] ?? '').join('\n').replace(/\s+/g, '');
    for (const figure of c.printedParts ?? [c.printed]) if (!text.includes(figure.replace(/\s+/g, ''))) problems.push(`${figure} is not printed on ${c.source.file}:${c.source.lines}`);
    const printed = printedNumber(c.printed) * c.scale;
    const hub = c.hub(data);
    if (hub === null) problems.push(`the hub answers nothing at ${c.answeredBy}`);
    const compared = hub === null ? null : c.rounded ? roundedTo(hub, c.scale) : hub;
    const agrees = compared === printed;
    const finding = c.verdict === 'agrees' ? null : (findings.get(c.verdict.findingId) ?? null);
    if (hub !== null) {
      if (c.verdict === 'agrees' && !agrees) problems.push(`printed ${c.printed} ${c.unit} but the hub computes ${formatPrinted(hub)} (${c.answeredBy}), and no finding is named`);
      if (c.verdict !== 'agrees' && agrees) problems.push(`the hub now agrees (${formatPrinted(hub)}): the verdict names ${c.verdict.findingId} for nothing`);
    }
    if (c.verdict !== 'agrees') {
      if (!finding) problems.push(`the finding ${c.verdict.findingId} does not exist`);
      else if (!cites(finding.sourceA, c.source) && !cites(finding.sourceB, c.source)) problems.push(`the finding ${finding.id} cites neither ${c.source.file}:${c.source.lines}`);
    }
    if (c.reconciliation) {
      const entry = entryOf(data, c.reconciliation);
      if (!entry) problems.push(`no Reconciliation entry (${c.reconciliation.measure}, ${c.reconciliation.part ?? 'whole'}) at ${c.reconciliation.path}`);
      else {
        if (!c.rounded && BigInt(entry.printed) !== printed) problems.push(`the Reconciliation entry prints ${entry.printed}, the report ${printed}`);
        if (hub !== null && BigInt(entry.computed) !== hub) problems.push(`the Reconciliation entry computes ${entry.computed}, the answer ${hub}`);
        if (entry.agrees !== (c.verdict === 'agrees')) problems.push(`the Reconciliation entry says agrees: ${entry.agrees}`);
        if (BigInt(entry.difference) !== BigInt(entry.computed) - BigInt(entry.printed)) problems.push(`the Reconciliation entry's difference is not computed − printed`);
        if (c.verdict !== 'agrees' && !entry.findingIds.includes(c.verdict.findingId)) problems.push(`the Reconciliation entry names ${entry.findingIds.join(', ') || 'no finding'}, not ${c.verdict.findingId}`);
        if (c.verdict === 'agrees' && entry.findingIds.length) problems.push(`the Reconciliation entry names findings for a figure that agrees`);
        if (!entry.sources.some((s: Place) => cites(s, c.source))) problems.push(`the Reconciliation entry cites ${entry.sources.map((s: Place) => s.lines).join('; ')}, not ${c.source.lines}`);
      }
    }
    results.push({ case: c, printed, hub, agrees, finding, problems });
  }
  return results;
}

const mdCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The hub's figure in the printed unit, as the report would print it. */
function inPrintedUnit(result: CaseResult): string {
  if (result.hub === null) return '–';
  const { scale } = result.case;
  if (scale === 1n) return formatPrinted(result.hub);
  const whole = result.hub / scale;
  const rest = result.hub % scale;
  return rest === 0n ? formatPrinted(whole) : `${formatPrinted(result.hub)} 원`;
}

/** The results that do not simply agree: differences the findings explain, and problems. */
export function differences(results: CaseResult[]): CaseResult[] {
  return results.filter((r) => !(r.case.verdict === 'agrees' && r.agrees) || r.problems.length);
}

/** One line that counts the results, as the README and RECONCILIATION.md print it. */
export function resultSummary(results: CaseResult[]): string {
  const agreeing = results.filter((r) => r.agrees).length;
  const problems = results.filter((r) => r.problems.length).length;
  return `${results.length} printed figures: ${agreeing} agree with the hub, ${results.length - agreeing} differ, each explained by a finding; ${problems} problem(s).`;
}

/** One Markdown row per case: | printed total | source | hub | agrees or why not |. */
export function markdownTable(results: CaseResult[]): string {
  const rows = results.map((r) => {
    const c = r.case;
    const printed = `${c.report} ${c.label}: **${c.printed}** ${c.unit}`;
    const source = `${c.report}:${c.source.lines}`;
    const hub = `${inPrintedUnit(r)} ${r.case.scale === 1n || r.hub === null || r.hub % r.case.scale !== 0n ? '' : c.unit} (\`${c.answeredBy}\`)`.replace(/ +\(/, ' (');
    let why: string;
    if (r.problems.length) why = `**PROBLEM**: ${r.problems.join('; ')}`;
    else if (c.verdict === 'agrees') why = c.rounded ? `agrees at the printed unit (${formatPrinted(r.hub!)} 원 rounds to ${c.printed} ${c.unit})` : 'agrees';
    else {
      const difference = r.hub! - r.printed;
      const shown = (c.scale === 1n ? formatPrinted(difference) : `${formatPrinted(difference / c.scale)} ${c.unit}`).replace('△', '−');
      why = `differs by ${difference > 0n ? '+' : ''}${shown}: ${r.finding!.kind} \`${r.finding!.id}\` — ${r.finding!.description}`;
    }
    return `| ${[printed, source, hub, why].map(mdCell).join(' | ')} |`;
  });
  return ['| printed total | source | hub | agrees or why not |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

export const README_BLOCK = { start: '<!-- reconciliation:start -->', end: '<!-- reconciliation:end -->' };

/** RECONCILIATION.md (every printed figure) and the README's block (the count and the ones that differ), as `npm run reconcile -- --write` writes them. */
export function reconciliationDocuments(results: CaseResult[]): { full: string; readmeBlock: string } {
  const full = [
    '# Printed totals against the hub',
    '',
    'Generated by `npm run reconcile -- --write` (lib/reconciliation/cases.ts); `tests/e2e/reconciliation.e2e.test.ts` fails when it is stale.',
    'Every total row the five reports print, each printed figure beside the roll-up or aggregate the hub answers for the same scope.',
    '',
    resultSummary(results),
    '',
    markdownTable(results),
  ].join('\n');
  const readmeBlock = [README_BLOCK.start, resultSummary(results), '', markdownTable(differences(results)) + README_BLOCK.end].join('\n');
  return { full, readmeBlock };
}
