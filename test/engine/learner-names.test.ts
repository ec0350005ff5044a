/**
 * How English learners name the story's people and places (their own languages' spellings and
 * scripts: knowledge/entities.yaml), and words of chat English they carry over: "both camps" for
 * both sides, "gang" for a group, "insults" for harsh words, "contact" for relaying a message,
 * "stop it in the middle" for stopping early (synonyms.yaml, chat.yaml idioms).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const first = (q: string) => engine.answer(q).quotes[0]?.text ?? '(none)';

describe('names in other spellings and scripts', () => {
  it.each([
    ['which death toll gives Damasco', /Damascus and Moscow put the death toll/],
    ['what said Tschurkin about the peace effort', /very big question mark/],
    ['what said Чуркин about the peace effort', /very big question mark/],
    ['what did the Pentágono say about informing moscow', /informed Moscow of its plans/],
    ['where is the Observatório Sírio dos Direitos Humanos based', /UK-based Syrian Observatory/],
    ['what did the UK-based group count', /at least 90/],
    ['what did Estado Islámico do after the raid', /used the airstrike to push/],
    // "EI": Estado Islámico, État islamique, as written in capitals (not Portuguese "ei", hey).
    ['who ended up with the ground after, EI or the army', /used the airstrike to push/],
    ['what did Samanta Pauer call russia', /uniquely cynical|grandstanding/],
  ])('"%s"', (question, expected) => {
    expect(first(question)).toMatch(expected);
  });

  it('keeps a nation the story does not name unknown ("british jets")', () => {
    expect(engine.answer('did british jets take part too').status).not.toBe('answered');
  });
});

describe('chat words of learners', () => {
  it.each([
    ['which gang was the raid aimed at', /launched against the "Islamic State"/],
    ['did washington contact damascus itself', /through the Russian government/],
    ['why did they stop the raid in the middle', /aborted as soon as Moscow raised the alarm/],
  ])('"%s"', (question, expected) => {
    expect(first(question)).toMatch(expected);
  });

  it('reads "both camps" as both sides and insults as harsh words', () => {
    expect(engine.answer('mistake or deliberate, what say both camps').contested?.id).toBe('intent');
    expect(engine.answer('which insults did the two ambassadors use').contested?.id).toBe('un-exchange');
  });
});
