/**
 * Autocomplete choices for /ask and /quote within Discord's limits (at most 25 choices, names
 * and values of at most 100 characters): the engine suggests, this layer fits its suggestions
 * to what Discord accepts.
 */
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { suggestQuestions, suggestSpeakers } from '../engine/browse.ts';
import type { Engine } from '../engine/engine.ts';
import { truncate } from '../text/truncate.ts';
import { autocompleteChoices, LIMITS } from './render.ts';

type Choice = APIApplicationCommandOptionChoice<string>;

/** Curated questions as the user types (/ask). */
export function questionChoices(engine: Engine, typed: string): Choice[] {
  return autocompleteChoices(suggestQuestions(engine, typed, LIMITS.choices));
}

/** Speakers as the user types (/quote): the label shown, the entity id sent back. */
export function speakerChoices(engine: Engine, typed: string): Choice[] {
  return suggestSpeakers(engine, typed, LIMITS.choices)
    .filter((s) => s.id.length <= LIMITS.choiceValue)
    .map((s) => ({ name: truncate(s.label, LIMITS.choiceName), value: s.id }));
}
