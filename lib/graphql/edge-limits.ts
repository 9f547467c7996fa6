/**
 * The limits every GraphQL endpoint of the hub enforces (the gateway, and each subgraph again, so a
 * subgraph behind another gateway still protects itself).
 *
 * - graphql-armor (Escape's kept set of Apollo protections): max depth, max aliases, max directives,
 *   cost limit, field suggestions blocked; max tokens is graphql-js's own parser limit (the same count). Each rule is linear in the
 *   document (each fragment is measured once). A refusal names the limit, its value and its variable.
 * - The cost again once the variables are known: armor reads page sizes from literals only, so a
 *   `first: $n` (or no `first`, which means the default page) would pass unpriced. The operation is
 *   rewritten with every page size as a literal and measured by armor's own cost rule.
 * - String arguments: no NUL character (PostgreSQL cannot store one, and its refusal would name a
 *   table), `search` texts and IDs no longer than their caps.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  validate,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { LIMIT_SETTINGS, type EdgeLimits } from '../settings';

type LimitName = keyof typeof LIMIT_SETTINGS;

/** A request the limits refuse: a client error (4xx), saying which limit, its value and how to set it. */
function refusal(limit: LimitName, value: number, detail: string): GraphQLError {
  const { env } = LIMIT_SETTINGS[limit];
  return new GraphQLError(`${detail} The ${limit} limit is ${value.toLocaleString('en-US')} (${env}).`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, limitValue: value, http: { status: 400 } },
  });
}

/** Armor's message ("Syntax Error: Query depth limit of 12 exceeded, found 13.") without its misleading prefix. */
function armorDetail(error: GraphQLError): string {
  return error.message.replace(/^Syntax Error: /, '');
}

function reporter(limit: LimitName, value: number) {
  return [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(refusal(limit, value, armorDetail(error)))];
}

/** Armor's protections for Apollo Server, configured from the hub's limits. */
function armor(limits: EdgeLimits) {
  const common = { exposeLimits: true, propagateOnRejection: false };
  return new ApolloArmor({
    maxDepth: { ...common, n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, onReject: reporter('maxDepth', limits.maxDepth) },
    maxAliases: { ...common, n: limits.maxAliases, onReject: reporter('maxAliases', limits.maxAliases) },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: reporter('maxDirectives', limits.maxDirectives) },
    // The cost is measured once the variables are known (variableLimitsPlugin); armor's literal-only count would be a weaker twin.
    costLimit: { enabled: false },
    // Counted by graphql-js's own parser instead (parseOptions.maxTokens in edgeServerOptions): armor's
    // Apollo plugin throws from parsingDidStart, which Apollo answers with a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
}

/**
 * The operation with every page size written as the number it will take (variable, literal or
 * default), for armor's cost rule, which multiplies a field's whole selection by its `first`. A
 * page size multiplies the records of the page, not the list's count or aggregates (one SQL
 * statement each, whatever the page size): so on a connection whose selection names its fields
 * directly, the size moves onto `nodes`. Behind a fragment it stays on the list, which prices
 * everything in it per record, as before.
 */
export function withPageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const defaults = new Map<string, unknown>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue?.kind === Kind.INT) defaults.set(variable.variable.name.value, Number(variable.defaultValue.value));
    }
  }
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const firstArg = typeInfo.getFieldDef()?.args.find((arg) => arg.name === 'first');
        if (!firstArg) return undefined;
        const given = node.arguments?.find((arg) => arg.name.value === 'first');
        let size: unknown = firstArg.defaultValue;
        if (given?.value.kind === Kind.INT) size = Number(given.value.value);
        if (given?.value.kind === Kind.VARIABLE) size = variables[given.value.name.value] ?? defaults.get(given.value.name.value) ?? firstArg.defaultValue;
        if (typeof size !== 'number' || !Number.isSafeInteger(size)) return undefined;
        const literal: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(size) } };
        const others = (node.arguments ?? []).filter((arg) => arg.name.value !== 'first');
        const selections = node.selectionSet?.selections ?? [];
        const isConnection = isObjectType(getNamedType(typeInfo.getType())) && 'nodes' in (getNamedType(typeInfo.getType()) as GraphQLObjectType).getFields();
        if (node.selectionSet && isConnection && selections.every((selection) => selection.kind === Kind.FIELD)) {
          const perRecord = selections.map((selection) => (selection.kind === Kind.FIELD && selection.name.value === 'nodes' ? { ...selection, arguments: [...(selection.arguments ?? []), literal] } : selection));
          return { ...node, arguments: others, selectionSet: { ...node.selectionSet, selections: perRecord } };
        }
        return { ...node, arguments: [...others, literal] };
      },
    }),
  );
}

/** Each string an argument value holds, with whether it sits where an ID goes. */
function* stringsOf(value: unknown, type: GraphQLInputType): Generator<{ text: string; isId: boolean }> {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) for (const item of value) yield* stringsOf(item, nullable.ofType);
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    const fields = nullable.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) if (fields[key]) yield* stringsOf(item, fields[key].type);
    return;
  }
  if (typeof value === 'string') yield { text: value, isId: getNamedType(type).name === 'ID' };
}

/** Refuses NUL characters in any string argument, and overlong search texts and IDs. */
export function checkArguments(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, limits: EdgeLimits): GraphQLError | undefined {
  const typeInfo = new TypeInfo(schema);
  let problem: GraphQLError | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument || problem) return;
        const value = valueFromAST(node.value, argument.type, variables);
        for (const { text, isId } of stringsOf(value, argument.type)) {
          if (text.includes('\u0000')) {
            problem = new GraphQLError(`Argument "${argument.name}" contains a NUL character, which no text in the hub holds.`, {
              extensions: { code: 'BAD_USER_INPUT', argument: argument.name, http: { status: 400 } },
            });
          } else if (argument.name === 'search' && text.length > limits.maxSearchLength) {
            problem = refusal('maxSearchLength', limits.maxSearchLength, `Argument "search" is ${text.length.toLocaleString('en-US')} characters long.`);
          } else if (isId && text.length > limits.maxIdLength) {
            problem = refusal('maxIdLength', limits.maxIdLength, `Argument "${argument.name}" holds an ID ${text.length.toLocaleString('en-US')} characters long.`);
          }
          if (problem) return;
        }
      },
    }),
  );
  return problem;
}

/**
 * An operation the graph cannot run: Apollo hands these to the gateway, whose planner throws and
 * gets a 500. They are the client's mistake, so they are refused here with a 400.
 */
function operationProblemOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined, operationName: string | undefined): GraphQLError | undefined {
  const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
  if (!operation) {
    const count = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
    if (operationName) return refuse(`Unknown operation named "${operationName.slice(0, 100)}".`);
    return refuse(count > 1 ? 'The document holds several operations: name the one to run in operationName.' : 'The document holds no operation.');
  }
  if (!schema.getRootType(operation.operation)) return refuse(`This graph serves queries only: it has no ${operation.operation} type.`);
  return undefined;
}

/** The limits that need the variables: the cost with real page sizes, and the string arguments. */
function variableLimitsPlugin(limits: EdgeLimits): ApolloServerPlugin {
  const rules = [costLimitRule({ maxCost: limits.maxCost, flattenFragments: true, exposeLimits: true, propagateOnRejection: false, onReject: reporter('maxCost', limits.maxCost) })];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operation }) {
          const operationProblem = operationProblemOf(schema, document, operation, request.operationName);
          if (operationProblem) throw operationProblem;
          const variables = request.variables ?? {};
          const argumentProblem = checkArguments(schema, document, variables, limits);
          if (argumentProblem) throw argumentProblem;
          const [costProblem] = validate(schema, withPageSizes(schema, document, variables), rules);
          if (costProblem) throw costProblem;
        },
      };
    },
  };
}

/** graphql-js's token-limit message, with the limit's name and variable like every other limit. */
const tokenLimitNamed: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const match = /Document contains more that (\d+) tokens/.exec(error.message);
          if (!match) continue;
          const limit = Number(match[1]);
          error.message = `The document has more than ${limit.toLocaleString('en-US')} tokens. The maxTokens limit is ${limit.toLocaleString('en-US')} (${LIMIT_SETTINGS.maxTokens.env}).`;
          Object.assign(error.extensions, { limit: 'maxTokens', limitValue: limit });
        }
      },
    };
  },
};

/** Plugins and validation rules for an ApolloServer, from the hub's limits. */
export function edgeProtection(limits: EdgeLimits): { plugins: ApolloServerPlugin[]; validationRules: Array<(context: ValidationContext) => unknown> } {
  const { plugins, validationRules } = armor(limits);
  return {
    plugins: [...(plugins as ApolloServerPlugin[]), variableLimitsPlugin(limits), tokenLimitNamed],
    validationRules: validationRules as Array<(context: ValidationContext) => unknown>,
  };
}
