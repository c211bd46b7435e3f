/**
 * The ablation's units, found by walking a module's exports rather than by a hand-kept list, so the tool stays
 * true as the packs change. A *rule* is a data container reached from an export: an array (a cue list, a pattern
 * table, a gazetteer file's entries), a Set, a Map, or a plain object. Objects whose values hold containers
 * (`KIND_EN`, `KIND_EN.verbs`) are *groups* that the runner drills into; everything else is a *leaf*. Emptying a
 * rule empties every leaf beneath it in place (array → [], Set/Map → cleared, a map of scalars → {}), so the
 * record keys that rule modules read (`KIND_EN.verbs.meeting`) stay and the words behind them go.
 */

/** One rule found under a module's exports. */
export interface RuleNode {
  /** `file#EXPORT.key.key`: stable across runs, used by `--only` and in the results. */
  id: string;
  file: string;
  /** Export name, then object keys down to the node. */
  path: string[];
  /** `group` has container children (drill into it); `leaf` is emptied as a whole. */
  shape: 'group' | 'leaf';
  /** Entries it holds: array length, Set/Map size, or object keys. */
  size: number;
  /** Why it cannot be ablated (frozen, …); absent when it can. */
  notAblatable?: string;
}

/** A container the walker treats as data: plain arrays, Sets, Maps and plain objects (not RegExps, typed arrays). */
export function isContainer(v: unknown): v is unknown[] | Set<unknown> | Map<unknown, unknown> | object {
  if (Array.isArray(v) || v instanceof Set || v instanceof Map) return true;
  if (v === null || typeof v !== 'object') return false;
  // A module namespace (`import * as en`) held in a table is an alias of a pack file, listed under that file.
  if (Object.prototype.toString.call(v) === '[object Module]') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return isContainer(v) && !Array.isArray(v) && !(v instanceof Set) && !(v instanceof Map);
}

/** A plain object holding functions is a namespace of code, not a rule table: the walker skips it. */
function holdsCode(o: Record<string, unknown>): boolean {
  return Object.values(o).some((v) => typeof v === 'function');
}

function sizeOf(v: object): number {
  if (Array.isArray(v)) return v.length;
  if (v instanceof Set || v instanceof Map) return v.size;
  return Object.keys(v).length;
}

/** Why a container cannot be emptied in place: frozen (or sealed, for objects whose keys would go). */
function lockReason(v: object): string | undefined {
  if (Object.isFrozen(v)) return 'frozen';
  if (isPlainObject(v) && Object.isSealed(v) && Object.keys(v).length > 0) return 'sealed';
  return undefined;
}

/**
 * Every rule under a module's exports, groups before their members, in export order. `seen` holds containers
 * met already (in this or an earlier module): a re-export or alias is listed once, where it was first found.
 */
export function enumerateRules(
  file: string,
  exports: Record<string, unknown>,
  seen: WeakSet<object> = new WeakSet(),
): RuleNode[] {
  const out: RuleNode[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (!isContainer(value) || seen.has(value)) return;
    if (isPlainObject(value) && holdsCode(value)) return;
    seen.add(value);
    const kids = isPlainObject(value) ? Object.entries(value).filter(([, v]) => isContainer(v)) : [];
    const node: RuleNode = {
      id: `${file}#${path.join('.')}`,
      file,
      path,
      shape: kids.length > 0 ? 'group' : 'leaf',
      size: sizeOf(value),
    };
    const locked = lockReason(value);
    if (locked) node.notAblatable = locked;
    out.push(node);
    for (const [k, v] of kids) walk(v, [...path, k]);
  };
  for (const name of Object.keys(exports).sort()) walk(exports[name], [name]);
  return out;
}

/** The container at `path` under a module namespace, or undefined. */
export function resolve(exports: Record<string, unknown>, path: readonly string[]): unknown {
  let v: unknown = exports;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/**
 * Empties a rule in place and returns how many leaves were emptied. A group keeps its keys and has each
 * container value emptied (its scalar values, such as a `min` count, stay); a leaf loses all its entries.
 * Throws when something under it is frozen: the caller reports that rule as not ablatable.
 */
export function emptyRule(value: unknown): number {
  if (!isContainer(value)) throw new Error('not a data container');
  const locked = lockReason(value);
  if (locked) throw new Error(locked);
  if (Array.isArray(value)) {
    value.length = 0;
    return 1;
  }
  if (value instanceof Set || value instanceof Map) {
    value.clear();
    return 1;
  }
  const o = value as Record<string, unknown>;
  const kids = Object.values(o).filter(isContainer);
  if (kids.length === 0) {
    for (const k of Object.keys(o)) delete o[k];
    return 1;
  }
  return kids.reduce<number>((n, v) => n + emptyRule(v), 0);
}
