/**
 * Sound-alike words a phone's dictation or a dyslexic typist writes one for the other, put back
 * only where grammar rules out the word typed. Made-up sentences, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { withHomophonesHeard } from '../../src/text/homophones.ts';

describe('sound-alike words', () => {
  it.each([
    // A comparative takes "than", never the time word "then".
    ['were more then twenty hurt', 'were more than twenty hurt'],
    ['was it less then an hour or longer then that', 'was it less than an hour or longer than that'],
    ['Rather then wait, they left', 'Rather than wait, they left'],
    // "were" before a verb, or alone at the end, asks a place.
    ['were did the mayor speak', 'where did the mayor speak'],
    ['Were was the bridge', 'Where was the bridge'],
    ['when did it open and were', 'when did it open and where'],
    ['were?', 'where?'],
    ['WERE IS THE BRIDGE', 'Where IS THE BRIDGE'],
    // "where" after a subject pronoun, or last after a plural noun, is the verb.
    ['they where told to leave', 'they were told to leave'],
    ['who did the guards think the visitors where', 'who did the guards think the visitors were'],
    // "here" after "to" or an auxiliary, before a word, is the verb.
    ['did the mayor stay to here the reply', 'did the mayor stay to hear the reply'],
    ['did you here him say it', 'did you hear him say it'],
    // "there" before an -ing verb is "they're"; "threw" after "way" is "through".
    ['what is the number there giving for the guards', "what is the number they're giving for the guards"],
    ['why did it stop half way threw', 'why did it stop half way through'],
    // "there" after "did" before no verb of "there is", or before a plural noun ending "what
    // were ...", is the possessive "their".
    ['what did there mayor say', 'what did their mayor say'],
    ['Did There council vote', 'Did Their council vote'],
    ['what were there names', 'what were their names'],
    ['what are there demands?', 'what are their demands?'],
  ])('%s -> %s', (typed, meant) => {
    expect(withHomophonesHeard(typed)).toBe(meant);
  });

  it.each([
    'what happened then',
    'and then what did the mayor say',
    'where did the mayor speak',
    'where were the guards',
    'were the guards there',
    'who were they',
    'the guards were here',
    'did they come here',
    'how did we get here',
    'they walked from there to here and back',
    'did it come to here in the end',
    'is there nothing left',
    'was there fighting near the bridge',
    'there being no reply, they left',
    'he threw the ball',
    'where they met is a secret',
    'was the bus where the guards said',
    'did there seem to be a problem',
    'did there use to be a bridge',
    'what were there, two?',
    'what is there left',
    'were there losses',
    'how many guards were there',
    // "IS" in capitals, in a message not all capitals, is a name after the verb "were".
    'were IS fighters killed',
  ])('leaves "%s" as typed', (text) => {
    expect(withHomophonesHeard(text)).toBe(text);
  });

  // Each rule runs only when its word is in the text as the rules before it left it: one text
  // holding every rule's word is read as each rule alone would read it.
  it('reads every rule of one text in turn', () => {
    expect(
      withHomophonesHeard(
        'were was the camp, they where told to here the guards out, more then that, half way threw and there giving names? what did there mayor say and were',
      ),
    ).toBe(
      "where was the camp, they were told to hear the guards out, more than that, half way through and they're giving names? what did their mayor say and where",
    );
  });
});
