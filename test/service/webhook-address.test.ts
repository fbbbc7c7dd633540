import t from 'tap';
import { addressKind, hostKind } from '../../src/service/webhook-address.js';

t.test('IPv4: private, loopback, link-local and other special blocks; their neighbours are public', async (t) => {
  const cases: [string, ReturnType<typeof addressKind>][] = [
    ['0.0.0.0', 'unspecified'],
    ['0.255.255.255', 'unspecified'],
    ['1.0.0.0', null],
    ['9.255.255.255', null],
    ['10.0.0.0', 'private'],
    ['10.255.255.255', 'private'],
    ['11.0.0.0', null],
    ['100.63.255.255', null],
    ['100.64.0.0', 'private'],
    ['100.127.255.255', 'private'],
    ['100.128.0.0', null],
    ['126.255.255.255', null],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['169.253.255.255', null],
    ['169.255.0.0', null],
    ['172.15.255.255', null],
    ['172.16.0.0', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.0', null],
    ['192.0.0.1', 'reserved'],
    ['192.0.0.255', 'reserved'],
    ['192.0.1.0', null],
    ['192.0.2.10', 'reserved'],
    ['192.88.99.1', 'reserved'],
    ['192.167.255.255', null],
    ['192.168.0.1', 'private'],
    ['192.169.0.0', null],
    ['198.17.255.255', null],
    ['198.18.0.1', 'reserved'],
    ['198.19.255.255', 'reserved'],
    ['198.20.0.0', null],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.7', 'reserved'],
    ['223.255.255.255', null],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.255', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['8.8.8.8', null],
    ['93.184.216.34', null],
  ];
  for (const [address, kind] of cases) t.equal(addressKind(address), kind, `${address}: ${kind ?? 'public'}`);
});

t.test('IPv6: loopback, unspecified, unique-local, link-local, multicast; IPv4 inside IPv6 judged as IPv4', async (t) => {
  const cases: [string, ReturnType<typeof addressKind>][] = [
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::2', 'reserved'],
    ['::127.0.0.1', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::FFFF:10.1.2.3', 'private'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:8.8.8.8', null],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b::8.8.8.8', null],
    ['64:ff9b:1::1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['2002:808:808::1', null],
    ['100::1', 'reserved'],
    ['2001::1', 'reserved'],
    ['2001:1ff::1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fbff:ffff::1', null],
    ['fe00::1', null],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['ff0e::101', 'multicast'],
    ['2001:4860:4860::8888', null],
    ['2606:2800:220:1:248:1893:25c8:1946', null],
    ['2a00:1450:4001:82b::200e', null],
  ];
  for (const [address, kind] of cases) t.equal(addressKind(address), kind, `${address}: ${kind ?? 'public'}`);
});

t.test('anything but an IP address is refused loudly', async (t) => {
  for (const bad of ['', 'localhost', '127.0.0.1.', '[::1]', '01.2.3.4', '1.2.3', '::ffff::1', 'example.org']) {
    t.throws(() => addressKind(bad), TypeError, JSON.stringify(bad));
  }
});

t.test('a URL hostname is judged when it is a literal or localhost; other names are left to DNS', async (t) => {
  const cases: [string, ReturnType<typeof hostKind>][] = [
    ['localhost', 'loopback'],
    ['LOCALHOST', 'loopback'],
    ['localhost.', 'loopback'],
    ['api.localhost', 'loopback'],
    ['127.0.0.1', 'loopback'],
    ['[::1]', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['[fc00::1]', 'unique-local'],
    ['169.254.169.254', 'link-local'],
    ['93.184.216.34', null],
    ['[2606:2800:220:1:248:1893:25c8:1946]', null],
    ['example.org', null],
    ['notlocalhost', null],
    ['localhost.example.org', null],
  ];
  for (const [host, kind] of cases) t.equal(hostKind(host), kind, `${host}: ${kind ?? 'not judged here'}`);
});
