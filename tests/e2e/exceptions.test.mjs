// The exception path end to end: the official openai SDK against `custosctl serve`, the caller's
// POST /custos/v1/exceptions, and approvers deciding with the real custosctl beside the running
// gateway. Every decision takes effect on the next request, without a restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import OpenAI from 'openai';
import { startGateway } from './harness.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const model = 'gpt-4o-mini';
const codenamePrompt = 'Draft the Bluebird launch note';
let gateway;
let client;

const passwordOf = (user) => `${user} has a long password`;

function ctl(args, env = {}) {
  return gateway.run(args, env);
}

function addUser(name, roles, groups = []) {
  const flags = roles.flatMap((role) => ['--role', role]).concat(groups.flatMap((group) => ['--group', group]));
  const actor = name === 'root' ? [] : ['--actor', 'root'];
  const result = ctl(['users', 'add', name, ...flags, ...actor],
                     { CUSTOS_ACTOR_PASSWORD: passwordOf('root'), CUSTOS_USER_PASSWORD: passwordOf(name) });
  assert.equal(result.code, 0, result.err);
}

function decide(verb, id, user, extra = [], password = passwordOf(user)) {
  return ctl(['exceptions', verb, id, '--as', user, '--json', ...extra], { CUSTOS_ACTOR_PASSWORD: password });
}

async function exceptionsEndpoint(body, key = gateway.key, method = 'POST', id = '') {
  const response = await fetch(`${gateway.baseUrl}/custos/v1/exceptions${id ? `/${id}` : ''}`, {
    method,
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: method === 'POST' ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
  });
  return { status: response.status, json: await response.json() };
}

async function ask(prompt = codenamePrompt, askedModel = model) {
  return client.chat.completions.create({ model: askedModel, messages: [{ role: 'user', content: prompt }] }).withResponse();
}

async function expectStopped(prompt = codenamePrompt, askedModel = model) {
  await assert.rejects(ask(prompt, askedModel), (error) => {
    assert.ok(error instanceof OpenAI.PermissionDeniedError, `${error.constructor.name}: ${error.message}`);
    return true;
  });
}

async function requestException(extra = {}) {
  const answer = await exceptionsEndpoint({
    rules: ['codename-needs-exception'], justification: 'the launch note must go out today', duration_seconds: 3600, ...extra,
  });
  assert.equal(answer.status, 201, JSON.stringify(answer.json));
  assert.equal(answer.json.status, 'pending');
  return answer.json.id;
}

before(async () => {
  gateway = await startGateway({ policy: path.join(here, 'exceptions-policy.yaml') });
  client = new OpenAI({ baseURL: `${gateway.baseUrl}/v1`, apiKey: gateway.key, maxRetries: 0 });
  addUser('root', ['admin']);
  addUser('dev', ['developer', 'approver']); // the key's user: may approve others, never themselves
  addUser('alice', ['approver']);
  addUser('mallory', ['approver']);
});
after(async () => gateway && gateway.stop());

test('blocked, requested, refused twice, approved, passing with evidence, then expired', async () => {
  // 1. Blocked, with a hint that says how to ask and what to cite.
  let interactionId;
  await assert.rejects(ask(), (error) => {
    assert.equal(error.status, 403);
    assert.equal(error.error.code, 'exception_required');
    assert.match(error.message, /\/custos\/v1\/exceptions/);
    interactionId = error.error.interaction_id;
    assert.ok(interactionId);
    return true;
  });
  // 2. Requested over HTTP with the caller's key, citing the blocked interaction.
  const id = await requestException({ interaction_id: interactionId, duration_seconds: 4 });
  // 3. The requester may not approve their own request.
  let refused = decide('approve', id, 'dev');
  assert.equal(refused.code, 1);
  assert.match(refused.err, /four-eyes/);
  // 4. Someone the rule does not name may not either, nor alice with a wrong password.
  refused = decide('approve', id, 'mallory');
  assert.equal(refused.code, 1);
  assert.match(refused.err, /not a named approver/);
  refused = decide('approve', id, 'alice', [], 'a wrong guess');
  assert.equal(refused.code, 1);
  assert.match(refused.err, /wrong user name or password/);
  await expectStopped();
  // 5. alice approves, beside the running gateway.
  const approved = decide('approve', id, 'alice');
  assert.equal(approved.code, 0, approved.err);
  assert.equal(JSON.parse(approved.out).status, 'approved');
  // 6. The same request now passes, and its evidence names the exception.
  const { data, response } = await ask();
  assert.match(data.choices[0].message.content, /Bluebird/);
  const record = gateway.evidence().find((event) => event.kind === 'interaction' &&
    JSON.stringify(event).includes(response.headers.get('x-custos-interaction-id')));
  assert.equal(record.exceptionId, id);
  const status = await exceptionsEndpoint(null, gateway.key, 'GET', id);
  assert.equal(status.status, 200);
  assert.ok(status.json.use_count >= 1);
  // 7. After expiry it is blocked again.
  await new Promise((resolve) => setTimeout(resolve, 4500));
  await expectStopped();
  const history = ctl(['exceptions', 'history', id, '--json']);
  assert.equal(history.code, 0, history.err);
  for (const step of ['requested', 'refused', 'approved', 'used', 'expired'])
    assert.match(history.out, new RegExp(`"${step}"`), `history lacks ${step}`);
});

test('a rejected request leaves the rule in force', async () => {
  const id = await requestException();
  const rejected = decide('reject', id, 'alice', ['--reason', 'use the public name instead']);
  assert.equal(rejected.code, 0, rejected.err);
  await expectStopped();
  const status = await exceptionsEndpoint(null, gateway.key, 'GET', id);
  assert.equal(status.json.status, 'rejected');
});

test('a revoked exception stops working at once', async () => {
  const id = await requestException();
  assert.equal(decide('approve', id, 'alice').code, 0);
  await ask();
  const revoked = decide('revoke', id, 'alice', ['--reason', 'the launch moved']);
  assert.equal(revoked.code, 0, revoked.err);
  await expectStopped();
});

test('a single-use exception lets exactly one request through', async () => {
  const id = await requestException();
  assert.equal(decide('approve', id, 'alice', ['--single-use']).code, 0);
  await ask();
  await expectStopped();
});

test('an approver may narrow the scope, and the narrower scope is what counts', async () => {
  const id = await requestException();
  const approved = decide('approve', id, 'alice', ['--narrow-model', 'gpt-4o']);
  assert.equal(approved.code, 0, approved.err);
  await expectStopped(codenamePrompt, 'gpt-4o-mini');
  await ask(codenamePrompt, 'gpt-4o');
  assert.equal(decide('revoke', id, 'alice', ['--reason', 'done']).code, 0);
});

test('bad exception requests get clear errors and change nothing', async () => {
  const before = gateway.evidence(200).length;
  const why = 'a justification long enough to pass';
  const cases = [
    [{ rules: ['no-such-rule'], justification: why }, /no-such-rule/],
    [{ rules: ['codename-needs-exception'], justification: why, duration_seconds: 10 * 24 * 3600 }, /hour|duration|max/i],
    [{ rules: ['codename-needs-exception'] }, /justification/],
    [{ rules: ['codename-needs-exception'], justification: why, color: 'red' }, /unknown field 'color'/],
    ['{not json', /not JSON/],
  ];
  for (const [body, message] of cases) {
    const answer = await exceptionsEndpoint(body);
    assert.equal(answer.status, 400, JSON.stringify(answer.json));
    assert.match(answer.json.error.message, message);
  }
  const unauthenticated = await exceptionsEndpoint({ rules: ['codename-needs-exception'], justification: 'x' }, null);
  assert.equal(unauthenticated.status, 401);
  const someoneElses = await exceptionsEndpoint(null, gateway.key, 'GET', 'EXC-999');
  assert.equal(someoneElses.status, 404);
  // Refusals by the exception service are recorded (the unknown rule, the duration, the caller
  // without a key); nothing else is.
  assert.ok(gateway.evidence(200).length <= before + 3);
});
