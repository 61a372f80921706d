import { commands } from './commands.ts';
import { UsageError, type CommandIO } from './command.ts';

const processIO: CommandIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
  cwd: process.cwd(),
};

function help(io: CommandIO): void {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  io.out(['Usage: callwatch <command> [options]', '', 'Commands:', ...lines, '', 'callwatch <command> --help shows its options.'].join('\n'));
}

/** Runs `callwatch <args>`; returns the process exit code. */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`callwatch: unknown command "${name}". Run "callwatch help" for the list.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`callwatch ${name}: ${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    io.err(`callwatch ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
