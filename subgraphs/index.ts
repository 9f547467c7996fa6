/** Every subgraph of the hub, in the order they start. */
import type { SubgraphDefinition } from '../lib/service/subgraph-definition';
import { budgetsSubgraph } from './budgets/subgraph';
import { infrastructureSubgraph } from './infrastructure/subgraph';
import { organizationsSubgraph } from './organizations/subgraph';
import { trainingSubgraph } from './training/subgraph';

export const SUBGRAPHS = [organizationsSubgraph, budgetsSubgraph, trainingSubgraph, infrastructureSubgraph] as unknown as SubgraphDefinition[];
