import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommandModule, formatRefused, loadCommands } from '../../src/discord/command-loader.ts';
import { COMMAND_NAMES } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A module whose `data` behaves like a SlashCommandBuilder (toJSON) without importing discord.js. */
function commandModule(json: object, extra = ''): string {
  return `export default { data: { name: ${JSON.stringify((json as { name?: string }).name)}, toJSON: () => (${JSON.stringify(json)}) }, async execute() {} ${extra} };\n`;
}

const files: Record<string, string> = {
  'good.mjs': commandModule({ name: 'good', description: 'A good command' }),
  'autocompleting.mjs': commandModule(
    {
      name: 'auto',
      description: 'Has autocomplete',
      options: [{ name: 'q', description: 'q', type: 3, autocomplete: true }],
    },
    ', async autocomplete() {}',
  ),
  'bad-execute.mjs':
    'export default { data: { name: "x", toJSON: () => ({ name: "x", description: "x" }) }, execute: "run" };\n',
  'no-default.mjs': 'export const data = {};\n',
  'broken.mjs': 'throw new Error("syntax or import error");\n',
  'bad-name.mjs': commandModule({ name: 'Bad Name', description: 'x' }),
  'no-description.mjs': commandModule({ name: 'nodesc', description: '' }),
  'missing-autocomplete.mjs': commandModule({
    name: 'noauto',
    description: 'x',
    options: [{ name: 'q', description: 'q', type: 3, autocomplete: true }],
  }),
  'other-good.mjs': commandModule({ name: 'good', description: 'Same name again' }),
  'not-a-builder.mjs': 'export default { data: "ask", async execute() {} };\n',
  'notes.md': '# not a command\n',
  'types.d.ts': 'export {};\n',
};
for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);

describe('loadCommands', () => {
  it("loads the project's seven commands and refuses none", async () => {
    const { commands, refused } = await loadCommands();
    expect(refused).toEqual([]);
    expect(commands.map((c) => c.data.name).sort()).toEqual(COMMAND_NAMES);
  });

  it('refuses each malformed module by file name, with the reason, and keeps the good ones', async () => {
    const { commands, refused } = await loadCommands(dir);
    expect(commands.map((c) => c.data.name)).toEqual(['auto', 'good']);
    const reasons = Object.fromEntries(refused.map((r) => [r.file, r.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      [
        'bad-execute.mjs',
        'bad-name.mjs',
        'broken.mjs',
        'other-good.mjs',
        'missing-autocomplete.mjs',
        'no-default.mjs',
        'no-description.mjs',
        'not-a-builder.mjs',
      ].sort(),
    );
    expect(reasons['bad-execute.mjs']).toBe('execute: execute must be a function');
    expect(reasons['no-default.mjs']).toMatch(/has no default export/);
    expect(reasons['broken.mjs']).toMatch(/cannot be loaded: syntax or import error/);
    expect(reasons['bad-name.mjs']).toMatch(/invalid name "Bad Name"/);
    expect(reasons['no-description.mjs']).toMatch(/description of 1 to 100 characters/);
    expect(reasons['missing-autocomplete.mjs']).toMatch(/exports no autocomplete handler/);
    expect(reasons['other-good.mjs']).toBe('defines /good, which good.mjs already defines');
    expect(reasons['not-a-builder.mjs']).toBe('data: data must be a SlashCommandBuilder');
    expect(formatRefused(refused)).toContain(
      '  - commands/bad-execute.mjs: execute: execute must be a function',
    );
  });

  it('checks a module given directly', () => {
    expect(checkCommandModule(null)).toMatchObject({ ok: false });
    expect(checkCommandModule({ default: { data: {}, execute: 1 } })).toMatchObject({ ok: false });
  });
});
