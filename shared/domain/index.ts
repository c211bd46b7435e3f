/** The domain model: zod schemas are the single source of the project's types. */
export * from './article.ts';
export * from './event.ts';
export * from './source.ts';
export * from './subscriber.ts';
