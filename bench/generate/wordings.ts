/**
 * How people ask about a generated sentence: the curated question with its paraphrases (qa.yaml),
 * and one more wording that is in no file (the benchmark's unseen paraphrase).
 */
import type { Random } from './random.ts';
import { capitalize, type Frame } from './sentences.ts';

/**
 * The curated question first, then its paraphrases (as in qa.yaml): four of many forms, in a
 * random order, some naming the thing asked about first ("Vrelto depot: how many were killed?"),
 * as moderators word their questions differently.
 */
export function curatedWordings(frame: Frame, random: Random): { text: string }[] {
  const { pw, noun } = frame;
  const at = `the ${pw} ${noun}`;
  const thing = capitalize(`${pw} ${noun}`);
  const near = frame.place ? ` near ${frame.place.name}` : '';
  let texts: string[];
  if (frame.kind === 'toll')
    texts = [
      `How many soldiers were killed at ${at}?`,
      `What was the death toll at ${at}?`,
      `How many died in the strike on ${at}?`,
      `How many people were killed at ${at}${near}?`,
      `${thing}: how many were killed?`,
      `Death toll at ${at}?`,
      `Were soldiers killed at ${at}?`,
    ];
  else if (frame.kind === 'said' && frame.speaker) {
    const [a, b] = random.shuffle(frame.speaker.asked);
    texts = [
      `What did ${a} say about ${at}?`,
      `How did ${b} describe ${at}?`,
      `What was the statement of ${a} on ${at}?`,
      `${capitalize(b ?? '')}'s view of ${at}`,
      `${capitalize(a ?? '')} on ${at}: what was said?`,
      `Did ${b} comment on ${at}?`,
    ];
  } else
    texts = [
      `What happened to ${at}${near}?`,
      `What became of ${at}?`,
      `Tell me about ${at}`,
      `Any news about ${at}?`,
      `${thing}: what happened?`,
      `What is the latest on ${at}?`,
    ];
  return random
    .shuffle(texts)
    .slice(0, 4)
    .map((text) => ({ text }));
}

/** A wording that is in no file: how someone might ask the same curated question. */
export function heldOutParaphrase(frame: Frame, random: Random): string {
  const { pw, noun } = frame;
  const place = frame.place?.name.toLowerCase();
  if (frame.kind === 'toll')
    return random.pick([
      `number of dead at the ${pw} ${noun}`,
      `${pw} ${noun} casualties`,
      `how many troops lost their lives at the ${pw} ${noun}`,
    ]);
  if (frame.kind === 'said' && frame.speaker) {
    const who = random.pick(frame.speaker.asked).toLowerCase();
    return random.pick([
      `${who} comments on ${pw} ${noun}`,
      `how did ${who} react to the ${pw} ${noun}`,
      `what was the reaction of ${who} to the ${pw} ${noun}`,
    ]);
  }
  return random.pick([
    `${pw} ${noun} what happened`,
    `whats going on at the ${pw} ${noun}`,
    `summary of the ${pw} ${noun}${place ? ` in ${place}` : ''}`,
  ]);
}
