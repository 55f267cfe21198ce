// Run: npx tsx examples/ats-server/serve.ts   then   curl -X POST localhost:8787/screenings -d @examples/data/one-profile.json
import { createScreener } from '../../src/index.js';
import { createAtsServer } from './server.js';

const port = Number(process.env.PORT ?? 8787);
createAtsServer(createScreener()).listen(port, '127.0.0.1', () => {
  console.log(`hirescreen ATS endpoint on http://127.0.0.1:${port}/screenings`);
});
