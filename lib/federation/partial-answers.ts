/**
 * Partial answers: when one subgraph does not answer, the gateway leaves the fields that subgraph
 * serves empty and reports an error naming it. A non-null field left empty would null its parent,
 * and so on up to `data` itself, taking the other subgraphs' answers with it. So every field that
 * depends on a subgraph the rest of the response does not depend on is nullable:
 *
 * - every root Query field (each is one fetch from this subgraph);
 * - every field this subgraph adds to an entity another subgraph owns (fetched by a separate entity
 *   fetch from this subgraph, after the owner answered);
 * - every field whose type is an entity another subgraph owns (the owner fills in its fields).
 *
 * Each such field's description says so. Applied to the printed SDL, like the glossary, so the
 * rule holds for every subgraph without a `nullable: true` on each resolver.
 *
 * An @external field is left as declared: composition wants exactly the defining subgraph's type,
 * so a stub declares one that another extender defines as nullable (see key-stub.ts).
 */
import { Kind, type DocumentNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode, type TypeNode } from 'graphql';
import type { SubgraphName } from '../config';
import { isEntity, ownerOf } from './entity-owners';

const QUERY = 'Query';

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function hasDirective(node: { directives?: readonly { name: { value: string } }[] }, name: string): boolean {
  return (node.directives ?? []).some((d) => d.name.value === name);
}

/** The @key fields of a type ("id" everywhere in the hub, but read, not assumed). */
function keyFields(type: ObjectTypeDefinitionNode | ObjectTypeExtensionNode): Set<string> {
  const fields = new Set<string>();
  for (const directive of type.directives ?? []) {
    if (directive.name.value !== 'key') continue;
    for (const argument of directive.arguments ?? []) {
      if (argument.name.value === 'fields' && argument.value.kind === Kind.STRING) {
        for (const field of argument.value.value.split(/[\s{}]+/)) if (field) fields.add(field);
      }
    }
  }
  return fields;
}

/** The sentence a field's description gets, naming the services whose failure nulls it. */
export function partialAnswerSentence(services: readonly SubgraphName[]): string {
  return `Null, with an error naming the ${services.join(' or ')} service, when that service does not answer.`;
}

/** The services whose failure leaves this field empty while the rest of the response can still come back. */
function failingServices(subgraph: SubgraphName, typeName: string, keys: Set<string>, field: FieldDefinitionNode): SubgraphName[] {
  const services = new Set<SubgraphName>();
  if (typeName === QUERY) services.add(subgraph);
  // The key and @external fields come with the representation the gateway already holds.
  if (keys.has(field.name.value) || hasDirective(field, 'external')) return [...services];
  const parentOwner = ownerOf(typeName);
  if (parentOwner && parentOwner !== subgraph) services.add(subgraph);
  const targetOwner = ownerOf(namedType(field.type));
  if (targetOwner && targetOwner !== subgraph) services.add(targetOwner);
  return [...services];
}

function nullable(field: FieldDefinitionNode, services: SubgraphName[]): FieldDefinitionNode {
  const sentence = partialAnswerSentence(services);
  const text = field.description?.value.trim();
  return {
    ...field,
    type: field.type.kind === Kind.NON_NULL_TYPE ? field.type.type : field.type,
    description: { kind: Kind.STRING, value: text ? `${text} ${sentence}` : sentence, block: false },
  };
}

/**
 * Makes nullable, with a sentence in the description, every field of this subgraph's SDL that
 * another subgraph's failure (or this one's) would otherwise null far beyond itself.
 */
export function applyPartialAnswers(document: DocumentNode, subgraph: SubgraphName): DocumentNode {
  const definitions = document.definitions.map((definition) => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) return definition;
    const typeName = definition.name.value;
    const keys = keyFields(definition);
    // An entity missing from the owners map would silently keep non-null fields that cross subgraphs.
    if (keys.size > 0 && !isEntity(typeName)) {
      throw new Error(`${subgraph}: entity ${typeName} has no owner in lib/federation/entity-owners.ts`);
    }
    if (!definition.fields?.length) return definition;
    return {
      ...definition,
      fields: definition.fields.map((field) => {
        const services = failingServices(subgraph, typeName, keys, field);
        return services.length ? nullable(field, services) : field;
      }),
    };
  });
  return { ...document, definitions };
}
