/**
 * The pages' static assets, self-hosted (the machines are offline, and a CDN would tell a third party who reads
 * what). Names carry a content hash, so they are cached for a year and a new deploy is a new name.
 */
import { createHash } from 'node:crypto';

const CSS = `
:root{--ink:#1d2330;--muted:#4d5566;--line:#d5d9e0;--bg:#fff;--soft:#f3f5f8;--accent:#0a5ca8;--kz:#00738a;--cn:#b3261e}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #f0a400;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1em;top:1em;background:#fff;padding:.5em;z-index:2}
header.site{background:#12304f;color:#fff;padding:.6em 1em}header.site a{color:#fff}
header.site .brand{font-weight:700;text-decoration:none;margin-right:1em}
nav ul{list-style:none;margin:.3em 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.2em 1em}
nav a[aria-current=page]{text-decoration-thickness:3px}
main{max-width:62em;margin:0 auto;padding:1em}
footer.site{max-width:62em;margin:2em auto;padding:0 1em;color:var(--muted);font-size:.9em}
h1{font-size:1.6em;line-height:1.2;margin:.4em 0}h2{font-size:1.25em;margin:1.2em 0 .4em}
.muted{color:var(--muted)}.small{font-size:.9em}
form.filters{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.8em}
.filters,.grid{display:grid;gap:.6em;align-items:end;grid-template-columns:repeat(auto-fill,minmax(12em,1fr))}
.filters .wide,.grid .wide{grid-column:1/-1}
label{display:block;font-weight:600;font-size:.92em}
input,select,button{font:inherit}input[type=text],input[type=search],input[type=email],input[type=url],input[type=date],select{width:100%;padding:.35em;border:1px solid #8a93a3;border-radius:4px;background:#fff}
button,.button{display:inline-block;background:var(--accent);color:#fff;border:0;border-radius:4px;padding:.45em 1.1em;cursor:pointer;text-decoration:none}
.actions{display:flex;gap:1em;align-items:center;flex-wrap:wrap}
fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 .8em}fieldset label{font-weight:400}
ol.timeline{list-style:none;padding:0;margin:0}
article.event{border-top:1px solid var(--line);padding:.9em 0}
article.event h2,article.event h3{font-size:1.1em;margin:.2em 0}
.meta{display:flex;flex-wrap:wrap;gap:.2em .9em;color:var(--muted);font-size:.92em}
.kind{display:inline-block;background:#e3ecf7;color:#0b3d6e;border-radius:3px;padding:0 .4em;font-weight:600;font-size:.85em;text-transform:uppercase;letter-spacing:.03em}
.side-KZ{color:var(--kz)}.side-CN{color:var(--cn)}
ul.people,ul.docs,ul.figs,ul.srcs{margin:.3em 0;padding-left:1.2em}
.tag{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 .3em;font-size:.85em}
.table-wrap{overflow-x:auto}
form.inline{display:inline;margin-left:.5em}form.inline button{padding:.1em .6em;font-size:.9em}
table{border-collapse:collapse;width:100%;font-size:.95em}th,td{border-bottom:1px solid var(--line);padding:.4em;text-align:left;vertical-align:top}
th a{color:inherit}
.notice{background:#fff6db;border:1px solid #e8c66a;padding:.5em .8em;border-radius:4px}
.ok{color:#1d6b2f}.bad{color:#a3221a}
figure.chart{margin:0}svg.chart{width:100%;height:auto;max-width:46em}
svg.chart text{font-size:12px;fill:var(--ink)}svg.chart .grid{stroke:#e1e4ea}svg.chart .axis{stroke:#7a8394}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
blockquote{margin:.2em 0 .2em .5em;padding-left:.6em;border-left:3px solid var(--line);color:var(--muted);font-size:.9em}
@media (max-width:40em){body{font-size:15px}main{padding:.6em}dl.facts{grid-template-columns:1fr}}
`;

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#12304f"/><path d="M3 11h10M3 8h7M3 5h4" stroke="#fff" stroke-width="1.6"/></svg>';

/** One static asset: its hashed path, body and content type. */
export interface Asset {
  path: string;
  body: string;
  type: string;
}

function asset(name: string, ext: string, body: string, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { path: `/assets/${name}.${hash}.${ext}`, body: body.trim(), type };
}

/** The stylesheet. */
export const STYLESHEET = asset('site', 'css', CSS, 'text/css; charset=utf-8');
/** The icon (an SVG, so browsers do not ask for /favicon.ico). */
export const ICON_ASSET = asset('icon', 'svg', ICON, 'image/svg+xml');

/** Every asset by path. */
export const ASSETS: ReadonlyMap<string, Asset> = new Map([STYLESHEET, ICON_ASSET].map((a) => [a.path, a]));

/** Cache headers of a hashed asset: a year, immutable (its name changes with its content). */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';
