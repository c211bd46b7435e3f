/**
 * `/docs`: the API reference as one readable HTML page, generated from the same route list and zod schemas as
 * `/openapi.json`, so it cannot drift from what the API does. Self-contained (inline style, no scripts, no
 * fonts or CDN: the machines it runs on may be offline) and readable on a phone.
 */
import type * as z from 'zod';
import { escapeHtml as esc } from '../alerts/mail-safety.ts';
import { jsonSchema, openApiPath, queryParams } from './openapi.ts';
import type { RouteDef } from './route-def.ts';

const STYLE = [
  'body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:0 auto;padding:1em;color:#1b1b1b}',
  'h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.1em;margin:1.5em 0 .3em}',
  'code,.path{font-family:ui-monospace,monospace}.m{display:inline-block;min-width:3.5em;font-weight:bold}',
  '.GET{color:#0a5a2a}.POST{color:#7a3b00}table{border-collapse:collapse;width:100%;margin:.4em 0}',
  'th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f4f4f4}',
  'nav ul{columns:2 18em}@media(max-width:40em){td,th{font-size:.9em}}',
].join('');

/** A short human description of a JSON Schema: type, enum values, format, bounds, default. */
export function describeSchema(s: Record<string, unknown>): string {
  if (Array.isArray(s.enum))
    return `one of ${s.enum.map((v) => `<code>${esc(String(v))}</code>`).join(', ')}`;
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
    const alts = (s.anyOf ?? s.oneOf) as Record<string, unknown>[];
    return alts.map(describeSchema).join(' or ');
  }
  const parts = [esc(String(s.type ?? 'value'))];
  if (s.type === 'array' && s.items)
    parts[0] = `list of ${describeSchema(s.items as Record<string, unknown>)}`;
  if (s.format) parts.push(`(${esc(String(s.format))})`);
  // A date pattern says more in words than as a regular expression.
  if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'a date, YYYY-MM-DD';
  if (s.pattern) parts.push(`matching <code>${esc(String(s.pattern))}</code>`);
  if (s.minimum !== undefined || s.maximum !== undefined)
    parts.push(`${s.minimum ?? '…'}–${s.maximum ?? '…'}`);
  if (s.maxLength !== undefined) parts.push(`up to ${s.maxLength} characters`);
  if (s.default !== undefined) parts.push(`default <code>${esc(JSON.stringify(s.default))}</code>`);
  return parts.join(' ');
}

/** Escaped text with `backticks` shown as code, as the route list writes them. */
function prose(s: string): string {
  return esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** A table of parameters (query and path). */
function paramTable(r: RouteDef): string {
  const rows = [
    ...Object.entries(r.params ?? {}).map(([name, s]) => ({
      name,
      where: 'path',
      required: true,
      schema: jsonSchema(s, 'input'),
      description: s.description,
    })),
    ...queryParams(r.query).map((p) => ({ ...p, where: 'query' })),
  ];
  if (rows.length === 0) return '';
  const body = rows
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${p.where}</td><td>${p.required ? 'yes' : 'no'}</td><td>${p.description ? `${prose(p.description)}: ` : ''}${describeSchema(p.schema)}</td></tr>`,
    )
    .join('');
  return `<table><caption class="sr">Parameters</caption><tr><th scope="col">parameter</th><th scope="col">in</th><th scope="col">required</th><th scope="col">value</th></tr>${body}</table>`;
}

/** The fields of a request body schema, one line each. */
function bodyFields(r: RouteDef): string {
  const entries = Object.entries(r.body ?? {});
  if (entries.length === 0) return '';
  const [, first] = entries[0] as [string, z.ZodType];
  const props = (jsonSchema(first, 'input').properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((jsonSchema(first, 'input').required ?? []) as string[]);
  const items = Object.entries(props)
    .map(
      ([k, s]) =>
        `<li><code>${esc(k)}</code>${required.has(k) ? ' (required)' : ''}: ${describeSchema(s)}</li>`,
    )
    .join('');
  const types = entries.map(([t]) => `<code>${esc(t)}</code>`).join(' or ');
  return `<p>Body (${types}):</p><ul>${items}</ul>`;
}

/** The documented answers of a route. */
function responseList(r: RouteDef): string {
  const items = Object.entries(r.responses).map(([status, res]) => {
    const media = [res.json && 'JSON', res.contentType?.split(';')[0]].filter(Boolean).join(' or ');
    return `<li><strong>${esc(status)}</strong> ${esc(res.description)}${media ? ` — ${esc(media)}` : ''}</li>`;
  });
  return `<p>Answers:</p><ul>${items.join('')}</ul>`;
}

/** The anchor id of a route. */
const anchor = (r: RouteDef) => `${r.method.toLowerCase()}-${r.operationId}`;

/** One route's section. */
function routeSection(r: RouteDef, base: string): string {
  const path = openApiPath(r.path);
  const example =
    r.method === 'GET' && !r.path.includes(':')
      ? `<p>Try: <a href="${esc(base + r.path)}"><code>${esc(r.path)}</code></a></p>`
      : '';
  return [
    `<section id="${anchor(r)}"><h3><span class="m ${r.method}">${r.method}</span> <span class="path">${esc(path)}</span></h3>`,
    `<p>${prose(r.summary)}.</p>`,
    r.description ? `<p>${prose(r.description)}</p>` : '',
    paramTable(r),
    bodyFields(r),
    responseList(r),
    example,
    '</section>',
  ].join('\n');
}

/** The whole `/docs` page. */
export function docsPage(routes: RouteDef[], base: string): string {
  const tags = [...new Set(routes.map((r) => r.tag))];
  const toc = tags
    .map((t) => {
      const links = routes
        .filter((r) => r.tag === t)
        .map((r) => `<li><a href="#${anchor(r)}">${r.method} ${esc(openApiPath(r.path))}</a></li>`)
        .join('');
      return `<li>${esc(t)}<ul>${links}</ul></li>`;
    })
    .join('');
  const sections = tags
    .map(
      (t) =>
        `<h2>${esc(t)}</h2>\n${routes
          .filter((r) => r.tag === t)
          .map((r) => routeSection(r, base))
          .join('\n')}`,
    )
    .join('\n');
  const intro =
    'Kazakhstan–China events (meetings, visits, agreements, figures) extracted from the news. Errors are JSON <code>{"error": {"code", "message", "field"}}</code>: 400 for a bad parameter (naming it), 404 for an unknown route or id, 405 with <code>Allow</code> for a wrong method, 413 for a body over 64 KB; a 5xx never carries internal details. The machine-readable form of this page is <a href="openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1).';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>kz-china-monitor API</title><style>${STYLE}.sr{position:absolute;left:-9999px}</style></head><body><header><h1>kz-china-monitor API</h1><p>${intro}</p></header><nav aria-label="Routes"><ul>${toc}</ul></nav><main>${sections}</main></body></html>`;
}
