/**
 * The command line of the ablation run (run.ts): which rules, which real sets, and where the results go.
 */

/** The real dev set beside the repo, scored unless `--no-dev`. */
export const DEV = '../shared/dev/articles.jsonl';

/** What one ablation run does, as its flags say. */
export interface Options {
  only: RegExp | null;
  sets: string[];
  pipe: boolean;
  drill: boolean;
  maxFanout: number;
  out: string | null;
  save: string | null;
  render: string | null;
  /** Try every export alone, not whole files first (slower; checks the "by its group" verdicts). */
  perExport: boolean;
  /** A saved run (`--save`) whose no-fold-needed rules alone are tried again (on other sets, say). */
  recheck: string | null;
  /** A saved run (same sets) whose baseline and trials are taken over instead of run again. */
  resume: string | null;
}

/** Reads the flags (see run.ts's doc comment); an unknown flag or a missing value throws. */
export function parseArgs(argv: string[]): Options {
  const o: Options = {
    only: null,
    sets: [DEV],
    pipe: false,
    drill: true,
    maxFanout: 24,
    out: null,
    save: null,
    render: null,
    perExport: false,
    recheck: null,
    resume: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--only') o.only = new RegExp(next());
    else if (a === '--real') o.sets.push(next());
    else if (a === '--no-dev') o.sets = o.sets.filter((x) => x !== DEV);
    else if (a === '--pipe') o.pipe = true;
    else if (a === '--no-drill') o.drill = false;
    else if (a === '--max-fanout') o.maxFanout = Number(next());
    else if (a === '--out') o.out = next();
    else if (a === '--save') o.save = next();
    else if (a === '--render') o.render = next();
    else if (a === '--per-export') o.perExport = true;
    else if (a === '--recheck') o.recheck = next();
    else if (a === '--resume') o.resume = next();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}
