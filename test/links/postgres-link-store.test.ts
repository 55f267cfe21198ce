import { PostgresLinkStore } from '../../src/links/stores/postgres-link-store.js';
import { describePg, freshSchema } from './_support/pg-server.js';
import { linkStoreConformance } from './store-conformance.js';

describePg('PostgreSQL', (url) => {
  linkStoreConformance('PostgreSQL', {
    shared: true,
    async fresh() {
      const schema = freshSchema('conf');
      return { open: () => PostgresLinkStore.open(url, { schema, connections: 2 }) };
    },
  });
});
