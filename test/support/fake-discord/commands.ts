/**
 * Application commands: registering (PUT, POST), reading, editing and deleting them, checked the
 * way Discord checks them (names, descriptions, option order, limits, duplicates).
 */
import type { APIApplicationCommand } from 'discord.js';
import { ApplicationCommandType } from 'discord.js';
import { asRecord, clone, type Json } from './json.ts';
import { apiError, fieldError, formError, json, noContent, type RestResult } from './responses.ts';
import { nextSnowflake } from './snowflakes.ts';
import type { FakeState } from './state.ts';

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export class ApplicationCommands {
  constructor(private readonly state: FakeState) {}

  private checkApp(app: string | undefined): RestResult | null {
    return app === this.state.applicationId ? null : apiError(403, 50001, 'Missing Access');
  }

  private checkCommandGuild(key: string): RestResult | null {
    if (key === 'global' || this.state.guilds.some((g) => g.id === key)) return null;
    return apiError(403, 50001, 'Missing Access');
  }

  /** GET the commands of an application, global ('global') or of a guild (its id). */
  list(app: string | undefined, key: string): RestResult {
    const denied = this.checkApp(app) ?? this.checkCommandGuild(key);
    if (denied) return denied;
    return json(200, clone(this.state.commands.get(key) ?? []));
  }

  private validateCommand(body: unknown, path: string[]): Json | null {
    const cmd = asRecord(body);
    const type = typeof cmd.type === 'number' ? cmd.type : ApplicationCommandType.ChatInput;
    const name = typeof cmd.name === 'string' ? cmd.name : '';
    if (
      !NAME_PATTERN.test(name) ||
      (type === ApplicationCommandType.ChatInput && name !== name.toLowerCase())
    ) {
      return fieldError(
        [...path, 'name'],
        'APPLICATION_COMMAND_INVALID_NAME',
        `Command name is invalid: ${name}`,
      );
    }
    if (type === ApplicationCommandType.ChatInput) {
      const description = typeof cmd.description === 'string' ? cmd.description : '';
      if (description.length < 1 || description.length > 100) {
        return fieldError(
          [...path, 'description'],
          'BASE_TYPE_BAD_LENGTH',
          'Must be between 1 and 100 in length.',
        );
      }
    }
    return this.validateOptions(cmd.options, [...path, 'options']);
  }

  private validateOptions(options: unknown, path: string[]): Json | null {
    if (options === undefined || options === null) return null;
    if (!Array.isArray(options)) return fieldError(path, 'LIST_TYPE_CONVERT', 'Must be an array.');
    if (options.length > 25)
      return fieldError(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    let sawOptional = false;
    const names = new Set<string>();
    for (const [index, raw] of options.entries()) {
      const option = asRecord(raw);
      const here = [...path, String(index)];
      const name = typeof option.name === 'string' ? option.name : '';
      if (!NAME_PATTERN.test(name) || name !== name.toLowerCase()) {
        return fieldError(
          [...here, 'name'],
          'APPLICATION_COMMAND_INVALID_NAME',
          `Option name is invalid: ${name}`,
        );
      }
      if (names.has(name)) {
        return fieldError(
          [...here, 'name'],
          'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          'Duplicate name.',
        );
      }
      names.add(name);
      const description = typeof option.description === 'string' ? option.description : '';
      if (description.length < 1 || description.length > 100) {
        return fieldError(
          [...here, 'description'],
          'BASE_TYPE_BAD_LENGTH',
          'Must be between 1 and 100 in length.',
        );
      }
      if (option.required === true && sawOptional) {
        return fieldError(
          here,
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
      if (option.required !== true) sawOptional = true;
      if (Array.isArray(option.choices) && option.choices.length > 25) {
        return fieldError([...here, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      }
      if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0) {
        return fieldError(
          [...here, 'autocomplete'],
          'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
          'Autocomplete cannot be set with choices.',
        );
      }
      const nested = this.validateOptions(option.options, [...here, 'options']);
      if (nested) return nested;
    }
    return null;
  }

  private normalizeCommand(
    body: unknown,
    key: string,
    existing: APIApplicationCommand[],
  ): APIApplicationCommand {
    const cmd = asRecord(body);
    const type = typeof cmd.type === 'number' ? cmd.type : ApplicationCommandType.ChatInput;
    const previous = existing.find((c) => c.name === cmd.name && c.type === type);
    const command: Json = {
      default_member_permissions: null,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      name_localizations: null,
      description_localizations: null,
      ...cmd,
      id: previous?.id ?? nextSnowflake(),
      application_id: this.state.applicationId,
      version: nextSnowflake(),
      type,
      description: typeof cmd.description === 'string' ? cmd.description : '',
      options: Array.isArray(cmd.options) ? cmd.options : [],
    };
    if (key !== 'global') command.guild_id = key;
    return command as unknown as APIApplicationCommand;
  }

  /** PUT: replaces every command (a command keeps its id when its name and type stay). */
  put(app: string | undefined, key: string, body: unknown): RestResult {
    const denied = this.checkApp(app) ?? this.checkCommandGuild(key);
    if (denied) return denied;
    if (!Array.isArray(body)) return formError(fieldError([], 'LIST_TYPE_CONVERT', 'Must be an array.'));
    if (body.length > 100)
      return formError(fieldError([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.'));
    const seen = new Set<string>();
    for (const [index, cmd] of body.entries()) {
      const error = this.validateCommand(cmd, [String(index)]);
      if (error) return formError(error);
      const record = asRecord(cmd);
      const id = `${String(record.type ?? 1)}:${String(record.name)}`;
      if (seen.has(id)) {
        return formError(
          fieldError([String(index), 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Duplicate name'),
        );
      }
      seen.add(id);
    }
    const existing = this.state.commands.get(key) ?? [];
    const commands = body.map((cmd) => this.normalizeCommand(cmd, key, existing));
    this.state.commands.set(key, commands);
    return json(200, clone(commands));
  }

  /** POST: creates a command, or replaces the one of the same name and type. */
  post(app: string | undefined, key: string, body: unknown): RestResult {
    const denied = this.checkApp(app) ?? this.checkCommandGuild(key);
    if (denied) return denied;
    const error = this.validateCommand(body, []);
    if (error) return formError(error);
    const existing = this.state.commands.get(key) ?? [];
    const command = this.normalizeCommand(body, key, existing);
    const isNew = !existing.some((c) => c.id === command.id);
    this.state.commands.set(key, [...existing.filter((c) => c.id !== command.id), command]);
    return json(isNew ? 201 : 200, clone(command));
  }

  /** GET, PATCH or DELETE one command. */
  one(method: string, p: Record<string, string>, key: string, body: unknown): RestResult {
    const denied = this.checkApp(p.app) ?? this.checkCommandGuild(key);
    if (denied) return denied;
    const existing = this.state.commands.get(key) ?? [];
    const command = existing.find((c) => c.id === p.command);
    if (!command) return apiError(404, 10063, 'Unknown application command');
    if (method === 'GET') return json(200, clone(command));
    if (method === 'DELETE') {
      this.state.commands.set(
        key,
        existing.filter((c) => c.id !== command.id),
      );
      return noContent();
    }
    const updated = {
      ...command,
      ...asRecord(body),
      id: command.id,
      version: nextSnowflake(),
    } as APIApplicationCommand;
    this.state.commands.set(
      key,
      existing.map((c) => (c.id === command.id ? updated : c)),
    );
    return json(200, clone(updated));
  }
}
