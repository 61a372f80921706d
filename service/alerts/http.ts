/**
 * HTTP requests to user-given targets (webhooks, Web Push endpoints) under the SSRF policy of service/net: names
 * resolve only to allowed addresses inside the socket's own lookup (pinned agent), IP literals are checked before
 * each request, redirects are never followed. One agent per sender, so connections are kept alive across alerts.
 */
import { isIP } from 'node:net';
import type { Agent } from 'undici';
import { undici } from '../lazy.ts';
import { createPinnedAgent } from '../net/pinned-agent.ts';
import { parseFetchableUrl, resolveAllowed, type AddressPolicy } from '../net/ssrf.ts';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HttpSender {
  send(url: string, init: { method: string; headers: Record<string, string>; body: string | Uint8Array }, signal: AbortSignal): Promise<HttpAnswer>;
  close(): Promise<void>;
}

/** answers are only read for error messages: a small cap keeps a hostile receiver from filling memory */
const MAX_ANSWER_BYTES = 16 * 1024;

/** A sender whose connections obey the address policy. */
export function createHttpSender(policy: AddressPolicy): HttpSender {
  // made at the first send (undici is loaded on first use): most ticks of the alert scheduler send nothing
  let agent: Promise<Agent> | undefined;
  return {
    async send(target, init, signal) {
      const url = parseFetchableUrl(target);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      // names are checked inside the pinned agent's lookup; literals never reach a lookup, so here
      if (isIP(host)) await resolveAllowed(url.hostname, policy, url.href);
      const { request } = await undici();
      const dispatcher = await (agent ??= createPinnedAgent(policy, { connectTimeoutMs: 10_000 }));
      const res = await request(url, { method: init.method as 'POST', headers: init.headers, body: init.body, dispatcher, signal });
      let body = '';
      for await (const chunk of res.body) {
        if (body.length < MAX_ANSWER_BYTES) body += String(chunk);
      }
      return { status: res.statusCode, headers: res.headers, body: body.slice(0, MAX_ANSWER_BYTES) };
    },
    close: async () => {
      await (await agent)?.close();
    },
  };
}
