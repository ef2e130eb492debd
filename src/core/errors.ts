/** Codes of the faults that are not expected in normal operation (bugs, broken infrastructure). */
export const ErrorCode = {
  ConfigInvalid: 'CONFIG_INVALID',
  StoreFailure: 'STORE_FAILURE',
  DeliveryFailure: 'DELIVERY_FAILURE',
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A fault with a machine-readable `code`; the name includes the code, as discord.js does. */
export class AppError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = `AppError[${code}]`;
  }
}

/** A one-line description of any thrown value, for logs and user-facing reasons. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error).split('\n')[0] ?? 'unknown error';
}
