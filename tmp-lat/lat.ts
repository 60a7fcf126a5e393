import { connectTemporalClient } from '@dondoc/temporal';
import { DondocStack } from '../test/e2e/support/dondoc-stack';
const UNITS = ['so-noi-vu', 'so-tu-phap', 'so-ke-hoach-dau-tu', 'so-tai-chinh', 'so-cong-thuong'];
async function main() {
  const client = await connectTemporalClient({ address: '127.0.0.1:7233', namespace: 'dondoc' });
  const stack = await DondocStack.start(`latprobe`, ['directive-api', 'worker', 'orchestrator']);
  const token = await stack.token('issuer', 'van-phong-ubnd-tinh');
  const res: number[] = [];
  try {
    for (let i = 0; i < Number(process.env.N ?? 6); i++) {
      const created = await stack.call<{ id: string }>('POST', '/v1/directives', { token, body: { number: `${i}/LAT-${process.pid}`, date: new Date().toISOString().slice(0, 10), subject: 'x', issuerUnitId: 'ubnd-tinh',
        tasks: UNITS.map((u, k) => ({ itemRef: String(k + 1), text: 'Báo cáo.', leadUnitIds: [u], deadline: { every: 'month', dueDay: 25, until: '2027-12-31' } })) } });
      const t = Date.now();
      const issued = await stack.call<{ id: string; issuedAt: string; assignments: { taskId: string }[] }>('POST', `/v1/directives/${created.body.id}/issue`, { token });
      const tIssued = Date.now();
      await new Promise((r) => setTimeout(r, 1500));
      const lats = [];
      for (const a of issued.body.assignments) {
        const d = await client.workflow.getHandle(`task:${a.taskId}`).describe();
        lats.push(d.startTime.getTime() - Date.parse(issued.body.issuedAt));
      }
      console.log(`issue http ${tIssued - t} ms; issuedAt→start: ${lats.sort((a, b) => a - b).join(', ')}`);
      res.push(...lats);
    }
  } finally { await stack.stop(); await client.connection.close(); }
}
main();
