// `custosctl quickstart` as a new user runs it: a fresh HOME with its own XDG folders and no OS
// keychain, the real binary serving on loopback, and the official `openai` and `@anthropic-ai/sdk`
// clients (and the printed curl line) against the built-in demo route. Then a second run, the
// switch to a real provider, and the bad-input cases.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

const binDir = process.env.CUSTOS_BIN_DIR;
if (!binDir) throw new Error('CUSTOS_BIN_DIR must be set (ctest sets it)');
const custosctl = path.join(binDir, 'custosctl');
const secret = 'ghp_' + 'R8x2Lq7Vn4Kd9Wm3Tz6Yb1Hc5Jf0Gs2Pa4Ue'; // assembled so no scanner flags this file
const scratch = mkdtempSync(path.join(tmpdir(), 'custos-quickstart-'));
const running = new Set();
after(async () => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

// A fresh user: HOME and XDG folders of its own, no provider keys, and a session bus that does not
// exist, so the OS keychain refuses as it does on a headless server.
function newHome(name) {
  const home = path.join(scratch, name);
  mkdirSync(home, { recursive: true });
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, 'data'),
                XDG_CONFIG_HOME: path.join(home, 'config'), DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
                OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '', OPENAI_BASE_URL: '', ANTHROPIC_BASE_URL: '' };
  delete env.CUSTOS_ADMIN_PASSWORD;
  delete env.CUSTOS_LISTEN;
  const store = path.join(home, 'data', 'custos', 'evidence.db');
  const keyFile = path.join(home, 'config', 'custos', 'store.key');
  return { home, env, store, keyFile, storeArgs: ['--store', store, '--key-file', keyFile] };
}

function ctl(user, args, extraEnv = {}) {
  const result = spawnSync(custosctl, args, { env: { ...user.env, ...extraEnv }, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Starts `custosctl quickstart` and resolves once it listens, with everything it printed.
function startQuickstart(user, args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(custosctl, ['quickstart', '--listen', '127.0.0.1:0', ...args],
                        { env: user.env, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`quickstart did not listen:\n${out}\n${err}`)), 30000);
    child.stderr.on('data', (data) => { err += data; });
    child.stdout.on('data', (data) => {
      out += data;
      const match = out.match(/listening on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ child, out, err, baseUrl: match[1], key: out.match(/Developer key[^:]*: (custos_\w+)/)?.[1] });
      }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`quickstart exited with ${code}:\n${out}\n${err}`)); });
  });
}

async function stop(run) {
  run.child.removeAllListeners('exit'); // the start-up listener would report this exit as a failure
  const exited = new Promise((resolve) => run.child.once('exit', resolve));
  run.child.kill('SIGTERM');
  const code = await exited;
  running.delete(run.child);
  assert.equal(code, 0, 'quickstart stops cleanly on SIGTERM');
}

function evidence(user, limit = 50) {
  const result = ctl(user, ['evidence', 'query', '--json', '--limit', String(limit), ...user.storeArgs]);
  assert.equal(result.code, 0, result.err);
  return JSON.parse(result.out).events;
}

function record(user, interactionId) {
  return evidence(user).find((event) => event.kind === 'interaction' && JSON.stringify(event).includes(interactionId));
}

const first = newHome('first');
let run;
let openai;

test('the first run creates the store, key file, admin, policy, demo route and a developer key', { timeout: 30000 }, async () => {
  run = await startQuickstart(first);
  assert.match(run.out, /first run/);
  assert.match(run.out, /OS keychain refused/, 'it says why the keychain is not used');
  assert.match(run.out, new RegExp(`key file ${first.keyFile.replace(/[.]/g, '\\.')} \\(mode 0600\\)`));
  assert.equal(statSync(first.keyFile).mode & 0o777, 0o600, 'the key file is private');
  assert.ok(existsSync(first.store), 'the store is in the XDG data folder');
  assert.ok(!existsSync(`${first.store}.partial`), 'no scratch store is left');
  assert.match(run.out, /admin: +admin, password \S{20} \(shown only now/);
  assert.match(run.out, /policy: +'starter'/);
  assert.match(run.out, /route: +demo \(built in/);
  assert.match(run.out, /OPENAI_API_KEY=sk-\.\.\. custosctl quickstart/, 'it names the command that replaces the demo');
  assert.match(run.key, /^custos_[0-9a-f]{64}$/);
  assert.match(run.out, new RegExp(`export OPENAI_BASE_URL=${run.baseUrl}/v1`));
  assert.match(run.out, new RegExp(`export ANTHROPIC_API_KEY=${run.key}`));
  openai = new OpenAI({ baseURL: `${run.baseUrl}/v1`, apiKey: run.key, maxRetries: 0 });
});

test('the printed curl line gets a demo answer', { timeout: 30000 }, () => {
  const line = run.out.split('\n').find((text) => text.trim().startsWith('curl '));
  assert.ok(line, 'a curl line is printed');
  const reply = JSON.parse(execSync(line, { encoding: 'utf8' }));
  assert.match(reply.choices[0].message.content, /^\[Custos demo\].*Hello from Custos/);
});

test('openai chat, plain and streamed, is answered by the demo route and recorded', { timeout: 30000 }, async () => {
  const { data, response } = await openai.chat.completions
    .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello there' }] })
    .withResponse();
  assert.match(data.choices[0].message.content, /^\[Custos demo\] This is a demo answer.*"hello there"/);
  const event = record(first, response.headers.get('x-custos-interaction-id'));
  assert.ok(event, 'the interaction is in the ledger');
  assert.equal(event.route, 'demo');
  assert.equal(event.user, 'admin');
  const stream = await openai.chat.completions.create({
    model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'stream me' }] });
  let text = '';
  let chunks = 0;
  for await (const chunk of stream) { text += chunk.choices[0]?.delta?.content ?? ''; chunks += 1; }
  assert.match(text, /^\[Custos demo\].*"stream me"/);
  assert.ok(chunks > 5, `streamed in ${chunks} chunks`);
});

test('openai responses, plain and streamed, and anthropic messages get demo answers', { timeout: 30000 }, async () => {
  const plain = await openai.responses.create({ model: 'gpt-4o-mini', input: 'respond please' });
  assert.match(plain.output_text, /^\[Custos demo\].*"respond please"/);
  const stream = await openai.responses.create({ model: 'gpt-4o-mini', input: 'stream a response', stream: true });
  let text = '';
  for await (const event of stream) if (event.type === 'response.output_text.delta') text += event.delta;
  assert.match(text, /^\[Custos demo\].*"stream a response"/);

  const anthropic = new Anthropic({ baseURL: run.baseUrl, apiKey: run.key, maxRetries: 0 });
  const { data, response } = await anthropic.messages
    .create({ model: 'claude-haiku-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'hi claude' }] })
    .withResponse();
  assert.match(data.content[0].text, /^\[Custos demo\].*"hi claude"/);
  assert.equal(record(first, response.headers.get('x-custos-interaction-id')).route, 'demo');
  const streamed = await anthropic.messages.stream({
    model: 'claude-haiku-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'stream claude' }] }).finalText();
  assert.match(streamed, /^\[Custos demo\].*"stream claude"/);
});

test('a secret is blocked and an e-mail redacted before the demo route sees them; the evidence shows both', { timeout: 30000 }, async () => {
  await assert.rejects(
    openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `my token is ${secret}` }] }),
    (error) => error.status === 403 && /block-secrets/.test(error.message));
  const { data, response } = await openai.chat.completions
    .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'write to jane.doe@example.org today' }] })
    .withResponse();
  const text = data.choices[0].message.content;
  assert.ok(!text.includes('jane.doe@example.org'), `the demo route saw the address: ${text}`);
  assert.match(text, /^\[Custos demo\].*"write to .+ today"/);
  assert.equal(response.headers.get('x-custos-decision'), 'redact');
  const events = evidence(first);
  const redacted = events.find((event) => JSON.stringify(event).includes(response.headers.get('x-custos-interaction-id')));
  assert.equal(redacted.decision, 'redact');
  assert.equal(redacted.route, 'demo');
  const blocked = events.find((event) => event.decision === 'block');
  assert.ok(blocked && blocked.rules.includes('block-secrets'), 'the block is evidence too');
  await stop(run);
});

test('a second run reuses the store and says where everything is; --new-key issues a working key', { timeout: 30000 }, async () => {
  const before = evidence(first).length;
  const again = await startQuickstart(first, ['--new-key']);
  assert.match(again.out, /reusing the store/);
  assert.doesNotMatch(again.out, /password/, 'the admin password is not made again');
  assert.match(again.out, new RegExp(`store: +${first.store.replace(/[.]/g, '\\.')}`));
  assert.match(again.out, /policy: +'starter'/);
  const client = new OpenAI({ baseURL: `${again.baseUrl}/v1`, apiKey: run.key, maxRetries: 0 });
  const old = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'still here' }] });
  assert.match(old.choices[0].message.content, /^\[Custos demo\]/, 'the first run\'s key still works');
  assert.notEqual(again.key, run.key);
  const fresh = new OpenAI({ baseURL: `${again.baseUrl}/v1`, apiKey: again.key, maxRetries: 0 });
  await fresh.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'new key' }] });
  assert.ok(evidence(first).length > before, 'the same ledger grows');
  await stop(again);
  const plain = ctl(first, ['quickstart', '--setup-only']);
  assert.equal(plain.code, 0, plain.err);
  assert.match(plain.out, /cannot be shown again/);
  assert.match(plain.out, /custosctl quickstart --new-key/);
});

test('a provider key replaces the demo route; routes add without --api-key-env keeps the key', { timeout: 30000 }, () => {
  const real = ctl(first, ['quickstart', '--setup-only'],
                   { OPENAI_API_KEY: 'sk-quickstart-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
  assert.equal(real.code, 0, real.err);
  assert.match(real.out, /Removed the built-in demo route/);
  const listed = () => JSON.parse(ctl(first, ['routes', 'list', '--json', ...first.storeArgs]).out);
  assert.deepEqual(listed().map((route) => [route.name, route.base_url, route.has_api_key]),
                   [['upstream', 'http://127.0.0.1:9/v1', true]]);
  const edited = ctl(first, ['routes', 'add', 'upstream', '--kind', 'openai', '--base-url', 'http://127.0.0.1:10/v1',
                             ...first.storeArgs]);
  assert.equal(edited.code, 0, edited.err);
  assert.match(edited.out, /keeping its stored provider key/);
  assert.deepEqual(listed().map((route) => [route.base_url, route.has_api_key]), [['http://127.0.0.1:10/v1', true]]);
});

test('an unwritable data folder is refused clearly and nothing is made', { timeout: 30000 }, () => {
  const user = newHome('unwritable');
  writeFileSync(path.join(user.home, 'file'), 'not a folder');
  user.env.XDG_DATA_HOME = path.join(user.home, 'file', 'data');
  const result = ctl(user, ['quickstart', '--setup-only']);
  assert.equal(result.code, 3);
  assert.match(result.err, /cannot create or write the folder \(set XDG_DATA_HOME to a writable folder\)/);
  assert.match(result.err, /file\/data\/custos/);
  assert.ok(!existsSync(path.join(user.home, 'config')), 'no key was made for a store that cannot exist');
});

test('a bad environment is refused before anything is written', { timeout: 30000 }, () => {
  const user = newHome('badenv');
  const short = ctl(user, ['quickstart', '--setup-only'], { CUSTOS_ADMIN_PASSWORD: 'short' });
  assert.equal(short.code, 3);
  assert.match(short.err, /CUSTOS_ADMIN_PASSWORD needs at least 10 characters/);
  const url = ctl(user, ['quickstart', '--setup-only'], { OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'ftp://nowhere' });
  assert.match(url.err, /OPENAI_BASE_URL 'ftp:\/\/nowhere' is not an http\(s\) URL/);
  assert.ok(!existsSync(path.join(user.home, 'data')), 'nothing was created');
});

test('a port in use: a clear message, the store kept, and the next run serves it', { timeout: 30000 }, async () => {
  const user = newHome('busyport');
  const blocker = net.createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = blocker.address().port;
  const busy = ctl(user, ['quickstart', '--listen', `127.0.0.1:${port}`], { CUSTOS_ADMIN_PASSWORD: 'correct horse battery' });
  blocker.close();
  assert.equal(busy.code, 3);
  assert.match(busy.err, new RegExp(`cannot listen on http://127.0.0.1:${port}`));
  assert.match(busy.err, /nothing was lost/);
  const key = busy.out.match(/Developer key[^:]*: (custos_\w+)/)?.[1];
  assert.ok(key, 'the developer key made on this run is still printed');
  const next = await startQuickstart(user);
  assert.match(next.out, /reusing the store/);
  const client = new OpenAI({ baseURL: `${next.baseUrl}/v1`, apiKey: key, maxRetries: 0 });
  const reply = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'ok' }] });
  assert.match(reply.choices[0].message.content, /^\[Custos demo\]/);
  await stop(next);
});

test('a half-made store from an interrupted run is removed and the setup completed', { timeout: 30000 }, () => {
  const user = newHome('halfmade');
  mkdirSync(path.dirname(user.keyFile), { recursive: true });
  mkdirSync(path.dirname(user.store), { recursive: true });
  const init = ctl(user, ['evidence', 'init', '--store', `${user.store}.partial`, '--key-file', user.keyFile]);
  assert.equal(init.code, 0, init.err);
  const result = ctl(user, ['quickstart', '--setup-only']);
  assert.equal(result.code, 0, result.err);
  assert.match(result.out, /Removed a half-made store/);
  assert.match(result.out, /first run/);
  assert.ok(!existsSync(`${user.store}.partial`));
  const verify = ctl(user, ['evidence', 'verify', ...user.storeArgs]);
  assert.equal(verify.code, 0, verify.out + verify.err);
});

test('a store whose key is gone is left untouched', { timeout: 30000 }, () => {
  const user = newHome('nokey');
  assert.equal(ctl(user, ['quickstart', '--setup-only']).code, 0);
  rmSync(user.keyFile);
  const bytes = readFileSync(user.store);
  const result = ctl(user, ['quickstart', '--setup-only']);
  assert.equal(result.code, 3);
  assert.match(result.err, /the store exists, but its key is neither in .*store\.key nor readable from the OS keychain/);
  assert.match(result.err, /nothing was changed/);
  assert.ok(readFileSync(user.store).equals(bytes), 'the store file is unchanged');
});
