import { createRequire } from 'node:module';
import { StoreError } from '../store-error.js';

/**
 * Loads an optional peer dependency, or throws a `StoreError` that names the install command: the
 * stores' drivers are not installed with hirescreen, since most users keep the in-memory index.
 */
export function optionalModule<T>(name: string, install: string): T {
  try {
    return createRequire(import.meta.url)(name) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND')
      throw new StoreError(
        'STORE_UNAVAILABLE',
        `The ${name} package is needed for this link store: run \`npm install ${install}\`.`,
        { cause: error },
      );
    throw error;
  }
}
