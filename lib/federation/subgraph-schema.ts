/**
 * Builds an Apollo Federation 2 subgraph schema from type-graphql resolvers.
 *
 * graphql's printSchema drops @key, so the type-graphql schema is printed with its directives,
 * given the Federation 2 @link, and handed with the resolver map to buildSubgraphSchema.
 * type-graphql has no decorator for reference resolvers: they come in as a plain map.
 * The printed SDL gets the glossary's descriptions, then the partial-answers rule
 * (./partial-answers.ts), which needs to know which subgraph it is building.
 */
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import type { SubgraphName } from '../config';
import { applyGlossary } from '../graphql/glossary';
import { WonScalar } from '../graphql/scalars';
import { applyPartialAnswers } from './partial-answers';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

export interface SubgraphSchemaOptions {
  /** The subgraph being built: fields it adds to other subgraphs' entities, and its root fields, become nullable. */
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  referenceResolvers: ReferenceResolvers;
  /** Entity stubs this subgraph extends but never returns from a field (so type-graphql would leave them out). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  extendedTypes?: Function[];
}

export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.extendedTypes,
    scalarsMap: [{ type: BigInt, scalar: WonScalar }],
    validate: false,
    // A subgraph that only extends entities may have no root query of its own.
    skipCheck: true,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const resolvers = createResolversMap(schema) as Record<string, any>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: applyPartialAnswers(applyGlossary(parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`)), options.name),
    resolvers,
  });
}

/** The subgraph's SDL as the composer reads it (with @key and @link, without _service/_entities). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema);
}
