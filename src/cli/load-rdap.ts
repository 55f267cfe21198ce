import { basename } from 'node:path';
import { IntelError, formatIssues } from '../intel/errors.js';
import { loadRdapBootstrap, type RdapBootstrap } from '../intel/domains/rdap-bootstrap.js';
import { createRdapProvider, type RdapProvider } from '../intel/domains/rdap-provider.js';
import { UsageError } from './usage-error.js';

/** The RDAP options of `screen` (and `lists`). */
export interface RdapFiles {
  /** IANA's `dns.json` bootstrap file. */
  rdapBootstrap?: string;
  /** A JSON file that keeps RDAP answers between runs. */
  rdapCache?: string;
  /** Per-request timeout in milliseconds. */
  rdapTimeout?: number;
}

/**
 * Reads the bootstrap file up front, so a missing or malformed one is a usage error before any
 * record is read, not a data gap on every profile.
 *
 * @example
 * const bootstrap = await readBootstrapFile('dns.json');
 */
export async function readBootstrapFile(file: string): Promise<RdapBootstrap> {
  try {
    return await loadRdapBootstrap(file);
  } catch (error) {
    if (error instanceof IntelError)
      throw new UsageError(`--rdap-bootstrap ${file}: ${formatIssues(error.issues) || error.message}`);
    throw error;
  }
}

/**
 * The RDAP provider the `screen` flags ask for, or nothing without `--rdap-bootstrap`. Says on
 * standard error that prior employers' domains will leave the machine, and for which TLDs.
 *
 * @example
 * const rdap = await loadRdapProvider({ rdapBootstrap: 'dns.json' }, console.error);
 */
export async function loadRdapProvider(
  files: RdapFiles,
  warn: (text: string) => void,
): Promise<RdapProvider | undefined> {
  if (files.rdapBootstrap === undefined) return undefined;
  const bootstrap = await readBootstrapFile(files.rdapBootstrap);
  warn(
    `hirescreen: RDAP: prior employers' website domains will be sent to the registries' RDAP servers (${bootstrap.servers.size} TLDs in ${basename(files.rdapBootstrap)}${bootstrap.publication ? `, published ${bootstrap.publication}` : ''})${files.rdapCache ? `; answers cached in ${files.rdapCache}` : ''}\n`,
  );
  return createRdapProvider({
    bootstrap,
    ...(files.rdapTimeout !== undefined && { timeoutMs: files.rdapTimeout }),
    cache: files.rdapCache === undefined ? {} : { file: files.rdapCache },
  });
}
