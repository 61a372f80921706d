import type { Command } from './command.ts';
import { alertsCommand } from './alerts.ts';
import { extractCommand } from './extract.ts';
import { backup } from './backup.ts';
import { cleanup } from './cleanup.ts';
import { corpusCommand } from './corpus.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { mailCommand } from './mail.ts';
import { member } from './member.ts';
import { scrape } from './scrape.ts';
import { serve } from './serve.ts';
import { team } from './team.ts';

/** Every sub-command of `callwatch`, by name. Add a command by adding a file and one line here. */
export const commands: Record<string, Command> = {
  serve,
  team,
  member,
  export: exportCommand,
  import: importCommand,
  backup,
  extract: extractCommand,
  alerts: alertsCommand,
  scrape,
  cleanup,
  corpus: corpusCommand,
  mail: mailCommand,
};
