/** Registers a list of string constants as a GraphQL enum, with a description for every value. */
import { registerEnumType } from 'type-graphql';

export function stringEnum<const T extends readonly string[]>(
  name: string,
  values: T,
  description: string,
  valueDescriptions: Record<T[number], string>,
): Record<T[number], T[number]> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T[number], T[number]>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      values.map((value) => [value, { description: valueDescriptions[value as T[number]] }]),
    ) as never,
  });
  return enumObject;
}
