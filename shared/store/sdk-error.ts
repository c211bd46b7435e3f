/** One line naming an SDK error: its name and (the first line of) its message. */
export function sdkReason(err: unknown): string {
  const e = err as Error | null;
  const message = (e?.message ?? '').split('\n')[0]?.slice(0, 200);
  return message && message !== e?.name ? `${e?.name ?? 'Error'}: ${message}` : (e?.name ?? String(err));
}
