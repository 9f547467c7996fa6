/** Starts the infrastructure subgraph alone (npm run start:infrastructure). */
import 'reflect-metadata';
import { runSubgraph } from '../../lib/service/run-service';
import { infrastructureSubgraph } from './subgraph';

void runSubgraph(infrastructureSubgraph);
