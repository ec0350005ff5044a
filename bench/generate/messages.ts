/**
 * Long chat messages for the benchmark: a question wrapped the way people write in a server,
 * with filler, emoji and a few sentences of their own story around it, to about 500 characters
 * (the longest question the engine reads), so the cost of reading a whole message is measured.
 * The story sentences are about nothing in any corpus.
 */
import type { Random } from './random.ts';

const OPENERS = ['ngl', 'ok so', 'tbh', 'honestly', 'yo', 'wait', 'lowkey', 'so'];
const EMOJI = ['😂', '🤔', '👀', '🔥', '😤', '🙏', '💀', '<:thonk:123451234512345123>'];
const STORY = [
  "I've been following this all week and my group chat will not stop arguing about it.",
  'My cousin keeps sending me links and half of them contradict each other.',
  'I only caught part of it on the radio this morning because the signal kept dropping.',
  'Not trying to start a fight here, I just want to get the facts straight before dinner.',
  'Someone in the other channel said something completely different, so I am confused.',
  'I am writing a short summary for my class and the deadline is tomorrow night.',
  'Sorry if this was asked already, I scrolled up but could not find it anywhere.',
  'Everyone seems to have a strong opinion and nobody seems to have read the thing.',
];

/** A message of about `length` characters around `question`: the question first, in the middle or last. */
export function chatMessage(question: string, random: Random, length = 490): string {
  const ask = `${random.pick(OPENERS)} ${question.replace(/\?*$/, '')}?? ${random.pick(EMOJI)}`;
  const story: string[] = [];
  for (const sentence of random.shuffle(STORY)) {
    if ([...story, sentence, ask].join(' ').length > length) break;
    story.push(sentence);
  }
  const at = random.int(story.length + 1);
  return [...story.slice(0, at), ask, ...story.slice(at)].join(' ').slice(0, 500);
}
