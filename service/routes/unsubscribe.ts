/**
 * /unsubscribe/<channelId>.<signature> — the one-click unsubscribe address of e-mail alerts (RFC 8058), outside
 * /api/v1: the recipient has no token, the signed address is the permission. GET shows a page with one button (link
 * scanners of mail servers fetch addresses, so GET changes nothing); POST — from that button or from the mail
 * program's "Abbestellen" with `List-Unsubscribe=One-Click` — removes that e-mail channel. Nothing from the request is
 * echoed into the page.
 */
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../env.ts';
import { removeUnsubscribedChannel, unsubscribeChannel } from '../alerts/service.ts';
import { describeRoute } from '../openapi.ts';

const params = v.object({ token: v.string() });
const show = describeRoute({
  method: 'get',
  path: '/:token',
  summary: 'the page behind an alert mail\u2019s unsubscribe link: one button that turns that e-mail channel off',
  auth: false,
  params,
  responses: { 200: { description: 'the page', contentType: 'text/html' }, 404: { description: 'unknown or altered address', contentType: 'text/html' } },
});
const unsubscribe = describeRoute({
  method: 'post',
  path: '/:token',
  summary: 'one-click unsubscribe (RFC 8058, body `List-Unsubscribe=One-Click`): removes that e-mail channel',
  auth: false,
  params,
  responses: { 200: { description: 'removed (or already gone)', contentType: 'text/html' }, 404: { description: 'unknown or altered address', contentType: 'text/html' } },
});
export const unsubscribeDocs = [show, unsubscribe];

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>\n` +
  `<body style="font-family:Arial,Helvetica,sans-serif;max-width:36em;margin:3em auto;padding:0 1em;line-height:1.5"><h1 style="font-size:1.4em">${title}</h1>${body}</body></html>\n`;

const INVALID = page('Link ungültig', '<p>Dieser Abmeldelink ist ungültig. Bitte verwenden Sie den Link aus der neuesten Erinnerungs-E-Mail oder ändern Sie die Benachrichtigungen in den Einstellungen der callwatch-Erweiterung.</p>');
const DONE = page('Abgemeldet', '<p>Sie erhalten an diese Adresse keine Fristen-Erinnerungen von callwatch mehr. In den Einstellungen der callwatch-Erweiterung können Sie sie jederzeit wieder einschalten.</p>');
const ASK = page(
  'E-Mail-Erinnerungen abbestellen',
  '<p>Möchten Sie an diese Adresse keine Fristen-Erinnerungen von callwatch mehr erhalten?</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" style="font-size:1em;padding:.5em 1em">Abbestellen</button></form>',
);

/** The e-mail channel the address names, or null when the address is not one the service made. */
const channelOf = (c: Context<AppEnv>) => unsubscribeChannel(c.get('deps'), c.req.param('token') ?? '');

const html = (c: Context<AppEnv>, body: string, status: 200 | 404) => {
  c.header('Cache-Control', 'no-store');
  return c.html(body, status);
};

export const unsubscribeRoute = new Hono<AppEnv>()
  .get('/:token', async (c) => {
    const channel = await channelOf(c);
    if (!channel) return html(c, INVALID, 404);
    return html(c, channel.live ? ASK : DONE, 200);
  })
  .post('/:token', async (c) => {
    const channel = await channelOf(c);
    if (!channel) return html(c, INVALID, 404);
    if (channel.live) {
      await removeUnsubscribedChannel(c.get('deps'), channel.id);
      c.get('deps').logger.info({ channelId: channel.id }, 'e-mail channel removed by its unsubscribe link');
    }
    return html(c, DONE, 200);
  });
