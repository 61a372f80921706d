/** One `callwatch <name>` sub-command: parses its own arguments, prints JSON on stdout, returns the exit code. */
export interface Command {
  /** one line for `callwatch help` */
  summary: string;
  usage: string;
  run(args: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A usage mistake: printed with the command's usage line and exit code 2. */
export class UsageError extends Error {}
