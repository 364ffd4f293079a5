// The official `openai` SDK, unmodified, against the gateway running the starter policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startGateway, interactionRecord, say } from './harness.mjs';

const model = 'gpt-4o-mini';
// A GitHub token shape the SECRET detectors know; assembled so no scanner flags this file.
const secret = 'ghp_' + 'R8x2Lq7Vn4Kd9Wm3Tz6Yb1Hc5Jf0Gs2Pa4Ue';
let gateway;
let client;

before(async () => {
  gateway = await startGateway();
  client = new OpenAI({ baseURL: `${gateway.baseUrl}/v1`, apiKey: gateway.key, maxRetries: 0 });
});
after(async () => gateway && gateway.stop());

async function streamedText(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
  return text;
}

test('chat completion passes and leaves an evidence record', async () => {
  const { data, response } = await client.chat.completions
    .create({ model, messages: [{ role: 'user', content: 'hello there' }] })
    .withResponse();
  assert.equal(data.choices[0].message.content, 'Echo: hello there');
  const interactionId = response.headers.get('x-custos-interaction-id');
  assert.ok(interactionId, 'the gateway names the interaction');
  const record = interactionRecord(gateway.evidence(), interactionId);
  assert.ok(record, 'the interaction is in the ledger');
  assert.equal(record.user, 'dev');
  assert.equal(record.service, 'chatbot');
});

test('streamed chat completion arrives frame by frame', async () => {
  const stream = await client.chat.completions.create({
    model, stream: true, messages: [{ role: 'user', content: 'stream me [[chunk:3]]' }],
  });
  assert.equal(await streamedText(stream), 'Echo: stream me [[chunk:3]]');
});

test('content parts are accepted', async () => {
  const reply = await client.chat.completions.create({
    model, messages: [{ role: 'user', content: [{ type: 'text', text: 'in parts' }] }],
  });
  assert.match(reply.choices[0].message.content, /in parts/);
});

test('tools: the model calls a function and the SDK parses it', async () => {
  const tools = [{ type: 'function', function: { name: 'lookup_order', parameters: { type: 'object', properties: { id: { type: 'string' } } } } }];
  const reply = await client.chat.completions.create({
    model, tools, messages: [{ role: 'user', content: 'find my order [[tool]]' }],
  });
  const call = reply.choices[0].message.tool_calls[0];
  assert.equal(call.function.name, 'lookup_order');
  assert.doesNotThrow(() => JSON.parse(call.function.arguments));
});

test('responses API, plain and streamed', async () => {
  const plain = await client.responses.create({ model, input: 'respond please' });
  assert.equal(plain.output_text, 'Echo: respond please');
  const stream = await client.responses.create({ model, input: 'stream a response', stream: true });
  let text = '';
  for await (const event of stream) if (event.type === 'response.output_text.delta') text += event.delta;
  assert.equal(text, 'Echo: stream a response');
});

test('a credential in the prompt is blocked with the SDK\'s own error', async () => {
  await assert.rejects(
    client.chat.completions.create({ model, messages: [{ role: 'user', content: `my token is ${secret}` }] }),
    (error) => {
      assert.ok(error instanceof OpenAI.PermissionDeniedError, `got ${error.constructor.name}: ${error.message}`);
      assert.equal(error.status, 403);
      assert.match(error.message, /block-secrets/);
      assert.match(error.message, /exception/i, 'the error says how to ask for an exception');
      assert.ok(error.error.interaction_id, 'the error carries the interaction id to cite');
      return true;
    });
  const blocked = gateway.evidence().find((event) => event.decision === 'block');
  assert.ok(blocked, 'the block is evidence too');
  assert.ok(blocked.rules.includes('block-secrets'), `rules recorded: ${blocked.rules}`);
});

test('personal data is redacted before it reaches the model', async () => {
  const { data, response } = await client.chat.completions
    .create({ model, messages: [{ role: 'user', content: 'write to jane.doe@example.org today' }] })
    .withResponse();
  const text = data.choices[0].message.content;
  assert.ok(!text.includes('jane.doe@example.org'), `the stub saw the address: ${text}`);
  assert.match(text, /write to .+ today/);
  assert.equal(response.headers.get('x-custos-decision'), 'redact');
});

test('a secret split across stream frames is still redacted', async () => {
  const stream = await client.chat.completions.create({
    model, stream: true, messages: [{ role: 'user', content: `${say(`here: ${secret} ok`)} [[chunk:3]]` }],
  });
  const text = await streamedText(stream);
  assert.ok(!text.includes(secret), `the secret reached the caller: ${text}`);
  assert.ok(!text.includes(secret.slice(0, 12)), 'no prefix of the secret leaked either');
  assert.match(text, /^here: .+ ok$/);
});
