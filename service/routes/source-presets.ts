/**
 * /api/v1/source-presets — the built-in sources a team can add. Not under /api/v1/sources: beside
 * /api/v1/sources/:id a static /api/v1/sources/presets is ambiguous to Hono's RegExpRouter, and the app would fall
 * back to the slower TrieRouter for every request (test/service/app-router.test.ts).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { describeRoute } from '../openapi.ts';
import { PresetListSchema } from '../../shared/api/sources.ts';
import { listPresets } from '../sources/service.ts';

export const sourcePresetsDocs = [
  describeRoute({ method: 'get', path: '/', summary: 'built-in sources a team can add', responses: { 200: { description: 'presets', schema: PresetListSchema } } }),
];

export const sourcePresets = new Hono<AppEnv>().get('/', (c) => c.json({ presets: listPresets() }));
