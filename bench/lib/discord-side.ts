/**
 * The Discord side of the command-latency bench, in its own process so its clock and timers do
 * not wait on the measured bot's event loop: a fake Discord (REST + gateway) on 127.0.0.1. Prints
 * `API <url> <token>` when ready. Reads commands on stdin: `GO` starts sending INTERACTION_CREATE
 * for `/mali timeline` every `INTERVAL_MS`; `STOP` stops sending, waits for the answers still
 * due (up to 10 s), then prints `RESULT {"latencies":[…],"unanswered":n}`: for each interaction,
 * ms from its dispatch to the moment the fake recorded its accepted interaction callback.
 */
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { attachFakeGateway, interactionPayload } from '../../tests/fakes/fake-discord-gateway.js';
import { startFakeDiscord } from '../../tests/fakes/fake-discord.js';

const CHANNEL = '1200000000000000001';
const INTERVAL_MS = 100;

const fake = await startFakeDiscord({ channels: [CHANNEL] });
const gateway = attachFakeGateway(fake, [CHANNEL]);
const sent = new Map<string, number>();
const answered = new Map<string, number>();
const push = fake.callbacks.push.bind(fake.callbacks);
fake.callbacks.push = (...added) => {
  const at = performance.now();
  for (const callback of added) if (!answered.has(callback.id)) answered.set(callback.id, at);
  return push(...added);
};

const timeline = {
  id: '1',
  name: 'mali',
  type: 1,
  options: [{ type: 1, name: 'timeline', options: [] }],
};
let timer: NodeJS.Timeout | undefined;
const sendOne = (): void => {
  const raw = interactionPayload(fake, { channel: CHANNEL }, 2, timeline);
  sent.set(String(raw.id), performance.now());
  gateway.sendInteraction(raw);
};

async function finish(): Promise<void> {
  clearInterval(timer);
  const until = performance.now() + 10_000;
  while (answered.size < sent.size && performance.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const latencies = [...sent].flatMap(([id, at]) => {
    const done = answered.get(id);
    return done === undefined ? [] : [done - at];
  });
  process.stdout.write(`RESULT ${JSON.stringify({ latencies, unanswered: sent.size - latencies.length })}\n`);
  await gateway.close();
  await fake.close();
  process.exit(0);
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'GO') {
    sendOne();
    timer = setInterval(sendOne, INTERVAL_MS);
  }
  if (line === 'STOP') void finish();
});
process.stdout.write(`API ${fake.api} ${fake.token}\n`);
