/**
 * A child delivery process for the webhook crash test: sends the agreements of the events named in WH_EVENTS to
 * every webhook channel of the confirmed subscribers (the production channel step) from the table WH_TABLE at
 * WH_ENDPOINT, with delivery claims leased WH_LEASE seconds, and prints `done <summary>`. WH_KILL_AT_FINISH=N
 * makes it SIGKILL itself just before the N-th delivery record is written: after the receiver acknowledged a
 * post, before the sender recorded it.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { sendChannelAlerts } from '../../shared/alerts/channel-step.ts';
import { agreementItem } from '../../shared/alerts/items.ts';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { createStore } from '../../shared/store/dynamo-store.ts';
import type { Store } from '../../shared/store/port.ts';

const base = createStore({
  tableName: process.env.WH_TABLE ?? '',
  endpoint: process.env.WH_ENDPOINT ?? '',
  region: 'us-east-1',
  deliveryLeaseSeconds: Number(process.env.WH_LEASE ?? '900'),
});
const killAt = Number(process.env.WH_KILL_AT_FINISH ?? '0');
let finishes = 0;
/** The store, dying just before the N-th delivery record when asked (a crash at a chosen moment). */
const store: Store = Object.assign(Object.create(base) as Store, {
  async finishDelivery(d: Parameters<Store['finishDelivery']>[0]) {
    if (++finishes === killAt) process.kill(process.pid, 'SIGKILL');
    return base.finishDelivery(d);
  },
});

const batches = [];
for (const id of (process.env.WH_EVENTS ?? '').split(',')) {
  const event = await store.getEvent(id);
  if (event) batches.push({ event, items: event.agreements.map((a) => agreementItem(event.id, a)) });
}
const summary = await sendChannelAlerts(
  {
    store,
    // Only the operator's "channel disabled" mail would use it; no channel fails here.
    mailer: createSesMailer({
      from: 'alerts@kz-china.example',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    apiBaseUrl: 'http://api.test',
    allowPrivateWebhooks: true,
    logger: new Logger({ logLevel: 'SILENT' }),
  },
  batches,
);
process.stdout.write(`done ${JSON.stringify(summary)}\n`);
process.exit(0);
