/** `callwatch serve [--port 8787] [--host 127.0.0.1] [--db …]` — runs the service until SIGTERM/SIGINT. */
import { runService } from '../main.ts';
import { parseCommandArgs } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const serve: Command = {
  summary: 'run the sync service (migrations applied at start)',
  usage: 'callwatch serve [--port 8787] [--host 127.0.0.1] [--db PATH|postgres://…]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) throw new UsageError('--port must be a number (0 picks a free port)');
    return runService({ port: values.port, host: values.host, db: values.db }, io);
  },
};
