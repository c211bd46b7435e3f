import { describe, expect, it } from 'vitest';
import { emptyRule, enumerateRules, resolve } from '../../bench/ablation/enumerate.ts';
import { loss } from '../../bench/ablation/fields.ts';
import { readAtLoad } from '../../bench/ablation/own-use.ts';
import { markdown, type Trial } from '../../bench/ablation/report.ts';

/** A made-up language pack, shaped like the real ones: lists, a table of lists, a scalar map, code, a frozen list. */
function syntheticPack() {
  return {
    GREETINGS: ['hello', 'hi'],
    KIND: { verbs: { meeting: ['met', 'meets'], visit: ['arrived'] }, discuss: ['discussed'], min: 2 },
    SPELLING: { colour: 'color', centre: 'center' },
    SURNAMES: new Set(['Wang', 'Li']),
    LOCKED: Object.freeze(['fixed']),
    PATTERN: /never/u,
    LIMIT: 40,
    helpers: { build: () => 1 },
    build: () => 2,
  };
}

describe('ablation enumerator', () => {
  it('lists every data container under the exports, groups before members, and skips code and scalars', () => {
    const rules = enumerateRules('pack.ts', syntheticPack());
    expect(rules.map((r) => `${r.id} ${r.shape}`)).toEqual([
      'pack.ts#GREETINGS leaf',
      'pack.ts#KIND group',
      'pack.ts#KIND.verbs group',
      'pack.ts#KIND.verbs.meeting leaf',
      'pack.ts#KIND.verbs.visit leaf',
      'pack.ts#KIND.discuss leaf',
      'pack.ts#LOCKED leaf',
      'pack.ts#SPELLING leaf',
      'pack.ts#SURNAMES leaf',
    ]);
    expect(rules.find((r) => r.id === 'pack.ts#LOCKED')?.notAblatable).toBe('frozen');
    expect(rules.find((r) => r.id === 'pack.ts#GREETINGS')?.notAblatable).toBeUndefined();
  });

  it('lists a table once when another module re-exports or aliases it', () => {
    const pack = syntheticPack();
    const seen = new WeakSet<object>();
    enumerateRules('pack.ts', pack, seen);
    const again = enumerateRules('barrel.ts', { ALIAS: pack.GREETINGS, OWN: ['x'] }, seen);
    expect(again.map((r) => r.id)).toEqual(['barrel.ts#OWN']);
  });
});

describe('ablation mutator', () => {
  it('empties a group in place: its lists go, its keys and scalar settings stay', () => {
    const pack = syntheticPack();
    const kind = pack.KIND;
    expect(emptyRule(resolve(pack, ['KIND']))).toBe(3);
    expect(pack.KIND).toBe(kind);
    expect(pack.KIND).toEqual({ verbs: { meeting: [], visit: [] }, discuss: [], min: 2 });
    expect(pack.GREETINGS).toEqual(['hello', 'hi']);
  });

  it('empties one leaf only, a scalar map to {}, a Set to nothing', () => {
    const pack = syntheticPack();
    emptyRule(resolve(pack, ['KIND', 'verbs', 'visit']));
    expect(pack.KIND.verbs).toEqual({ meeting: ['met', 'meets'], visit: [] });
    emptyRule(resolve(pack, ['SPELLING']));
    expect(pack.SPELLING).toEqual({});
    emptyRule(resolve(pack, ['SURNAMES']));
    expect(pack.SURNAMES.size).toBe(0);
  });

  it('refuses frozen data and things that are not tables', () => {
    const pack = syntheticPack();
    expect(() => emptyRule(resolve(pack, ['LOCKED']))).toThrow('frozen');
    expect(() => emptyRule(resolve(pack, ['PATTERN']))).toThrow('not a data container');
    expect(resolve(pack, ['KIND', 'nothing', 'here'])).toBeUndefined();
  });
});

describe("load-time reads of a module's own exports", () => {
  const src = [
    '/** A comment naming LATE and ALSO does not count. */',
    "export const BASE = ['a', 'b'];",
    "export const MORE = [...BASE, 'c'];",
    'export const SET = new Set(MORE);',
    "export const LATE = ['x'];",
    'export function has(w: string): boolean {',
    '  return LATE.includes(w);',
    '}',
    "export const ALSO = ['y'];",
    'export const isAlso = (w: string) => ALSO.includes(w);',
    "const text = 'SPARE is only in a string';",
    "export const SPARE = ['z'];",
  ].join('\n');

  it('finds exports read by top-level code, not those read inside functions, comments or strings', () => {
    expect([...readAtLoad(src, ['BASE', 'MORE', 'SET', 'LATE', 'ALSO', 'SPARE'])].sort()).toEqual([
      'BASE',
      'MORE',
    ]);
  });
});

describe('ablation report', () => {
  const base = {
    dev: [
      { relev: 1, kind: 0.9, traps: 0 },
      { relev: 1, kind: 1, traps: 0 },
    ],
  };
  const rules = enumerateRules('pack.ts', syntheticPack());
  const trial = (id: string, level: Trial['level'], l: Array<Record<string, number>>): Trial => {
    const lowered = l
      .flatMap((r) => Object.values(r))
      .filter((v) => v > 0)
      .reduce((a, b) => a + b, 0);
    return { id, level, members: 1, losses: { dev: l }, lowered, raised: 0, changed: lowered > 0 };
  };

  it('puts a rule that lowers a figure in the table, and rules of an unchanged group in the no-fold list', () => {
    const md = markdown({
      trials: [
        trial('pack.ts#KIND.verbs.meeting', 'rule', [
          { relev: 0, kind: 0.1, traps: 0 },
          { relev: 0, kind: 0, traps: 0 },
        ]),
        trial('pack.ts#KIND.verbs.visit', 'rule', [
          { relev: 0, kind: 0, traps: 0 },
          { relev: 0, kind: 0, traps: 0 },
        ]),
        trial('pack.ts#GREETINGS', 'rule', [
          { relev: 0, kind: 0, traps: 0 },
          { relev: 0, kind: 0, traps: 0 },
        ]),
      ],
      rules,
      base,
      sets: ['dev'],
      minutes: 1,
      command: 'test',
      machine: 'test',
      date: '2026-01-01T00:00:00Z',
    });
    const [lowering, rest] = md.split('## Removal only raised');
    expect(lowering).toContain('| `pack.ts#KIND.verbs.meeting` | rule | 1 | 0.1 | 0 |  | −.100 · |  |');
    const noFold = rest?.split('## No fold needed')[1] ?? '';
    expect(noFold).toContain('`KIND.verbs.visit`');
    expect(noFold).toContain('`GREETINGS`');
    expect(noFold).not.toContain('meeting');
    expect(md).toContain('`pack.ts#LOCKED`: frozen');
    expect(md).toContain('| dev | 0 | 1.000 | 0.900 | 0 |');
  });

  it('counts more dateline traps as worse and a lower score as a loss', () => {
    expect(loss('traps', 0, 2)).toBe(2);
    expect(loss('kind', 0.9, 0.85)).toBe(0.05);
    expect(loss('kind', 0.85, 0.9)).toBe(-0.05);
    expect(loss('place', null, 0.5)).toBe(0);
  });
});
