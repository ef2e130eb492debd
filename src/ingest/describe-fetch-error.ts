import type { FeedFailure } from '../core/item.js';
import { FeedFailureCode } from '../core/item.js';
import { describeError } from '../core/errors.js';

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_REVOKED',
]);

const NETWORK_WORDS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  ERR_STREAM_PREMATURE_CLOSE: 'the server closed the connection before the body was complete',
};

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes} bytes`;
}

/** The one-line `too large` reason for a byte cap. */
export function tooLargeFailure(maxBytes: number): FeedFailure {
  return { code: FeedFailureCode.TooLarge, message: `too large: over ${formatMegabytes(maxBytes)}` };
}

/** The one-line `timed out` reason for a timeout. */
export function timeoutFailure(timeoutMs: number): FeedFailure {
  const seconds = timeoutMs / 1000;
  return { code: FeedFailureCode.Timeout, message: `timed out after ${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s` };
}

/**
 * Turns a thrown network, TLS, DNS or zlib error into a failure with a one-line reason a person
 * understands. `timedOut` wins: an abort caused by our own deadline is a timeout whatever the
 * socket reported.
 */
export function describeFetchError(
  error: unknown,
  context: { readonly timedOut: boolean; readonly timeoutMs: number; readonly maxBytes: number; readonly host: string },
): FeedFailure {
  if (context.timedOut) return timeoutFailure(context.timeoutMs);
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'BODY_TOO_LARGE') return tooLargeFailure(context.maxBytes);
  if (code === 'UNSUPPORTED_ENCODING') return { code: FeedFailureCode.Decode, message: describeError(error) };
  if (code === 'ENOTFOUND') return { code: FeedFailureCode.Dns, message: `DNS: host not found (${context.host})` };
  if (code === 'EAI_AGAIN') return { code: FeedFailureCode.Dns, message: `DNS: lookup of ${context.host} failed temporarily` };
  if (TLS_CODES.has(code) || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) {
    return { code: FeedFailureCode.Tls, message: `TLS error: ${describeError(error)}` };
  }
  if (code.startsWith('Z_')) {
    return { code: FeedFailureCode.Decode, message: `could not decompress the body: ${describeError(error)}` };
  }
  if (code.startsWith('HPE_')) {
    return { code: FeedFailureCode.Network, message: `invalid HTTP response: ${describeError(error)}` };
  }
  // Node reports a response cut off mid-body as ECONNRESET with the message "aborted".
  const cutOff = code === 'ECONNRESET' && (error as { message?: unknown }).message === 'aborted';
  const words = NETWORK_WORDS[cutOff ? 'ERR_STREAM_PREMATURE_CLOSE' : code];
  return { code: FeedFailureCode.Network, message: `network error: ${words ?? describeError(error)}` };
}
