// Installs the locked SDK packages (package-lock.json) next to this script with `npm ci`.
// The build root carries Node.js but not Debian's npm, whose 340 packages would slow every first
// run; so npm itself comes from the npm registry, pinned and checked against its published
// SHA-512, and is cached beside the build tree for the next run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const npmVersion = '10.9.9';
const npmIntegrity = 'sha512-1g+6jLQvaIuB4zwvHL7yrXuXcWZwDsCtBX8bbWDqbvJSSr9nPiDDWTHNgwXR27iIcTTW7v3A57hDW9RYv2W4Yg==';
const here = path.dirname(new URL(import.meta.url).pathname);
const toolDir = path.join(here, '..', `npm-${npmVersion}`);
const npmCli = path.join(toolDir, 'package', 'bin', 'npm-cli.js');

async function fetchNpm() {
  const url = `https://registry.npmjs.org/npm/-/npm-${npmVersion}.tgz`;
  const response = await fetch(url).catch((error) => {
    throw new Error(`cannot reach the npm registry for ${url}: ${error.cause?.message ?? error.message}`);
  });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  const tarball = Buffer.from(await response.arrayBuffer());
  const digest = 'sha512-' + createHash('sha512').update(tarball).digest('base64');
  if (digest !== npmIntegrity) throw new Error(`npm ${npmVersion} from the registry does not match its pinned SHA-512`);
  mkdirSync(toolDir, { recursive: true });
  const archive = path.join(toolDir, 'npm.tgz');
  writeFileSync(archive, tarball);
  execFileSync('tar', ['-xzf', archive, '-C', toolDir]);
}

if (!existsSync(npmCli)) await fetchNpm();
execFileSync(process.execPath, [npmCli, 'ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
             { cwd: here, stdio: 'inherit' });
