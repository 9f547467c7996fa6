/**
 * Descriptions of the field and argument names every subgraph uses the same way. A field or
 * argument the code leaves undescribed takes its description from here when the subgraph schema is
 * built, so the explorer explains every field; a specific description in the code always wins.
 */
import { Kind, visit, type DocumentNode, type StringValueNode } from 'graphql';

export const FIELD_GLOSSARY: Record<string, string> = {
  id: 'Stable id, readable and derived from the report.',
  nameKo: 'Name as the report prints it (Korean).',
  nameEn: 'English name.',
  titleEn: 'English title.',
  descriptionKo: 'Description as the report prints it (Korean).',
  eventKo: 'The event as the report prints it (Korean).',
  topicEn: 'The topic in English.',
  targetGroupEn: 'The group in English.',
  note: 'A note printed with the record, or the curator\'s remark on it.',
  year: 'Year (연도) the figures belong to.',
  fiscalYear: 'Fiscal year (회계연도).',
  asOf: 'Date the figures hold for (기준일), partial ISO.',
  periodKo: 'Period as printed (추진시기·기간).',
  periodStart: 'Start of the period the figure covers, partial ISO.',
  periodEnd: 'End of the period the figure covers, partial ISO.',
  unitKo: 'Unit as printed (명, 건, 교, %, …).',
  targetUnitKo: 'Unit of the target as printed.',
  resultUnitKo: 'Unit of the result as printed.',
  recipientUnitKo: 'Unit of the recipients as printed (교 = schools).',
  result: 'The result as a number, when the printed result is one number.',
  kind: 'What kind of record it is.',
  type: 'What type of record it is.',
  mode: 'How it is delivered.',
  phase: 'Which phase the figures are (plan, revised plan, target, result).',
  status: 'Where it stood at the report date.',
  category: 'Its category.',
  classification: 'Which kind of budget table it comes from; kinds are never added together.',
  rowKind: 'LINE, or a SUBTOTAL/TOTAL row the report prints over lines: sum only LINE rows.',
  domain: 'Which domain of work it measures.',
  deviceKind: 'Kind of device.',
  tableId: 'Id of the budget table the line is a row of.',
  programId: 'Id of the training program the edition belongs to.',
  systemId: 'Id of the information system the record is about.',
  budgetLineId: 'Id of the budget line that funds it, where the report ties them (budgets subgraph).',
  organizationId: 'Id of the organization the record belongs to (organizations subgraph).',
  source: 'Where the report prints it: file and lines.',
  amounts: 'The summed amounts, in exact won.',
  pageInfo: 'Where this page stands in the list.',
  hasNextPage: 'Whether more records follow this page.',
  hasPreviousPage: 'Whether records come before this page.',
};

export const ARGUMENT_GLOSSARY: Record<string, string> = {
  id: 'The record\'s id.',
  first: 'Page size, 1 to 2000.',
  after: 'Return records after this cursor (a previous page\'s endCursor).',
  direction: 'Sort direction.',
  orderBy: 'The field to sort by (then by id, so pages are stable).',
  organizationId: 'Only records of this organization itself.',
  fiscalYear: 'Only this fiscal year (회계연도).',
  year: 'Only this year.',
  search: 'Text in the name (case-insensitive).',
  kind: 'Only this kind.',
  classification: 'Only this kind of budget table.',
  government: 'Only bodies of this government.',
  parentId: 'Only the units directly below this organization.',
  recordId: 'Only findings about this record.',
  origin: 'Only computed or only curated findings.',
  domain: 'Only this domain of work.',
  type: 'Only this type.',
  mode: 'Only this mode of delivery.',
  rowKind: 'Only rows of this kind.',
  phase: 'Which phase to sum (plan, revised plan, target, result).',
  representations: 'Entity representations, as the gateway sends them.',
};

function description(value: string): StringValueNode {
  return { kind: Kind.STRING, value, block: false };
}

/** Gives every undescribed field and argument its glossary description, where the glossary has one. */
export function applyGlossary(document: DocumentNode): DocumentNode {
  return visit(document, {
    FieldDefinition(node) {
      if (node.description || !FIELD_GLOSSARY[node.name.value]) return undefined;
      return { ...node, description: description(FIELD_GLOSSARY[node.name.value]) };
    },
    InputValueDefinition(node) {
      if (node.description || !ARGUMENT_GLOSSARY[node.name.value]) return undefined;
      return { ...node, description: description(ARGUMENT_GLOSSARY[node.name.value]) };
    },
  });
}
