import { HirescreenError } from '../../errors.js';

/**
 * A link store could not be used: its driver package is not installed or the database cannot be opened
 * (`STORE_UNAVAILABLE`), or it was written with another HMAC secret or schema (`STORE_MISMATCH`).
 */
export class StoreError extends HirescreenError {
  constructor(code: 'STORE_UNAVAILABLE' | 'STORE_MISMATCH', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'StoreError';
  }
}
