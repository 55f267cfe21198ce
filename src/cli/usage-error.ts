/** A problem with how the CLI was called or with its input file: exit code 2 and one line to stderr. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
