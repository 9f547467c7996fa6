/**
 * GET /report/<operation>?format=csv|md&<variable>=<value>: runs a saved operation through the
 * gateway and answers with a table (CSV is UTF-8 with a BOM, for spreadsheets).
 */
import fs from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { savedOperation } from '../lib/report/operations';
import { REQUEST_ID_HEADER, requestIdFrom, runInRequest } from '../lib/request-context';
import { coerceVariables, toCsv, toMarkdown, toTable } from '../lib/report/table';
import { API_SCHEMA_FILE } from './schema-files';

let apiSchema: GraphQLSchema | undefined;
function schema(): GraphQLSchema {
  return (apiSchema ??= buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8')));
}

/** `deadlineMs`: the same request deadline as /graphql (a table is a query like any other). */
export function reportRouter(apollo: ApolloServer, deadlineMs: number): express.Router {
  const router = express.Router();
  router.get('/report/:operation', async (request, response) => {
    const format = request.query.format ?? 'csv';
    if (format !== 'csv' && format !== 'md') {
      response.status(400).json({ error: 'format must be csv or md' });
      return;
    }
    let operation;
    let variables;
    try {
      operation = savedOperation(request.params.operation);
      const pairs = Object.entries(request.query)
        .filter(([key]) => key !== 'format')
        .map(([key, value]) => `${key}=${String(value)}`);
      variables = coerceVariables(operation.document, pairs);
    } catch (error) {
      response.status(400).json({ error: (error as Error).message });
      return;
    }
    const requestId = requestIdFrom(request.header(REQUEST_ID_HEADER));
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const result = await runInRequest({ requestId, deadline: AbortSignal.timeout(deadlineMs) }, () => apollo.executeOperation({ query: operation.text, variables }));
    if (result.body.kind !== 'single' || result.body.singleResult.errors?.length) {
      const errors = result.body.kind === 'single' ? result.body.singleResult.errors : undefined;
      response.status(400).json({ error: errors?.map((e) => e.message).join('; ') ?? 'the operation failed' });
      return;
    }
    try {
      const table = toTable(schema(), operation.document, result.body.singleResult.data);
      const name = request.params.operation;
      if (format === 'csv') {
        response.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(toCsv(table));
      } else {
        response.type('text/markdown; charset=utf-8').send(toMarkdown(table));
      }
    } catch (error) {
      response.status(422).json({ error: (error as Error).message });
    }
  });
  return router;
}
