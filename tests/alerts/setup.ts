import type { Store } from '../../shared/store/port.ts';
import { startTestStore } from '../helpers/store.ts';

/** A fresh store (dynalite, empty table) for one alert test. */
export async function openTestStore(): Promise<{ store: Store; close(): Promise<void> }> {
  const { store, close } = await startTestStore();
  return { store, close };
}
