import t from 'tap';
import type { LookupAddress } from 'node:dns';
import { sendDelivery, type SendRequest } from '../../src/service/webhook-send.js';
import { deliveryRefusal, pinnedLookup, registrationRefusal, resolveTarget, type HostResolver } from '../../src/service/webhook-target.js';
import { receiver } from '../http/webhook-helpers.js';

/** A resolver from a fixed table that counts its calls; a name not in it is ENOTFOUND, as from DNS. */
function fakeResolver(table: Record<string, string[]>): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (host: string): Promise<LookupAddress[]> => {
    calls.push(host);
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

const request = (over: Partial<SendRequest>): SendRequest => ({
  url: 'http://hooks.example.test/hook',
  body: '{"type":"divergence.created"}',
  deliveryId: 'dlv_1',
  secret: null,
  timeoutMs: 2_000,
  signal: new AbortController().signal,
  resolve: fakeResolver({}),
  allowPrivate: false,
  ...over,
});

t.test('registration refuses non-public literals and localhost, names the setting, and never resolves', async (t) => {
  t.match(registrationRefusal('http://10.1.2.3/hook', false), /^url: 10\.1\.2\.3 is a private address; .* unless WEBHOOK_ALLOW_PRIVATE=true$/);
  t.match(registrationRefusal('http://[::]/hook', false), /is an unspecified address/);
  t.match(registrationRefusal('https://localhost:8443/', false), /^url: localhost is a loopback address/);
  t.equal(registrationRefusal('http://10.1.2.3/hook', true), null, 'allowed by the setting');
  t.equal(registrationRefusal('https://hooks.example.test/hook', false), null, 'a name is judged when a delivery is sent');
  t.equal(registrationRefusal('https://93.184.216.34/hook', false), null);
});

t.test('a delivery to a non-public literal or localhost is refused for good while the setting is off', async (t) => {
  t.equal(deliveryRefusal('http://127.0.0.1:8080/hook', false), 'refused: 127.0.0.1 is a loopback address (WEBHOOK_ALLOW_PRIVATE is off)');
  t.equal(deliveryRefusal('http://[fe80::1]/hook', false), 'refused: fe80::1 is a link-local address (WEBHOOK_ALLOW_PRIVATE is off)', 'without the brackets');
  t.equal(deliveryRefusal('http://api.localhost/hook', false), 'refused: api.localhost is a loopback address (WEBHOOK_ALLOW_PRIVATE is off)');
  t.equal(deliveryRefusal('http://127.0.0.1:8080/hook', true), null, 'allowed by the setting');
  t.equal(deliveryRefusal('https://hooks.example.test/hook', false), null, 'a name is judged by what it resolves to, attempt by attempt');
});

t.test('a delivery target is vetted address by address', async (t) => {
  const resolve = fakeResolver({ 'mixed.test': ['93.184.216.34', '10.0.0.7'], 'public.test': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'], 'none.test': [] });
  t.same(await resolveTarget('mixed.test', resolve, false), { ok: false, error: 'refused: mixed.test resolves to 10.0.0.7, a private address (WEBHOOK_ALLOW_PRIVATE is off)', permanent: false }, 'one private address refuses the name, for now');
  t.match(await resolveTarget('mixed.test', resolve, true), { ok: true, addresses: [{ address: '93.184.216.34' }, { address: '10.0.0.7' }] });
  t.match(await resolveTarget('public.test', resolve, false), { ok: true, addresses: [{ family: 4 }, { family: 6 }] });
  t.same(await resolveTarget('none.test', resolve, false), { ok: false, error: 'no address for none.test', permanent: false });
  t.same(await resolveTarget('[::1]', resolve, false), { ok: false, error: 'refused: ::1 is a loopback address (WEBHOOK_ALLOW_PRIVATE is off)', permanent: true }, 'a literal refused for good');
  t.same(await resolveTarget('localhost', resolve, false), { ok: false, error: 'refused: localhost is a loopback address (WEBHOOK_ALLOW_PRIVATE is off)', permanent: true });
  t.same(await resolveTarget('[::1]', resolve, true), { ok: true, addresses: [{ address: '::1', family: 6 }] }, 'a literal is not resolved');
  t.same(resolve.calls, ['mixed.test', 'mixed.test', 'public.test', 'none.test'], 'literals and localhost never reach the resolver');
});

t.test('the pinned lookup answers only the vetted addresses, in the forms net asks for', async (t) => {
  const lookup = pinnedLookup([
    { address: '93.184.216.34', family: 4 },
    { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
  ]);
  const ask = (options: Parameters<typeof lookup>[1]) =>
    new Promise<unknown[]>((resolve) => lookup('anything.test', options, (err, address, family) => resolve([err?.code ?? null, address, family])));
  t.same(await ask({}), [null, '93.184.216.34', 4]);
  t.same(await ask({ family: 6 }), [null, '2606:2800:220:1:248:1893:25c8:1946', 6]);
  t.same(await ask({ family: 'IPv4', all: true }), [null, [{ address: '93.184.216.34', family: 4 }], undefined]);
  t.same(await ask({ all: true }), [null, [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 }], undefined]);
  const v4only = pinnedLookup([{ address: '93.184.216.34', family: 4 }]);
  const err = await new Promise<NodeJS.ErrnoException | null>((resolve) => v4only('x.test', { family: 6 }, (e) => resolve(e)));
  t.equal(err?.code, 'ENOTFOUND');
});

t.test('the POST goes to the resolved address, under the name of the url', async (t) => {
  const hook = await receiver(t);
  const port = new URL(hook.url()).port;
  const resolve = fakeResolver({ 'receiver.test': ['127.0.0.1'] });
  const result = await sendDelivery(request({ url: `http://receiver.test:${port}/pinned`, resolve, allowPrivate: true, secret: 'k' }));
  t.same(result, { ok: true, statusCode: 200 });
  t.same(resolve.calls, ['receiver.test'], 'resolved once, by the injected resolver (the name is not in DNS)');
  t.equal(hook.received.length, 1);
  t.match(hook.received[0], { path: '/pinned', headers: { host: `receiver.test:${port}`, 'x-divergence-delivery': 'dlv_1', 'content-type': 'application/json' }, body: '{"type":"divergence.created"}' });
  t.match(hook.received[0]?.headers['x-divergence-signature'], /^sha256=[0-9a-f]{64}$/);
});

t.test('a host resolving to a private address is refused without connecting', async (t) => {
  const hook = await receiver(t);
  const port = new URL(hook.url()).port;
  const resolve = fakeResolver({ 'receiver.test': ['127.0.0.1'], 'metadata.test': ['169.254.169.254'] });
  t.same(await sendDelivery(request({ url: `http://receiver.test:${port}/`, resolve })), {
    ok: false,
    statusCode: null,
    error: 'refused: receiver.test resolves to 127.0.0.1, a loopback address (WEBHOOK_ALLOW_PRIVATE is off)',
    aborted: false,
    permanent: false,
  });
  t.match(await sendDelivery(request({ url: 'http://metadata.test/latest/meta-data/', resolve })), { ok: false, error: /169\.254\.169\.254, a link-local address/ });
  t.match(await sendDelivery(request({ url: `http://127.0.0.1:${port}/`, resolve })), { ok: false, error: /^refused: 127\.0\.0\.1 is a loopback address/, permanent: true });
  t.equal(hook.received.length, 0, 'nothing reached the receiver');
});

t.test('resolving counts against the timeout; a name that does not resolve is a failure that says so', async (t) => {
  const hanging: HostResolver = () => new Promise(() => undefined);
  // The attempt's timeout timer does not hold the process open (a server does): this does, meanwhile.
  const keepAlive = setInterval(() => undefined, 1_000);
  t.teardown(() => clearInterval(keepAlive));
  const started = Date.now();
  t.same(await sendDelivery(request({ resolve: hanging, timeoutMs: 100 })), { ok: false, statusCode: null, error: 'no answer within 100 ms', aborted: false, permanent: false });
  t.ok(Date.now() - started < 1_000);
  t.match(await sendDelivery(request({ url: 'http://nowhere.test/' })), { ok: false, statusCode: null, error: /^ENOTFOUND: /, aborted: false, permanent: false });
  const shutdown = new AbortController();
  const pending = sendDelivery(request({ resolve: hanging, signal: shutdown.signal }));
  shutdown.abort();
  t.match(await pending, { ok: false, aborted: true, error: 'shutting down' });
});
