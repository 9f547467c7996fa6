/**
 * The browser explorer: GraphiQL served from the project's own node_modules (no CDN), with the
 * saved operations of operations/ offered as ready tabs.
 */
import path from 'node:path';
import express from 'express';
import { PROJECT_ROOT } from '../lib/config';
import { savedOperation, savedOperationNames } from '../lib/report/operations';

const ASSETS: Record<string, string> = {
  'graphiql.min.css': 'graphiql/graphiql.min.css',
  'graphiql.min.js': 'graphiql/graphiql.min.js',
  'react.production.min.js': 'react/umd/react.production.min.js',
  'react-dom.production.min.js': 'react-dom/umd/react-dom.production.min.js',
};

/** The saved operations, one tab each. */
export function savedOperationTabs(): Array<{ query: string }> {
  return savedOperationNames().map((name) => ({ query: savedOperation(name).text }));
}

function page(): string {
  // JSON inside a <script> must not be able to close the tag.
  const tabs = JSON.stringify(savedOperationTabs()).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Seoul public-sector data hub · explorer</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/explorer/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script src="/explorer/react.production.min.js"></script>
  <script src="/explorer/react-dom.production.min.js"></script>
  <script src="/explorer/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const tabs = ${tabs};
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultTabs: tabs.length ? tabs : undefined, defaultEditorToolsVisibility: true })
    );
  </script>
</body>
</html>`;
}

export function explorerRouter(): express.Router {
  const router = express.Router();
  const modules = path.join(PROJECT_ROOT, 'node_modules');
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/explorer/${name}`, (_request, response) => {
      response.sendFile(path.join(modules, file), { maxAge: '1h' });
    });
  }
  const html = (_request: express.Request, response: express.Response) => {
    response.type('html').send(page());
  };
  router.get('/', html);
  router.get('/explorer', html);
  // A browser opening /graphql gets the explorer; API clients (Accept: application/json) go on to GraphQL.
  router.get('/graphql', (request, response, next) => {
    if (request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') return html(request, response);
    next();
  });
  return router;
}
