import { keyStub } from '../../../lib/federation/key-stub';

/** Entities other subgraphs own, as this subgraph sees them: their keys. */
export const OrganizationRef = keyStub('Organization', { externalDescendantIds: true, externalSubtreeLinks: true });
export const BudgetLineRef = keyStub('BudgetLine');
