import { readFile } from 'node:fs/promises';
import { StoredLinkIndex, type LinkExchange } from '../links/stored-link-index.js';
import { openLinkStore } from '../links/stores/open-link-store.js';
import { StoreError } from '../links/stores/store-error.js';
import type { Profile } from '../schema/profile.js';
import { safeParseProfile } from '../schema/parse.js';
import { INDEX_USAGE, type IndexArgs } from './index-args.js';
import { openSource } from './input/source.js';
import { hmacSecretFrom } from './load-options.js';
import { openOutput } from './output.js';
import type { CommandIo } from './screen-command.js';
import { UsageError } from './usage-error.js';

/** Profiles written per transaction by `index add`: one commit per batch, not per profile. */
const BATCH = 500;

/**
 * Opens the stored index `--store` names, keyed with `--hmac-key-env`'s secret when given.
 *
 * @example
 * const links = await openStoredIndex('sqlite:./links.db', 'LINK_KEY', process.env);
 */
export async function openStoredIndex(
  address: string,
  hmacKeyEnv: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Promise<StoredLinkIndex> {
  const store = await openLinkStore(address);
  try {
    return await StoredLinkIndex.open(
      store,
      hmacKeyEnv === undefined ? {} : { hmacSecret: hmacSecretFrom(hmacKeyEnv, env) },
    );
  } catch (error) {
    await store.close();
    // A store keyed with a secret refuses a run without one: say which option gives it.
    if (error instanceof StoreError && error.code === 'STORE_MISMATCH' && hmacKeyEnv === undefined)
      throw new StoreError(
        'STORE_MISMATCH',
        `${error.message} If it was written with a secret, give --hmac-key-env VAR, VAR holding that secret.`,
        { cause: error },
      );
    throw error;
  }
}

/**
 * Runs `hirescreen index add|remove|stats|export|import`: keeps a stored link index. Returns the exit
 * code: 0 done, 1 when `add` rejected some records (the valid ones are added).
 */
export async function indexCommand(args: IndexArgs, io: CommandIo): Promise<number> {
  if (args.action === 'help') {
    io.stdout(`${INDEX_USAGE}\n`);
    return 0;
  }
  const env = io.env ?? process.env;
  const links = await openStoredIndex(args.store, args.hmacKeyEnv, env);
  const print = (text: Record<string, unknown>, words: string) =>
    io.stdout(args.format === 'json' ? `${JSON.stringify(text)}\n` : `${words}\n`);
  try {
    if (args.action === 'add') {
      const { added, rejected } = await addRoster(args, io, links);
      print(
        { added, rejected, profiles: links.size },
        `added ${added} profiles (${rejected} rejected); ${links.size} stored`,
      );
      return rejected > 0 ? 1 : 0;
    }
    if (args.action === 'remove') {
      const removed =
        args.notSeenSince === undefined
          ? await links.remove(args.operands)
          : await links.removeNotSeenSince(new Date(args.notSeenSince));
      print(
        { removed: removed.length, profiles: links.size },
        `erased ${removed.length} profiles; ${links.size} stored`,
      );
      return 0;
    }
    if (args.action === 'stats') {
      const stats = await links.stats();
      print(
        { store: links.store.kind, ...stats },
        [
          `store       ${links.store.kind}`,
          `profiles    ${stats.profiles}`,
          `keys        ${stats.keys}`,
          `postings    ${stats.postings}`,
          `shared keys ${stats.sharedKeys}`,
          ...(stats.bytes === undefined ? [] : [`bytes       ${stats.bytes}`]),
        ].join('\n'),
      );
      return 0;
    }
    if (args.action === 'export') {
      const output = openOutput(args.output, io);
      await output.write(`${JSON.stringify(await links.exportExchange())}\n`);
      await output.close();
      return 0;
    }
    let keys = 0;
    for (const file of args.operands) {
      let exchange: LinkExchange;
      try {
        exchange = JSON.parse(await readFile(file, 'utf8')) as LinkExchange;
      } catch (error) {
        throw new UsageError(
          `index import: cannot read "${file}" as JSON (${(error as Error).message.split('\n')[0]})`,
        );
      }
      keys += await links.importExchange(
        args.operands.length === 1 ? (args.from as string) : `${args.from}:${file}`,
        exchange,
      );
    }
    print({ imported: keys }, `imported ${keys} keys from ${args.from}`);
    return 0;
  } finally {
    await links.close();
  }
}

/** Validates a roster's records and adds the valid ones in batches; rejects go to stderr by position. */
async function addRoster(
  args: IndexArgs,
  io: CommandIo,
  links: StoredLinkIndex,
): Promise<{ added: number; rejected: number }> {
  const source = await openSource(args.operands[0] as string, io, {
    ...(args.inputFormat && { format: args.inputFormat }),
  });
  const seenAt = args.asOf === undefined ? new Date() : new Date(args.asOf);
  let batch: Profile[] = [];
  let added = 0;
  let rejected = 0;
  try {
    for await (const record of source.read()) {
      const parsed = record.ok ? safeParseProfile(record.value, { position: record.position }) : undefined;
      if (!parsed?.success) {
        rejected++;
        const paths = parsed
          ? parsed.error.issues.map((issue) => issue.path || '(root)').join(', ')
          : 'not a record';
        io.stderr?.(`hirescreen: index add: record ${record.position + 1} rejected (${paths})\n`);
        continue;
      }
      batch.push(parsed.data);
      if (batch.length >= BATCH) {
        await links.add(batch, seenAt);
        added += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) await links.add(batch, seenAt);
    return { added: added + batch.length, rejected };
  } finally {
    await source.close();
  }
}
