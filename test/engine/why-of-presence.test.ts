/**
 * A why of aircraft being somewhere asks their aim (analyzer.ts presenceAsAim), and "in the first
 * place" is "at all", no place (withoutFirstPlace). Made-up messages, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { firstPlaceOfPresence, presenceAsAim, withoutFirstPlace } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const words = (text: string) =>
  withoutFirstPlace(tokenize(text))
    .map((t) => t.word)
    .join(' ');

describe('"in the first place"', () => {
  it.each([
    ['why was the bridge closed in the first place', 'why was the bridge closed'],
    ['why was it shut in first place', 'why was it shut'],
    ['why was it shut in the 1st place?', 'why was it shut'],
    // A place that is first, not the phrase: kept.
    ['who came in first', 'who came in first'],
    ['what was the first place they flew to', 'what was the first place they flew to'],
  ])('"%s" reads as "%s"', (message, read) => {
    expect(words(message)).toBe(read);
  });
});

describe('"in the first place" is dropped only in a why of presence', () => {
  const read = (text: string) =>
    firstPlaceOfPresence(tokenize(text))
      .map((t) => t.word)
      .join(' ');
  it('drops it when the why asks why aircraft were somewhere', () => {
    expect(read('why were the jets flying over the harbour in the first place')).toBe(
      'why were the jets flying over the harbour',
    );
  });
  it.each([
    // A background the article seldom tells: the phrase's words stay, keeping the answer unsure.
    'why did the navy get involved in the first place',
    'why was there a treaty in the first place',
  ])('keeps it in "%s"', (message) => {
    expect(read(message)).toBe(message);
  });
});

describe('a why of aircraft being somewhere', () => {
  const verb = (text: string) => {
    const tokens = tokenize(text);
    const at = presenceAsAim(tokens);
    return at < 0 ? null : tokens[at]?.word;
  };
  it.each([
    ['why were the jets flying over the harbour', 'flying'],
    ['why the planes of the navy were flying over the bay?', 'flying'],
    ['why were the helicopters operating near the border', 'operating'],
    ['why were they bombing near the port', 'bombing'],
    ['why were they bombing there', 'bombing'],
  ])('"%s": its verb "%s" reads as the aim asked', (message, word) => {
    expect(verb(message)).toBe(word);
  });
  it.each([
    // The other side's aircraft: not the sortie's aim.
    'why was the regime plane flying there',
    // One aircraft: whose it is is the talk's (IS shot down a regime plane), no sortie's.
    'why was the plane flying there in the first place',
    // Bombing someone, or a stop: not a why of being there.
    'why did they bomb the soldiers',
    'why did they stop bombing over',
    // No why, or one told deep in a message.
    'where were the jets flying',
    'i was telling my brother about it and why the jets were flying over the bay',
    // Flying over the whole country asks why they are in the war at all; no place, no aim asked.
    'why are the jets flying over syria at all',
    'why were the jets flying around',
    // The leave to fly, or the manner of the flight: not its aim.
    'why is the navy allowed to fly over the bay',
    'why did the admiralty feel free to operate near the port',
    'why were the jets flying so low over the bay',
    'why were the jets flying near the bay without telling anyone',
    // "in the first place" is no place.
    'why were the jets flying in the first place',
  ])('"%s" is no why of presence', (message) => {
    expect(verb(message)).toBeNull();
  });
});

describe('the real article: a why of presence', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  it.each([
    // Being there: the sortie's aim, not the place nor whether it was meant.
    ['why were coalition jets operating around deir el-zour', 'p5.s1'],
    ['why was the coalition flying over there in the first place', 'p5.s1'],
    ['why were US planes bombing near deir ez zor in the first place', 'p5.s1'],
  ])('"%s" leads with %s', (q, id) => {
    expect(engine.answer(q).quotes[0]?.id).toBe(id);
  });
  it.each([
    // Why the US is in the war at all, or let fly: the article never tells.
    'why are american jets flying over syria at all',
    'why is the US allowed to fly over syria',
  ])('"%s" is not answered by the sortie\'s aim', (q) => {
    expect(engine.answer(q).quotes[0]?.id).not.toBe('p5.s1');
  });
});
