/** Starts the training subgraph alone (npm run start:training). */
import 'reflect-metadata';
import { runSubgraph } from '../../lib/service/run-service';
import { trainingSubgraph } from './subgraph';

void runSubgraph(trainingSubgraph);
