/** Lambda handler placeholder (ingest); the real handler lands with the pipeline and API issues. */
export const handler = async (): Promise<{ statusCode: number; body: string }> => ({
  statusCode: 501,
  body: JSON.stringify({ error: { code: 'not_implemented', message: 'ingest is not implemented yet' } }),
});
