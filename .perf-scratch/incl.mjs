import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const file = readdirSync(dir).map((f) => dir + '/' + f)[0];
const p = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const dt = new Map(); p.samples.forEach((s, i) => dt.set(s, (dt.get(s) ?? 0) + (p.timeDeltas[i] ?? 0)));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/work\/main\//, '')}:${n.callFrame.lineNumber}`;
const incl = new Map(); let total = 0;
for (const n of p.nodes) { const t = dt.get(n.id) ?? 0; total += t; const seen = new Set(); let id = n.id; while (id !== undefined) { const k = name(byId.get(id)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } id = parent.get(id); } }
const filt = process.argv[3] ? new RegExp(process.argv[3]) : /./;
for (const [k, t] of [...incl].filter(([k]) => filt.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log((t / total * 100).toFixed(1).padStart(5), k);
