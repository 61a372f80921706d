import autocannon from 'autocannon';
import { startBenchServer } from '../bench/serve-process.ts';
import { syncClient } from '../bench/sync.ts';
const server = await startBenchServer();
try {
  const client = syncClient(server);
  await client.push(10);
  const { cursor } = await client.pullAll();
  const auth = { Authorization: `Bearer ${server.token}` };
  const url = process.env.ROUTE === 'health' ? `${server.url}/health` : `${server.url}/api/v1/sync/pull?since=${cursor}`;
  const res = await autocannon({ url, headers: auth, connections: 10, amount: 150000 });
  console.log(res.requests.average);
} finally {
  await server.stop();
}
