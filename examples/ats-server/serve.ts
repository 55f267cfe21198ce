// Run: npx tsx examples/ats-server/serve.ts   then   curl -X POST localhost:8787/screenings -d @examples/data/one-profile.json
// Candidates are kept in ./links.db (LINKS_DB to change it; LINK_SECRET keys their hashes), so a
// restarted server links a new candidate to everyone screened before. For several servers, open a
// PostgresLinkStore on one database instead.
import { createScreener, SqliteLinkStore, StoredLinkIndex } from '../../src/index.js';
import { createAtsServer } from './server.js';

const port = Number(process.env.PORT ?? 8787);
const secret = process.env.LINK_SECRET;
const links = await StoredLinkIndex.open(
  SqliteLinkStore.open(process.env.LINKS_DB ?? './links.db'),
  secret === undefined ? {} : { hmacSecret: secret },
);
createAtsServer(createScreener({ links: links.index }), { links }).listen(port, '127.0.0.1', () => {
  console.log(
    `hirescreen ATS endpoint on http://127.0.0.1:${port}/screenings (${links.size} candidates stored)`,
  );
});
