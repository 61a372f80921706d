import autocannon from 'autocannon';
import { startBenchServer } from '../bench/serve-process.ts';
import { syncClient } from '../bench/sync.ts';
const server = await startBenchServer();
try {
  const client = syncClient(server);
  await client.push(1000);
  const { cursor } = await client.pullAll();
  const auth = { Authorization: `Bearer ${server.token}` };
  const route = process.env.ROUTE === 'me' ? `${server.url}/api/v1/me` : `${server.url}/api/v1/sync/pull?since=${cursor}`;
  const res = await autocannon({ url: route, headers: auth, connections: 10, duration: 4 });
  console.log(res.requests.average);
} finally {
  await server.stop();
}
