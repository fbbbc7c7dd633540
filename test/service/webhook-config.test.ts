import t from 'tap';
import { DEFAULT_WEBHOOK_SETTINGS, loadConfig } from '../../src/config.js';

t.test('WEBHOOK_ALLOW_PRIVATE and WEBHOOK_RETENTION_DAYS: defaults, values, and bad values refused', async (t) => {
  const defaults = loadConfig({});
  t.match(defaults.webhooks, { allowPrivate: false, retentionDays: 30 });
  t.same(defaults.webhooks, DEFAULT_WEBHOOK_SETTINGS, 'the defaults the app falls back on are the environment defaults');
  t.match(loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETENTION_DAYS: '7' }).webhooks, { allowPrivate: true, retentionDays: 7 });
  t.equal(loadConfig({ WEBHOOK_ALLOW_PRIVATE: '1' }).webhooks.allowPrivate, true);
  t.equal(loadConfig({ WEBHOOK_ALLOW_PRIVATE: '0' }).webhooks.allowPrivate, false);
  t.equal(loadConfig({ WEBHOOK_ALLOW_PRIVATE: '' }).webhooks.allowPrivate, false, 'empty is unset');
  t.throws(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'yes' }), /WEBHOOK_ALLOW_PRIVATE/);
  t.throws(() => loadConfig({ WEBHOOK_RETENTION_DAYS: '0' }), /WEBHOOK_RETENTION_DAYS/);
  t.throws(() => loadConfig({ WEBHOOK_RETENTION_DAYS: '1.5' }), /WEBHOOK_RETENTION_DAYS/);
});
