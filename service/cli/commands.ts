import type { Command } from './command.ts';

/** Every sub-command of `callwatch`, by name. Add a command by adding a file and one line here. */
export const commands: Record<string, Command> = {};
