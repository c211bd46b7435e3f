import { describe, expect, it } from 'vitest';
import { syntheticReports } from '../../bench/cluster-scale.ts';
import { blockingRules, NO_RULES } from '../../shared/dedup/blocking.ts';
import {
  DEFAULT_MODEL,
  EventClusterer,
  eventIdFor,
  MemoryClusters,
  namesMatch,
  reportOfInput,
} from '../../shared/dedup/index.ts';
import { type LinkageModel, scoreOf } from '../../shared/dedup/linkage.ts';
import { lookupKey, nameBlockingKeys, nameTokens } from '../../shared/dedup/names.ts';
import { CONTENT, FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';

/** Whether two names share a blocking key (as the index looks them up). */
function shareKey(a: string, b: string): boolean {
  const mine = new Set(nameBlockingKeys(nameTokens(a)).map(lookupKey));
  return nameBlockingKeys(nameTokens(b)).some((k) => mine.has(k));
}

describe('name blocking keys', () => {
  const names = [
    'Murat Nurtleu',
    'Nurtleu',
    'M. Nurtleu',
    'N. Murat',
    'Yermek Kosherbayev',
    'Yermek Kosherbaev',
    'Kosherbaeva',
    'Zhomart Tokayev',
    'Jomart Tokaev',
    'Wang Yi',
    'Yi Wang',
    'Wang Wentao',
    'Li Qiang',
    'Qiang Li',
    'Aidarbek Saparov',
    'Aidarbek Saparova',
    'Saporov',
  ];

  it('every pair of names that can denote one person shares a key (so blocking never hides a match)', () => {
    for (const a of names)
      for (const b of names) if (namesMatch(a, b)) expect(shareKey(a, b), `${a} ~ ${b}`).toBe(true);
  });

  it('an initial meets the whole name it abbreviates, and only through the initial', () => {
    expect(namesMatch('Nurtleu', 'N. Murat')).toBe(true);
    expect(shareKey('Nurtleu', 'N. Murat')).toBe(true);
    expect(shareKey('Wang Yi', 'Li Qiang')).toBe(false);
  });
});

describe('blocking rules', () => {
  it('the committed model proves both rules (far dates and nobody in common cannot link)', () => {
    expect(blockingRules(DEFAULT_MODEL, 8)).toEqual({ dayGap: 1, byPerson: true });
  });

  it('a model that lets far dates link proves nothing about dates', () => {
    const i = DEFAULT_MODEL.features.indexOf('dateFar');
    const weights = DEFAULT_MODEL.weights.map((w, k) => (k === i ? 0 : w));
    const model: LinkageModel = { ...DEFAULT_MODEL, weights };
    expect(blockingRules(model, 8).dayGap).toBeNull();
  });
});

/** Cluster ids of reports placed in date order through a memory port with the given rules. */
function clusterWith(rules: typeof NO_RULES, n: number): string[] {
  // the plain path: neither the index nor the clusterer's own check may skip a cluster
  const clusterer = Object.assign(new EventClusterer(), { rules });
  const memory = new MemoryClusters(rules);
  const reports = syntheticReports(n, 11).map((x) => reportOfInput(x));
  const placed = reports.map((r) => {
    if (!r) throw new Error('synthetic reports are all relevant');
    return memory.apply(r, clusterer.decide(r, memory.candidatesOf(r)));
  });
  return placed.map((c) => eventIdFor(memory.resolve(c).reports.map((x) => x.key)));
}

describe('blocked clustering', () => {
  it('gives the same clusters as plain day blocking (the rules only skip pairs that cannot link)', () => {
    const clusterer = new EventClusterer();
    expect(clusterWith(clusterer.rules, 900)).toEqual(clusterWith(NO_RULES, 900));
  });
});

describe('facts-only features', () => {
  it('leave exactly the content features unknown and agree with the full vector elsewhere', () => {
    const reports = syntheticReports(40, 5).map((x) => reportOfInput(x));
    for (let i = 1; i < reports.length; i++) {
      const a = reports[0] as NonNullable<(typeof reports)[number]>;
      const b = reports[i] as NonNullable<(typeof reports)[number]>;
      const facts = pairFeatures(a, b, true);
      const full = pairFeatures(a, b);
      FEATURES.forEach((name, k) => {
        const content = (CONTENT as readonly string[]).includes(name);
        expect(Number.isNaN(facts[k]), name).toBe(content);
        if (!content) expect(facts[k], name).toBe(full[k]);
      });
      // the bound never falls below the score
      expect(scoreOf(facts)).toBeGreaterThanOrEqual(scoreOf(full));
    }
  });
});
