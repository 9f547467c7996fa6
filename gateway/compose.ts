/**
 * Composition in-process with @apollo/composition (no Rover, which downloads binaries):
 * the printed subgraph SDLs, the supergraph the gateway boots from, and the client-facing API schema.
 */
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { subgraphUrl, type SubgraphName } from '../lib/config';
import { printSubgraphSdl } from '../lib/federation/subgraph-schema';
import { SUBGRAPHS } from '../subgraphs';

export interface PrintedSubgraph {
  name: SubgraphName;
  url: string;
  sdl: string;
}

export interface Composition {
  subgraphs: PrintedSubgraph[];
  supergraphSdl: string;
  apiSdl: string;
}

/** Routing URLs written into the supergraph: the local defaults (the gateway may override them by environment). */
export function defaultRoutingUrl(name: SubgraphName): string {
  return subgraphUrl(name);
}

export async function printSubgraphs(): Promise<PrintedSubgraph[]> {
  const printed: PrintedSubgraph[] = [];
  for (const definition of SUBGRAPHS) {
    printed.push({ name: definition.name, url: defaultRoutingUrl(definition.name), sdl: printSubgraphSdl(await definition.buildSchema()) });
  }
  return printed;
}

export class CompositionError extends Error {}

export function compose(subgraphs: PrintedSubgraph[]): Composition {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new CompositionError(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return {
    subgraphs,
    supergraphSdl: result.supergraphSdl,
    apiSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
  };
}

export async function composeHub(): Promise<Composition> {
  return compose(await printSubgraphs());
}
