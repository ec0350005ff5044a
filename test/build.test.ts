/**
 * The build step (scripts/build.mjs): npm's scripts run the program compiled to dist/, and never a
 * missing or stale dist/. On a copy of the project (its node_modules linked), so that compiling
 * and editing its sources leaves this checkout's dist/, which other test files run, alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const COPIED = [
  'src',
  'commands',
  'scripts',
  'knowledge',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
];

describe('the compiled program', () => {
  const home = mkdtempSync(join(tmpdir(), 'build-test-'));
  const project = join(home, 'project');
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  const env = { PATH: process.env.PATH ?? '', HOME: home, npm_config_update_notifier: 'false' };
  const run = (command: string, args: string[], input = '') =>
    spawnSync(command, args, { cwd: project, env, input, encoding: 'utf8' });
  const upToDate = () => run(process.execPath, ['scripts/build.mjs', '--check']).status === 0;

  it('is built by npm run ask when missing, and answers on stdout with the JSON lines alone', () => {
    expect(upToDate()).toBe(false);
    const ask = run('npm', ['run', '--silent', 'ask', '--', '--json'], 'how many soldiers were killed\n');
    expect(ask.stderr).toMatch(/Compiling src\/ and commands\/ into dist\//);
    expect(ask.status).toBe(0);
    const lines = ask.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] ?? '') as { answered: boolean; quotes: Array<{ id: string }> };
    expect(answer.answered).toBe(true);
    expect(answer.quotes.map((q) => q.id)).toContain('p4.s1');
    expect(upToDate()).toBe(true);
  });

  it('runs dist/ as it is while the sources are unchanged', () => {
    // Marked in the JavaScript only: seen if dist/ is what runs, and is not rebuilt.
    const compiled = join(project, 'dist/src/cli/ask.js');
    const js = readFileSync(compiled, 'utf8');
    expect(js).toContain("console.error('usage: npm run ask");
    writeFileSync(
      compiled,
      js.replace("console.error('usage: npm run ask", "console.error('compiled usage: npm run ask"),
    );
    const ask = run('npm', ['run', '--silent', 'ask']);
    expect(ask.stderr).toContain('compiled usage: npm run ask');
    expect(ask.stderr).not.toMatch(/Compiling|compiling/);
    expect(ask.status).toBe(2);
  });

  it('is rebuilt before it runs once a source file changed', () => {
    const file = join(project, 'src/cli/ask.ts');
    const source = readFileSync(file, 'utf8');
    expect(source).toContain("console.error('usage: npm run ask");
    writeFileSync(
      file,
      source.replace("console.error('usage: npm run ask", "console.error('edited usage: npm run ask"),
    );
    expect(upToDate()).toBe(false);
    const ask = run('npm', ['run', '--silent', 'ask']);
    expect(ask.stderr).toMatch(/src\/ changed since dist\/ was built/);
    expect(ask.stderr).toContain('edited usage: npm run ask');
    expect(ask.stderr).not.toContain('compiled usage');
    expect(ask.status).toBe(2);
    expect(ask.stdout).toBe('');
    expect(upToDate()).toBe(true);
  });

  it('counts a removed file as a change', () => {
    expect(upToDate()).toBe(true);
    rmSync(join(project, 'commands/facts.ts'));
    expect(upToDate()).toBe(false);
  });
});
