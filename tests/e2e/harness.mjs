// Starts what a developer would run: the stub provider (a separate process speaking the real
// wire formats), a fresh encrypted store set up with the real custosctl, and `custosctl serve`
// with the starter policy. The SDK tests then talk to the gateway exactly as an application would.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const binDir = process.env.CUSTOS_BIN_DIR;
const sourceDir = process.env.CUSTOS_SOURCE_DIR;
if (!binDir || !sourceDir)
  throw new Error('CUSTOS_BIN_DIR and CUSTOS_SOURCE_DIR must be set (ctest sets them)');

export const providerKey = 'sk-provider-e2e-0123456789';
const custosctl = path.join(binDir, 'custosctl');

function waitForLine(child, pattern, what, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => reject(new Error(`${what} exited early with code ${code}`)));
    lines.on('line', (line) => {
      const match = line.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
  });
}

function ctl(storeArgs, args, env = {}) {
  return execFileSync(custosctl, [...args, ...storeArgs], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function startGateway({ policy = path.join(sourceDir, 'resources/policies/starter.yaml') } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'custos-e2e-'));
  const storeArgs = ['--store', path.join(dir, 'evidence.db'), '--key-file', path.join(dir, 'store.key')];
  const children = [];
  try {
    const stub = spawn(path.join(binDir, 'custos_stub_upstream'), ['--port', '0', '--key', providerKey],
                       { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(stub);
    const [, stubPort] = await waitForLine(stub, /stub listening on (\d+)/, 'the stub upstream');

    ctl(storeArgs, ['evidence', 'init']);
    const keyEnv = { E2E_PROVIDER_KEY: providerKey };
    ctl(storeArgs, ['routes', 'add', 'upstream', '--kind', 'openai', '--base-url',
                    `http://127.0.0.1:${stubPort}/v1`, '--api-key-env', 'E2E_PROVIDER_KEY'], keyEnv);
    ctl(storeArgs, ['routes', 'add', 'anthropic', '--kind', 'anthropic', '--base-url',
                    `http://127.0.0.1:${stubPort}`, '--api-key-env', 'E2E_PROVIDER_KEY'], keyEnv);
    const key = ctl(storeArgs, ['keys', 'issue', '--user', 'dev', '--service', 'chatbot']).trim();

    const gateway = spawn(custosctl, ['serve', '--policy', policy, '--listen', '127.0.0.1:0', ...storeArgs],
                          { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(gateway);
    const [, baseUrl] = await waitForLine(gateway, /listening on (http:\/\/\S+)/, 'custosctl serve');
    return {
      baseUrl,
      key,
      // Any custosctl command on this store, beside the running gateway, as an operator would type it.
      run(args, env = {}) {
        const result = spawnSync(custosctl, [...args, ...storeArgs], { env: { ...process.env, ...env }, encoding: 'utf8' });
        return { code: result.status, out: result.stdout, err: result.stderr };
      },
      // The newest evidence events, read through the CLI as an auditor would.
      evidence(limit = 20) {
        return JSON.parse(ctl(storeArgs, ['evidence', 'query', '--json', '--limit', String(limit)])).events;
      },
      async stop() {
        for (const child of children.reverse()) {
          if (child.exitCode === null) {
            const exited = new Promise((resolve) => child.once('exit', resolve));
            child.kill('SIGTERM');
            await exited;
          }
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

// The evidence record of one interaction, found by the id the gateway returned to the caller.
export function interactionRecord(events, interactionId) {
  return events.find((event) => event.kind === 'interaction' &&
                                JSON.stringify(event).includes(interactionId));
}

// Keeps a reply secret out of the prompt, so only the response side can leak it.
export function say(text) {
  return `[[say64:${Buffer.from(text, 'utf8').toString('base64')}]]`;
}
