/** `callwatch team create "<name>" [--admin "<member name>"] --json` → `{ team, member, token }`. */
import * as v from 'valibot';
import { openMigratedStore, storeLocation } from '../store/db.ts';
import { MemberNameSchema } from '../../shared/api/members.ts';
import { createTeam } from '../members/service.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const team: Command = {
  summary: 'create a team with its first admin (prints the admin token once)',
  usage: 'callwatch team create "<name>" [--admin "<member name>"] [--db PATH|postgres://…] [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      admin: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals[0] !== 'create' || positionals.length !== 2) throw new UsageError('expected: team create "<name>"');
    const name = v.safeParse(MemberNameSchema, positionals[1]);
    const admin = v.safeParse(MemberNameSchema, values.admin ?? 'Admin');
    if (!name.success) throw new UsageError(`team name ${name.issues[0].message}`);
    if (!admin.success) throw new UsageError(`admin name ${admin.issues[0].message}`);
    const store = await openMigratedStore(storeLocation(values.db, io));
    try {
      const created = await createTeam(store.db, { name: name.output, adminName: admin.output, at: new Date().toISOString() });
      if (values.json) printJson(io, created);
      else {
        io.out(`Team "${created.team.name}" (${created.team.id}) created; admin "${created.member.name}" (${created.member.id}).`);
        io.out(`Token (shown once, keep it safe): ${created.token}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
