/** Scalars shared by every subgraph: exact money and printed decimals. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Won: an exact amount in whole Korean won, serialized as a string of digits with an optional
 * leading minus ("117507909000"), because amounts pass 2^31 and clients must not round them.
 * Stored as PostgreSQL bigint; never a float.
 */
export const WonScalar = new GraphQLScalarType<bigint, string>({
  name: 'Won',
  description:
    'Exact amount in whole Korean won (원), as a string of digits with an optional leading "-" (e.g. "117507909000"). ' +
    'The report printed most amounts in thousand won (천원); the amount here is already multiplied out.',
  serialize(value) {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new GraphQLError(`Won cannot represent ${String(value)}: not a whole amount`);
  },
  parseValue(value) {
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
    if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
    throw new GraphQLError('Won takes a whole amount of won as a string of digits, e.g. "1580600000"');
  },
  parseLiteral(ast) {
    if ((ast.kind === Kind.STRING || ast.kind === Kind.INT) && /^-?\d+$/.test(ast.value)) return BigInt(ast.value);
    throw new GraphQLError('Won takes a whole amount of won as a string of digits, e.g. "1580600000"');
  },
});

/**
 * Decimal: a decimal number kept as text so that its printed precision survives ("74.40" stays
 * "74.40", "100" stays "100"); a leading "-" is a minus (the reports print △).
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'A decimal number as text, keeping the precision the report printed ("74.40" is not "74.4"); a leading "-" is a minus (the reports print △).',
  serialize(value) {
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return value;
    throw new GraphQLError('Decimal takes a string like "74.40"');
  },
  parseLiteral(ast) {
    if ((ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT) && /^-?\d+(\.\d+)?$/.test(ast.value)) {
      return ast.value;
    }
    throw new GraphQLError('Decimal takes a string like "74.40"');
  },
});
