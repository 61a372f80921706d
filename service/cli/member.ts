/** `callwatch member add --team <id> "<name>" [--role member|viewer|admin] --json` → `{ member, token }`. */
import * as v from 'valibot';
import { openMigratedStore, storeLocation } from '../store/db.ts';
import { findTeam } from '../store/teams.ts';
import { MemberNameSchema, RoleSchema } from '../../shared/api/members.ts';
import { addMember } from '../members/service.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const member: Command = {
  summary: 'add a member to a team (prints its token once)',
  usage: 'callwatch member add --team <id> "<name>" [--role member|viewer|admin] [--db PATH|postgres://…] [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      team: { type: 'string' },
      role: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals[0] !== 'add' || positionals.length !== 2) throw new UsageError('expected: member add "<name>"');
    if (!values.team) throw new UsageError('--team <id> is required');
    const name = v.safeParse(MemberNameSchema, positionals[1]);
    if (!name.success) throw new UsageError(`member name ${name.issues[0].message}`);
    const role = v.safeParse(RoleSchema, values.role ?? 'member');
    if (!role.success) throw new UsageError('--role must be member, viewer or admin');
    const store = await openMigratedStore(storeLocation(values.db, io));
    try {
      if (!(await findTeam(store.db, values.team))) {
        io.err(`callwatch member: no team with id ${values.team}`);
        return 1;
      }
      const added = await addMember(store.db, values.team, { name: name.output, role: role.output, at: new Date().toISOString() });
      if (values.json) printJson(io, added);
      else {
        io.out(`Member "${added.member.name}" (${added.member.id}, ${added.member.role}) added.`);
        io.out(`Token (shown once, keep it safe): ${added.token}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
