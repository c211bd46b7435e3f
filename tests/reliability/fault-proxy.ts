import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One injected DynamoDB fault: which requests, what answer, and whether a retry of the same request passes. */
export interface FaultRule {
  /** The operation (`PutItem`, `GetItem`, `Query` …); any when absent. */
  op?: string;
  /** Further filter on the JSON request body. */
  match?: RegExp;
  kind: 'throttle' | 'server-error';
  /** Transient: only the first sending of a given request body fails (the SDK's retry then succeeds). */
  transient?: boolean;
  /** Applies to every `every`-th matching distinct request only (default 1: all). */
  every?: number;
  /** Stops after this many injected faults. */
  limit?: number;
}

/** A proxy in front of a local DynamoDB that answers some requests with throttling or 500 errors. */
export interface FaultProxy {
  endpoint: string;
  rules: FaultRule[];
  /** Faults injected so far, per operation. */
  injected: Map<string, number>;
  close(): Promise<void>;
}

const ANSWERS = {
  throttle: {
    status: 400,
    body: {
      __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException',
      message: 'Rate of requests exceeds the allowed throughput.',
    },
  },
  'server-error': {
    status: 500,
    body: {
      __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
      message: 'Internal server error',
    },
  },
} as const;

/** Starts the proxy on loopback in front of `target` (an http://host:port DynamoDB endpoint). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const rules: FaultRule[] = [];
  const injected = new Map<string, number>();
  const seen = new Set<string>();
  const counters = new Map<FaultRule, { n: number; fired: number }>();
  const upstream = new URL(target);

  function fault(op: string, body: string): FaultRule | null {
    const digest = createHash('sha1').update(body).digest('hex');
    for (const rule of rules) {
      if (rule.op && rule.op !== op) continue;
      if (rule.match && !rule.match.test(body)) continue;
      if (rule.transient && seen.has(digest)) continue;
      const c = counters.get(rule) ?? { n: 0, fired: 0 };
      counters.set(rule, c);
      c.n++;
      if ((c.n - 1) % (rule.every ?? 1) !== 0) continue;
      if (rule.limit !== undefined && c.fired >= rule.limit) continue;
      c.fired++;
      if (rule.transient) seen.add(digest);
      return rule;
    }
    return null;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const op = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      const rule = fault(op, body.toString('utf8'));
      if (rule) {
        injected.set(op, (injected.get(op) ?? 0) + 1);
        const a = ANSWERS[rule.kind];
        res.writeHead(a.status, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(a.body));
        return;
      }
      const fwd = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      fwd.on('error', () => res.destroy());
      fwd.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rules,
    injected,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
