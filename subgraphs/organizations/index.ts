/** Starts the organizations subgraph alone (npm run start:organizations). */
import 'reflect-metadata';
import { runSubgraph } from '../../lib/service/run-service';
import { organizationsSubgraph } from './subgraph';

void runSubgraph(organizationsSubgraph);
