import { GraphQLError } from 'graphql';

/** The error a lookup by an id that does not exist answers with. */
export function notFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`No ${type} has id "${id}".`, { extensions: { code: 'NOT_FOUND', type, id } });
}
