import type { IncomingMessage, ServerResponse } from 'node:http';

/** HTTP plumbing of the fake Discord: reading requests, writing answers as Discord does. */

/** What the fake answers: status, JSON body (none for 204) and headers. */
export interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Discord's 400 for a payload it refuses (code 50035), naming the first problem. */
export function invalid(problem: string): Answer {
  return {
    status: 400,
    body: {
      message: 'Invalid Form Body',
      code: 50035,
      errors: { _errors: [{ code: 'BASE_TYPE_INVALID', message: problem }] },
    },
  };
}

/** Writes an answer; a 204 has no body and no content type, as Discord sends it. */
export function send(res: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.status === 204) {
    res.writeHead(204, headers).end();
    return;
  }
  const payload = JSON.stringify(answer.body ?? {});
  res
    .writeHead(answer.status, {
      ...headers,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
    })
    .end(payload);
}

/** The whole request body as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A percent-decoded path (`%40original` → `@original`), or the path as it came when malformed. */
export function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
