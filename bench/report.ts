/**
 * Presents the figures of `npm run bench`: the machine they were measured on, a plain aligned table for the terminal,
 * a Markdown table the README carries, and whether each figure meets its target ("≤ 100 ms", "≥ 50 % of …").
 */
import { cpus, loadavg, release, totalmem } from 'node:os';
import type { BenchFigure } from './types.ts';

export interface BenchOutcome {
  bench: string;
  figures: BenchFigure[];
  /** set when the bench module failed: its figures are missing, the run exits non-zero */
  error?: string;
  seconds: number;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run began: the cores are shared, so a busy machine lowers every figure */
  load: number;
}

/** The machine this process runs on. */
export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${process.platform} ${release()}`,
    load: Math.round(loadavg()[0] * 10) / 10,
  };
}

/** The figure's share of its baseline, in percent. */
export function ratio(figure: BenchFigure): number | undefined {
  return figure.baseline && figure.baseline.value > 0 ? (figure.value / figure.baseline.value) * 100 : undefined;
}

/** Units a target may be written in that differ from the figure's own (e.g. "≤ 2 s" for a figure in ms). */
const SCALE: Record<string, number> = { 'µs': 1e-3, ms: 1, s: 1000, KB: 1, MB: 1024 };

/** The target's limit in the figure's unit; undefined when the two units cannot be compared. */
function limitIn(figureUnit: string, limit: number, targetUnit: string): number | undefined {
  if (!targetUnit || targetUnit === figureUnit) return limit;
  const from = SCALE[targetUnit];
  const to = SCALE[figureUnit];
  const sameKind = (u: string) => (['µs', 'ms', 's'].includes(u) ? 'time' : ['KB', 'MB'].includes(u) ? 'size' : u);
  if (from === undefined || to === undefined || sameKind(targetUnit) !== sameKind(figureUnit)) return undefined;
  return (limit * from) / to;
}

/** True/false when the target can be read ("≤ N unit", "≥ N unit", "≥ N % of …" against the baseline), else undefined. */
export function meetsTarget(figure: BenchFigure): boolean | undefined {
  const match = /^\s*([≤≥<>]=?)\s*([\d,.]+)\s*(%|\S+)?/.exec(figure.target ?? '');
  if (!match) return undefined;
  const written = Number(match[2].replace(/,/g, ''));
  const percent = match[3] === '%';
  const limit = percent ? written : limitIn(figure.unit, written, match[3] ?? '');
  const value = percent ? ratio(figure) : figure.value;
  if (value === undefined || limit === undefined) return undefined;
  return match[1].startsWith('≤') || match[1].startsWith('<') ? value <= limit : value >= limit;
}

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

function row(bench: string, figure: BenchFigure): string[] {
  const share = ratio(figure);
  const met = meetsTarget(figure);
  return [
    bench,
    figure.name,
    `${number(figure.value)} ${figure.unit}`,
    share === undefined ? '' : `${Math.round(share)} % of ${number(figure.baseline!.value)} ${figure.unit}`,
    figure.target ? `${figure.target} ${met === undefined ? '' : met ? '✓' : '✗'}`.trim() : '',
  ];
}

const HEADER = ['bench', 'figure', 'value', 'vs. baseline (same run)', 'target'];

/** One line describing the machine. */
export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.os}, load average ${m.load} at start`;
}

/** The figures as a Markdown table, with the machine and date below it. */
export function markdown(outcomes: BenchOutcome[], m: Machine, date: Date): string {
  const rows = outcomes.flatMap((o) => (o.error ? [[o.bench, `failed: ${o.error.split('\n')[0]}`, '', '', '']] : o.figures.map((f) => row(o.bench, f))));
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const lines = [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.map(escape).join(' | ')} |`);
  return `${lines.join('\n')}\n\nMeasured ${date.toISOString().slice(0, 10)} on ${machineLine(m)} (\`npm run bench\`).\n`;
}

/** The figures as an aligned plain-text table for the terminal. */
export function plainTable(outcomes: BenchOutcome[]): string {
  const rows = [HEADER, ...outcomes.flatMap((o) => (o.error ? [[o.bench, `FAILED: ${o.error}`, '', '', '']] : o.figures.map((f) => row(o.bench, f))))];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
