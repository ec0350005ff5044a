/**
 * Reads commands/ (one file per slash command) and checks each module's shape at run time, so a
 * malformed command is refused by name at startup instead of failing when someone uses it.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Command } from './command.ts';

export const COMMANDS_DIR = resolve(fileURLToPath(new URL('../../commands', import.meta.url)));

export interface RefusedCommand {
  /** The file name in the commands folder, e.g. "ask.ts". */
  file: string;
  reason: string;
}

export interface LoadedCommands {
  commands: Command[];
  refused: RefusedCommand[];
}

const COMMAND_NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

interface CommandJson {
  name?: unknown;
  description?: unknown;
  options?: Array<{ autocomplete?: unknown; options?: unknown }>;
}

const CommandShape = z.object({
  data: z.custom<Command['data']>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { toJSON?: unknown }).toJSON === 'function',
    { error: 'data must be a SlashCommandBuilder' },
  ),
  execute: z.custom<Command['execute']>((value) => typeof value === 'function', {
    error: 'execute must be a function',
  }),
  autocomplete: z
    .custom<NonNullable<Command['autocomplete']>>((value) => typeof value === 'function', {
      error: 'autocomplete, when present, must be a function',
    })
    .optional(),
  direct: z
    .custom<NonNullable<Command['direct']>>((value) => typeof value === 'function', {
      error: 'direct, when present, must be a function',
    })
    .optional(),
});

function usesAutocomplete(options: CommandJson['options']): boolean {
  return (options ?? []).some(
    (o) => o.autocomplete === true || usesAutocomplete(o.options as CommandJson['options']),
  );
}

/** Checks one module's default export; returns the command or why it is refused. */
export function checkCommandModule(
  moduleExports: unknown,
): { ok: true; command: Command; name: string } | { ok: false; reason: string } {
  const exported = (moduleExports as { default?: unknown } | null)?.default;
  if (exported === undefined) {
    return {
      ok: false,
      reason: 'has no default export; end it with `export default { data, execute } satisfies Command`',
    };
  }
  const parsed = CommandShape.safeParse(exported);
  if (!parsed.success) {
    return {
      ok: false,
      reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'export'}: ${i.message}`).join('; '),
    };
  }
  let json: CommandJson;
  try {
    json = parsed.data.data.toJSON() as CommandJson;
  } catch (error) {
    return { ok: false, reason: `data is not a valid command definition: ${(error as Error).message}` };
  }
  if (typeof json.name !== 'string' || !COMMAND_NAME.test(json.name)) {
    return {
      ok: false,
      reason: `data has an invalid name ${JSON.stringify(json.name)}: use 1-32 lower-case letters, digits, - or _`,
    };
  }
  if (typeof json.description !== 'string' || json.description.length < 1 || json.description.length > 100) {
    return { ok: false, reason: 'data needs a description of 1 to 100 characters' };
  }
  if (usesAutocomplete(json.options) && !parsed.data.autocomplete) {
    return {
      ok: false,
      reason: 'an option has autocomplete on, but the module exports no autocomplete handler',
    };
  }
  return { ok: true, command: parsed.data as Command, name: json.name };
}

function isCommandFile(file: string): boolean {
  return /\.(ts|js|mjs)$/.test(file) && !file.endsWith('.d.ts') && !/\.(test|spec)\./.test(file);
}

/** Loads every command in `dir`, refusing (by file name, with the reason) any that is malformed or a duplicate. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<LoadedCommands> {
  const files = readdirSync(dir).filter(isCommandFile).sort();
  const commands: Command[] = [];
  const refused: RefusedCommand[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    let moduleExports: unknown;
    try {
      moduleExports = await import(pathToFileURL(join(dir, file)).href);
    } catch (error) {
      refused.push({ file, reason: `cannot be loaded: ${(error as Error).message}` });
      continue;
    }
    const checked = checkCommandModule(moduleExports);
    if (!checked.ok) {
      refused.push({ file, reason: checked.reason });
      continue;
    }
    const { name } = checked;
    const other = fileOf.get(name);
    if (other) {
      refused.push({ file, reason: `defines /${name}, which ${other} already defines` });
      continue;
    }
    fileOf.set(name, file);
    commands.push(checked.command);
  }
  return { commands, refused };
}

export function formatRefused(refused: readonly RefusedCommand[]): string {
  return refused.map((r) => `  - commands/${r.file}: ${r.reason}`).join('\n');
}
