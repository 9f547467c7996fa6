/** Findings in recruitment exams: a printed competition ratio against applicants ÷ planned hires. */
import type { z } from 'zod';
import { decimalPlaces, isNil, parseCount } from '../seeds/printed';
import { ratio } from '../seeds/rates';
import type { recruitmentExam } from '../seeds/records';
import type { Finding } from './finding';

type Exam = z.infer<typeof recruitmentExam>;

export function examFindings(exams: Exam[]): Finding[] {
  const findings: Finding[] = [];
  for (const exam of exams) {
    const applicants = parseCount(exam.applicants);
    const hires = parseCount(exam.plannedHires);
    if (isNil(exam.competitionRatioPrinted) || applicants === null || !hires) continue;
    const printed = exam.competitionRatioPrinted!;
    const computed = ratio(applicants, hires, decimalPlaces(printed))!;
    if (Number(computed) === Number(printed)) continue;
    findings.push({
      id: `rate-wrong:${exam.id}:competitionRatio`,
      kind: 'RATE_WRONG',
      origin: 'COMPUTED',
      organizationId: exam.organizationId,
      recordType: 'RecruitmentExam',
      recordId: exam.id,
      description: `${exam.nameKo}: the competition ratio is printed ${printed}:1; ${exam.applicants} applicants for ${exam.plannedHires} posts give ${computed}:1.`,
      valueA: printed,
      sourceA: exam.source,
      valueB: computed,
      sourceB: exam.source,
    });
  }
  return findings;
}
