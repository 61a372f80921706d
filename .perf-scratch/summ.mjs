import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => dir + '/' + f).sort().pop();
const p = JSON.parse(readFileSync(file, 'utf8'));
const self = new Map(); const byId = new Map(p.nodes.map((n) => [n.id, n]));
const dt = new Map(); p.samples.forEach((s, i) => dt.set(s, (dt.get(s) ?? 0) + (p.timeDeltas[i] ?? 0)));
let total = 0;
for (const n of p.nodes) { const t = dt.get(n.id) ?? 0; total += t; const u = n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/work\/main\//, ''); const k = `${n.callFrame.functionName || '(anon)'} ${u}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
const byFile = new Map();
for (const n of p.nodes) { const t = dt.get(n.id) ?? 0; const u = n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/work\/main\//, '').split('/').slice(0, 2).join('/') || n.callFrame.functionName; byFile.set(u, (byFile.get(u) ?? 0) + t); }
console.log('--- self by function');
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log((t / total * 100).toFixed(1).padStart(5), k);
console.log('--- self by package/dir');
for (const [k, t] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((t / total * 100).toFixed(1).padStart(5), k);
