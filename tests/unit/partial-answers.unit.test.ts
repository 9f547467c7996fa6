/** The partial-answers rule (lib/federation/partial-answers.ts), on the composed schema and on a small SDL. */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isNonNullType, parse, print, type GraphQLField } from 'graphql';
import { API_SCHEMA_FILE, SCHEMA_DIR } from '../../gateway/schema-files';
import { SUBGRAPH_NAMES } from '../../lib/config';
import { ENTITY_OWNERS } from '../../lib/federation/entity-owners';
import { applyPartialAnswers, partialAnswerSentence } from '../../lib/federation/partial-answers';

const api = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));

function fields(typeName: string): GraphQLField<unknown, unknown>[] {
  const type = api.getType(typeName);
  if (!type || !('getFields' in type)) throw new Error(`no object type ${typeName}`);
  return Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
}

it('every root field is nullable and says which service nulls it', () => {
  const query = fields('Query');
  expect(query.length).toBeGreaterThan(20);
  for (const field of query) {
    expect({ field: field.name, nonNull: isNonNullType(field.type) }).toEqual({ field: field.name, nonNull: false });
    expect(field.description).toMatch(/Null, with an error naming the (organizations|budgets|training|infrastructure) service, when that service does not answer\.$/);
  }
  expect(api.getQueryType()!.getFields().organization.description).toBe(
    `One organization by id; an unknown id is an error (NOT_FOUND). ${partialAnswerSentence(['organizations'])}`,
  );
});

it('fields other subgraphs add to an entity are nullable and name their service; the owner\'s own are not touched', () => {
  const organization = Object.fromEntries(fields('Organization').map((f) => [f.name, f]));
  expect(isNonNullType(organization.budgetRollup.type)).toBe(false);
  expect(organization.budgetRollup.description).toMatch(/naming the budgets service/);
  expect(organization.trainingRollup.description).toMatch(/naming the training service/);
  expect(organization.itRollup.description).toMatch(/naming the infrastructure service/);
  expect(isNonNullType(organization.staffingRollup.type)).toBe(true);
  expect(isNonNullType(organization.id.type)).toBe(true);
  const budgetLine = Object.fromEntries(fields('BudgetLine').map((f) => [f.name, f]));
  expect(String(budgetLine.trainingPrograms.type)).toBe('[TrainingProgram!]');
  expect(budgetLine.trainingPrograms.description).toMatch(/naming the training service/);
  expect(isNonNullType(budgetLine.nameKo.type)).toBe(true);
});

describe('applyPartialAnswers', () => {
  const sdl = `
    type Query { line(id: ID!): BudgetLine! lines: [BudgetLine!]! }
    type BudgetLine @key(fields: "id") { id: ID! nameKo: String! }
    type Organization @key(fields: "id") {
      id: ID!
      descendantIds: [ID!]! @external
      "The lines."
      lines: [BudgetLine!]! @requires(fields: "descendantIds")
    }
    type InformationSystem @key(fields: "id") { id: ID! partner: Organization! }
  `;
  const out = (subgraph: 'budgets' | 'infrastructure') => print(applyPartialAnswers(parse(sdl), subgraph));

  it('in the owner of BudgetLine: its root fields and what it adds to others\' entities; its own entity untouched', () => {
    const printed = out('budgets');
    expect(printed).toContain(`"${partialAnswerSentence(['budgets'])}"\n  line(id: ID!): BudgetLine\n`);
    expect(printed).toMatch(/type BudgetLine @key\(fields: "id"\) \{\n {2}id: ID!\n {2}nameKo: String!\n\}/);
    expect(printed).toContain('descendantIds: [ID!]! @external');
    expect(printed).toContain(`"The lines. ${partialAnswerSentence(['budgets'])}"\n  lines: [BudgetLine!] @requires`);
    // A field added to another's entity that points at a third's waits on both.
    expect(printed).toContain(`"${partialAnswerSentence(['budgets', 'organizations'])}"\n  partner: Organization\n`);
  });

  it('in an extender of BudgetLine: the fields of the stub too, and root fields that point into budgets', () => {
    const printed = out('infrastructure');
    expect(printed).toContain(`"${partialAnswerSentence(['infrastructure', 'budgets'])}"\n  line(id: ID!): BudgetLine\n`);
    expect(printed).toContain(`"${partialAnswerSentence(['infrastructure'])}"\n  nameKo: String\n`);
    expect(printed).toMatch(/type BudgetLine @key\(fields: "id"\) \{\n {2}id: ID!\n/);
    // Its own entity: only the reference to an Organization changes.
    expect(printed).toContain(`"${partialAnswerSentence(['organizations'])}"\n  partner: Organization\n`);
  });

  it('an entity with no declared owner is an error, not a silent gap', () => {
    expect(() => applyPartialAnswers(parse('type Thing @key(fields: "id") { id: ID! }'), 'budgets')).toThrow(/entity Thing has no owner/);
  });

  it('the owners map names every entity of the subgraph schemas, each defined by its owner', () => {
    const entitiesBy = new Map<string, Set<string>>();
    for (const name of SUBGRAPH_NAMES) {
      const sdl = fs.readFileSync(path.join(SCHEMA_DIR, `${name}.graphql`), 'utf8');
      entitiesBy.set(name, new Set([...sdl.matchAll(/^type (\w+)\s+@key/gm)].map((m) => m[1])));
    }
    const all = new Set([...entitiesBy.values()].flatMap((set) => [...set]));
    expect([...all].sort()).toEqual(Object.keys(ENTITY_OWNERS).sort());
    for (const [entity, owner] of Object.entries(ENTITY_OWNERS)) expect(entitiesBy.get(owner)!.has(entity)).toBe(true);
  });
});
