/** Runs `callwatch` in tests: in-process through main() (fast), or as the real `node bin/callwatch.mjs` process. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from '../../../service/cli/main.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BIN = resolve(ROOT, 'bin/callwatch.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `callwatch <args>` in this process, with its own cwd and environment. */
export async function cli(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => void (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => void (stderr += t.endsWith('\n') ? t : `${t}\n`),
    env: options.env ?? {},
    cwd: options.cwd,
  });
  return { code, stdout, stderr };
}

/** `node bin/callwatch.mjs <args>` as a real process. */
export function cliProcess(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { ...process.env, DATABASE_URL: undefined, ...options.env } }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
