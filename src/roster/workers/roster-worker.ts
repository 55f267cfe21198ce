import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { createScreener, type Screener } from '../../engine/screener.js';
import { resolveRules, type RulesOption } from '../../engine/resolve-rules.js';
import type { ResolvedRule, RuleSet } from '../../engine/rule-set.js';
import type { AnyRule } from '../../engine/types.js';
import { ValidationError } from '../../errors.js';
import { logOdds } from '../../scoring/log-odds.js';
import { noisyOr } from '../../scoring/noisy-or.js';
import { countsOf, reportEntryText } from '../../report/report-entry.js';
import { FactsLookup } from './_lib/link-facts.js';
import {
  ITEM,
  RULE,
  STEPS,
  type FromWorker,
  type ToWorker,
  type WorkResult,
  type WorkerSetup,
} from './_lib/protocol.js';

// The entry of a roster screening worker: it builds the same screener as the main thread, over a lookup
// of the link facts the main thread sends with each profile, and screens batches in order.

const setup = workerData as WorkerSetup;
const port = parentPort;
const progress = new Int32Array(setup.progress);
/** Rules of the profile being screened that already ran over their budget: they throw at once. */
let timedOut: ReadonlySet<string> | undefined;
let budgetMs = 0;

function send(message: FromWorker): void {
  port?.postMessage(message);
}

async function rulesFrom(module: string): Promise<RulesOption> {
  const url = isAbsolute(module) ? pathToFileURL(module).href : module;
  const namespace = (await import(url)) as { rules?: unknown; default?: unknown };
  const rules = namespace.rules ?? namespace.default;
  if (rules === undefined) throw new Error(`${module} exports neither \`rules\` nor a default`);
  return rules as RulesOption;
}

/**
 * The rule set with each check marking the shared progress before it runs, so the main thread's
 * watchdog can tell which rule a stuck profile is in. The version is the original's: the settings are.
 */
function watched(ruleSet: RuleSet): RuleSet {
  const rules = ruleSet.rules.map((resolved, index): ResolvedRule => {
    const rule = resolved.rule;
    const check: AnyRule['check'] = (profile, context) => {
      if (timedOut?.has(rule.id))
        throw new Error(`did not finish within its time budget of ${budgetMs} ms in a worker`);
      // Plain writes, not Atomics: the watchdog samples them every quarter budget, so a late view costs
      // nothing, and Atomics made this wrapper 1 µs a call (545 ms of a 10k roster's worker time).
      progress[RULE] = index;
      progress[STEPS] = (progress[STEPS] as number) + 1;
      try {
        return rule.check(profile, context);
      } finally {
        progress[RULE] = -1;
      }
    };
    // Named one by one as well as spread: a plugin rule may be a class instance whose members live on
    // its prototype, which a spread leaves behind.
    const copy: AnyRule = { ...rule, id: rule.id, meta: rule.meta, check };
    if (rule.setup) Object.assign(copy, { setup: rule.setup });
    if (rule.sources) Object.assign(copy, { sources: rule.sources });
    return { ...resolved, rule: copy };
  });
  return { rules, version: ruleSet.version };
}

async function start(): Promise<void> {
  const ruleSet = watched(
    resolveRules(setup.rulesModule === undefined ? setup.options.rules : await rulesFrom(setup.rulesModule)),
  );
  const lookup = setup.clusters === undefined ? undefined : new FactsLookup(new Map(setup.clusters));
  const screener: Screener = createScreener({
    ...setup.options,
    ...(setup.scoring && { scoring: setup.scoring === 'noisyOr' ? noisyOr : logOdds }),
    rules: ruleSet,
    ...(lookup && { links: lookup }),
  });
  send({ kind: 'ready', version: ruleSet.version, ruleIds: ruleSet.rules.map((r) => r.rule.id) });
  // Chained, so a batch never starts before the one before it has been answered.
  let chain = Promise.resolve();
  port?.on('message', (message: ToWorker) => {
    chain = chain
      .then(() => screenBatch(screener, lookup, message))
      .then((results) => send({ kind: 'done', seq: message.seq, results }));
  });
}

async function screenBatch(
  screener: Screener,
  lookup: FactsLookup | undefined,
  batch: ToWorker,
): Promise<WorkResult[]> {
  budgetMs = batch.budgetMs;
  const results: WorkResult[] = [];
  for (let i = 0; i < batch.items.length; i++) {
    const item = batch.items[i] as ToWorker['items'][number];
    progress[ITEM] = i;
    progress[RULE] = -1;
    progress[STEPS] = (progress[STEPS] as number) + 1;
    timedOut = item.timedOut && new Set(item.timedOut);
    if (item.failed !== undefined) {
      results.push({
        ok: false,
        profileId: undefined,
        issues: [{ path: '', code: 'screening_timeout', message: item.failed }],
      });
      continue;
    }
    // The main thread parsed the same text without error in this pass, so this parse cannot throw.
    const value: unknown = item.text === undefined ? item.value : JSON.parse(item.text);
    const id = (value as { id?: unknown } | null)?.id;
    if (lookup && typeof id === 'string') lookup.use(id, item.facts ?? {});
    try {
      const screening = await screener.screen(value as never);
      const detail = setup.reportEntries;
      results.push(
        detail === undefined
          ? { ok: true, screening }
          : {
              ok: true,
              screening: countsOf(screening),
              entry: { detail, text: reportEntryText(screening, detail) },
            },
      );
    } catch (error) {
      // The main thread validated the record already: only a changed file or a clock error lands here.
      if (error instanceof ValidationError)
        results.push({ ok: false, profileId: error.profileId, issues: [...error.issues] });
      else throw error;
    }
  }
  timedOut = undefined;
  return results;
}

start().catch((error: unknown) => {
  send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
});
