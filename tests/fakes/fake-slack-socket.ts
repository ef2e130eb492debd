import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlack } from './fake-slack.js';

/**
 * A local Socket Mode server for the fake Slack: `apps.connections.open` returns its ws:// URL;
 * on connection it sends `hello`, then delivers envelopes (slash commands, interactions,
 * events) and resolves each with the client's acknowledgement, as Slack's Socket Mode does.
 * @see https://docs.slack.dev/apis/events-api/using-socket-mode
 */
export interface FakeSocketMode {
  /** Resolves once a client has connected and been sent `hello`. */
  connected(): Promise<void>;
  /** Sends an envelope and resolves with the client's acknowledgement. */
  deliver(
    type: 'slash_commands' | 'interactive' | 'events_api',
    payload: object,
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function attachFakeSocketMode(fake: FakeSlack): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  fake.socketUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
  let socket: WebSocket | undefined;
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();
  const ready = new Promise<void>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data: Buffer) => {
        const ack = JSON.parse(data.toString()) as Record<string, unknown>;
        acks.get(String(ack.envelope_id))?.(ack);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' } }));
      resolve();
    });
  });
  return {
    connected: () => ready,
    deliver(type, payload) {
      const envelopeId = randomUUID();
      const acked = new Promise<Record<string, unknown>>((resolve) =>
        acks.set(envelopeId, resolve),
      );
      socket?.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
      return acked;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
