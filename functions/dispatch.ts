/** Lambda handler placeholder (dispatch); the real handler lands with the pipeline and API issues. */
export const handler = async (): Promise<{ statusCode: number; body: string }> => ({
  statusCode: 501,
  body: JSON.stringify({ error: { code: 'not_implemented', message: 'dispatch is not implemented yet' } }),
});
