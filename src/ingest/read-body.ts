import type { IncomingMessage } from 'node:http';
import { finished, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** Thrown inside the read pipeline when the byte cap is passed; the pipeline then destroys the socket. */
export class BodyTooLargeError extends Error {
  readonly code = 'BODY_TOO_LARGE';
  constructor(readonly limit: number) {
    super(`body larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** Thrown when the server used a Content-Encoding we cannot decode. */
export class UnsupportedEncodingError extends Error {
  readonly code = 'UNSUPPORTED_ENCODING';
  constructor(readonly encoding: string) {
    super(`unsupported content encoding "${encoding}"`);
    this.name = 'UnsupportedEncodingError';
  }
}

function decoderFor(encoding: string): Transform | null {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new UnsupportedEncodingError(encoding);
  }
}

/**
 * Reads a response body, decompressing gzip/deflate/br, and stops as soon as more than `maxBytes`
 * (decompressed, so a small gzip bomb is caught too) have arrived: the response and its socket are
 * destroyed at that moment, not after the whole body was downloaded.
 * Rejects with `BodyTooLargeError`, `UnsupportedEncodingError`, zlib or socket errors.
 */
export async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  let decoder: Transform | null;
  try {
    decoder = decoderFor(encoding);
  } catch (error) {
    response.destroy();
    throw error;
  }
  if (decoder === null) return readPlain(response, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
      chunks.push(chunk);
    }
  };
  try {
    await pipeline(response, decoder, collect);
  } catch (error) {
    // Tearing down the pipeline can surface an AbortError before ours; the cap is the cause.
    throw size > maxBytes ? new BodyTooLargeError(maxBytes) : error;
  }
  return Buffer.concat(chunks, size);
}

/**
 * An uncompressed body, read with plain 'data' events and `finished`: the same errors as a
 * pipeline (ERR_STREAM_PREMATURE_CLOSE when the server stops early) without a pipeline's
 * AbortController and async iteration, a noticeable share of a request's cost on a cold cycle.
 */
function readPlain(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    response.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = true;
        response.destroy();
        reject(new BodyTooLargeError(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    finished(response, (error) => {
      if (tooLarge) return;
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    });
  });
}
