/** Starts the budgets subgraph alone (npm run start:budgets). */
import 'reflect-metadata';
import { runSubgraph } from '../../lib/service/run-service';
import { budgetsSubgraph } from './subgraph';

void runSubgraph(budgetsSubgraph);
