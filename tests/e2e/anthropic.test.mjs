// The official `@anthropic-ai/sdk`, unmodified, against the gateway running the starter policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { startGateway, interactionRecord, say } from './harness.mjs';

const model = 'claude-haiku-4-5';
const secret = 'ghp_' + 'R8x2Lq7Vn4Kd9Wm3Tz6Yb1Hc5Jf0Gs2Pa4Ue';
let gateway;

before(async () => { gateway = await startGateway(); });
after(async () => gateway && gateway.stop());

function textOf(message) {
  return message.content.filter((block) => block.type === 'text').map((block) => block.text).join('');
}

for (const auth of ['x-api-key', 'bearer']) {
  test(`message with a system prompt passes (${auth} auth)`, async () => {
    const client = auth === 'bearer'
      ? new Anthropic({ baseURL: gateway.baseUrl, apiKey: null, authToken: gateway.key, maxRetries: 0 })
      : new Anthropic({ baseURL: gateway.baseUrl, apiKey: gateway.key, maxRetries: 0 });
    const { data, response } = await client.messages
      .create({ model, max_tokens: 64, system: 'Be brief.', messages: [{ role: 'user', content: 'hi claude' }] })
      .withResponse();
    // The stub echoes the system prompt and the message, so this proves both were forwarded.
    assert.equal(textOf(data), 'Echo: Be brief.hi claude');
    const record = interactionRecord(gateway.evidence(), response.headers.get('x-custos-interaction-id'));
    assert.ok(record, 'the interaction is in the ledger');
  });
}

test('streamed message arrives through the SDK\'s stream helper', async () => {
  const client = new Anthropic({ baseURL: gateway.baseUrl, apiKey: gateway.key, maxRetries: 0 });
  const stream = client.messages.stream({ model, max_tokens: 64, messages: [{ role: 'user', content: 'stream it [[chunk:2]]' }] });
  let deltas = '';
  stream.on('text', (text) => { deltas += text; });
  const final = await stream.finalMessage();
  assert.equal(deltas, 'Echo: stream it [[chunk:2]]');
  assert.equal(textOf(final), deltas);
});

test('tool use comes back as a tool_use block', async () => {
  const client = new Anthropic({ baseURL: gateway.baseUrl, apiKey: gateway.key, maxRetries: 0 });
  const reply = await client.messages.create({
    model, max_tokens: 64,
    tools: [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }],
    messages: [{ role: 'user', content: 'weather? [[tool]]' }],
  });
  const use = reply.content.find((block) => block.type === 'tool_use');
  assert.ok(use, 'a tool_use block');
  assert.equal(use.name, 'get_weather');
});

test('a credential in the prompt is blocked with the SDK\'s own error', async () => {
  const client = new Anthropic({ baseURL: gateway.baseUrl, apiKey: gateway.key, maxRetries: 0 });
  await assert.rejects(
    client.messages.create({ model, max_tokens: 64, messages: [{ role: 'user', content: `token ${secret}` }] }),
    (error) => {
      assert.ok(error instanceof Anthropic.PermissionDeniedError, `got ${error.constructor.name}: ${error.message}`);
      assert.equal(error.error.error.type, 'permission_error');
      assert.match(error.message, /block-secrets/);
      return true;
    });
});

test('personal data is redacted before it reaches the model', async () => {
  const client = new Anthropic({ baseURL: gateway.baseUrl, apiKey: gateway.key, maxRetries: 0 });
  const reply = await client.messages.create({
    model, max_tokens: 64, messages: [{ role: 'user', content: 'mail jane.doe@example.org now' }],
  });
  assert.ok(!textOf(reply).includes('jane.doe@example.org'));
  assert.match(textOf(reply), /mail .+ now/);
});

test('a secret split across stream frames is still redacted', async () => {
  const client = new Anthropic({ baseURL: gateway.baseUrl, apiKey: gateway.key, maxRetries: 0 });
  const stream = client.messages.stream({
    model, max_tokens: 64, messages: [{ role: 'user', content: `${say(`key ${secret} end`)} [[chunk:3]]` }],
  });
  const text = textOf(await stream.finalMessage());
  assert.ok(!text.includes(secret), `the secret reached the caller: ${text}`);
  assert.match(text, /^key .+ end$/);
});
