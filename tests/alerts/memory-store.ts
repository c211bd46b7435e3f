import type { Delivery, Subscriber } from '../../shared/domain/index.ts';
import type { Store } from '../../shared/store/port.ts';

/** TEMPORARY development fake (subscribers, deliveries, counters only) until tests/helpers/store.ts exists. */
export function memoryStore(): Store {
  const subs = new Map<string, Subscriber>();
  const deliveries = new Map<string, Delivery>();
  const counters = new Map<string, number>();
  const notImpl = () => {
    throw new Error('not implemented in the fake');
  };
  const store: Partial<Store> = {
    async putSubscriberIfNew(sub) {
      if (subs.has(sub.id)) return false;
      subs.set(sub.id, structuredClone(sub));
      return true;
    },
    async updateSubscriber(sub) {
      subs.set(sub.id, structuredClone(sub));
    },
    async getSubscriber(id) {
      return structuredClone(subs.get(id) ?? null);
    },
    async getSubscriberByEmail(email) {
      return structuredClone([...subs.values()].find((s) => s.email === email) ?? null);
    },
    async getSubscriberByTokenHash(h) {
      return structuredClone([...subs.values()].find((s) => s.tokenHash === h) ?? null);
    },
    async listConfirmedSubscribers() {
      return [...subs.values()].filter((s) => s.status === 'confirmed').map((s) => structuredClone(s));
    },
    async claimDelivery(alertKey, subscriberId) {
      const k = `${alertKey}|${subscriberId}`;
      const prev = deliveries.get(k);
      if (prev && prev.status !== 'failed') return false;
      deliveries.set(k, {
        alertKey,
        subscriberId,
        status: 'claimed',
        attempts: prev?.attempts ?? 0,
        updatedAt: new Date().toISOString(),
        messageId: null,
        lastError: prev?.lastError ?? null,
      });
      return true;
    },
    async finishDelivery(d) {
      deliveries.set(`${d.alertKey}|${d.subscriberId}`, structuredClone(d));
    },
    async getDelivery(alertKey, subscriberId) {
      return structuredClone(deliveries.get(`${alertKey}|${subscriberId}`) ?? null);
    },
    async incrementCounter(key) {
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return n;
    },
  };
  return new Proxy(store as Store, { get: (t, p) => (p in t ? t[p as keyof Store] : notImpl) });
}
