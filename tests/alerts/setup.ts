import type { Store } from '../../shared/store/port.ts';
import { memoryStore } from './memory-store.ts';

/** The store for the alert tests (one per test file). */
export async function openTestStore(): Promise<{ store: Store; close(): Promise<void> }> {
  return { store: memoryStore(), close: async () => {} };
}
