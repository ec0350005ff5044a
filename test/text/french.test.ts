/**
 * French questions read into English (issue 11; src/text/french.ts, chat.yaml frenchMarkers and
 * french): a message is French only with enough French function words, then read word by word,
 * the longest phrase first, elisions split and accents ignored unless a key keeps them.
 */
import { describe, expect, it } from 'vitest';
import { FrenchReader } from '../../src/text/french.ts';

const reader = new FrenchReader(
  {
    qui: 'who',
    quoi: 'what',
    pourquoi: 'why',
    pq: 'why',
    "c'est qui": 'who is',
    "l'": 'the',
    la: 'the',
    les: 'the',
    ils: 'they',
    ont: '',
    ne: '',
    pas: 'not',
    arrêté: 'stopped',
    frappe: 'strike',
    où: 'where',
    ou: 'or',
    'accord de paix': 'peace deal',
    accord: 'deal',
    de: 'of',
    réunion: 'meeting',
    onu: 'UN',
  },
  ['les', "l'", 'ils', 'ont', 'qui', 'quoi', 'pourquoi', 'pq', 'pas', 'où', "c'est"],
);

describe('FrenchReader: is a message French', () => {
  it('reads a message with two French function words or more as French', () => {
    expect(reader.isFrench('pq ils ont arrêté la frappe ?')).toBe(true);
    expect(reader.isFrench('et les russes ils disent quoi ?')).toBe(true);
  });

  it('never takes an English message holding a French name or word for French', () => {
    expect(reader.isFrench('what did Moscou say about the strike?')).toBe(false);
    expect(reader.isFrench('is Daech the same as the Islamic State group')).toBe(false);
    expect(reader.isFrench('who is Staffan de Mistura and what did he say about la raqqa')).toBe(false);
  });

  it('leaves an English message as it is', () => {
    expect(reader.english('why did they stop the strike, la frappe ?')).toBe(
      'why did they stop the strike, la frappe ?',
    );
    // "ou" is Portuguese too: half a marker, as "de", "la", "que".
    expect(reader.isFrench('why did they stop it ou quoi')).toBe(false);
  });
});

describe('FrenchReader: a French message read into English', () => {
  it('reads question words, negation and the verb, the helpers dropped', () => {
    expect(reader.english('pq ils ont arrêté la frappe ?')).toBe('why they stopped the strike?');
    expect(reader.english('ils ont pas arrêté la frappe ?')).toBe('they not stopped the strike?');
  });

  it('splits elisions and reads the longest phrase first', () => {
    expect(reader.english("l'accord de paix c'est qui ?")).toBe('the peace deal who is?');
    expect(reader.english("qui a demandé la réunion à l'ONU")).toContain('the UN');
  });

  it('ignores accents, except where a key keeps them', () => {
    expect(reader.english('pq ils ont arrêté la reunion ?')).toBe('why they stopped the meeting?');
    expect(reader.english('la frappe ou ? pq')).toBe('the strike or? why');
    expect(reader.english('la frappe où ? pq')).toBe('the strike where? why');
  });

  it('reads nothing without lists', () => {
    expect(new FrenchReader({}, []).english('pq ils ont arrêté la frappe ?')).toBe(
      'pq ils ont arrêté la frappe ?',
    );
  });
});

describe('FrenchReader: names in capitals', () => {
  const known = new FrenchReader(
    { un: 'a', onu: 'UN', qui: 'who', les: 'the', ont: '', demandé: 'called for', réunion: 'meeting' },
    ['qui', 'les', 'ont'],
    (w) => w === 'un',
  );
  it('keeps a name in capitals English knows ("UN"), reads one it does not ("ONU")', () => {
    expect(known.english('qui a demandé un réunion UN ?')).toBe('who a called for a meeting UN?');
    expect(known.english('les russes ont demandé un réunion ONU')).toBe('the russes called for a meeting UN');
  });
});

describe('FrenchReader: French as chat types it', () => {
  const chat = new FrenchReader(
    {
      "l'": 'the',
      "d'": 'of',
      "j'": 'i',
      la: 'the',
      qui: 'who',
      koi: 'what',
      dit: 'said',
      a: '',
      australie: 'australia',
      urgence: 'emergency',
      frappe: 'strike',
      abattu: 'shot down',
      demande: 'asks for',
      demandé: 'asked for',
      réunion: 'meeting',
    },
    ['la', 'qui', 'koi', "l'", 'dit'],
    (w) => ['the', 'lone', 'done', 'strike'].includes(w),
  );

  it('reads an elision typed without its apostrophe ("laustralie", "durgence")', () => {
    expect(chat.english('laustralie a dit koi')).toBe('the australia said what');
    expect(chat.english('qui dit la reunion durgence')).toBe('who said the meeting of emergency');
  });

  it('reads a word one slip off a word of the list of five letters or more', () => {
    expect(chat.english('la frape koi')).toBe('the strike what');
    expect(chat.english('qui a abatu koi')).toBe('who shot down what');
  });

  it('reads no slip two words of the list are as close to, nor an English word as an elision', () => {
    // "demandr": one slip off "demande" and off "demandé", which read differently.
    expect(chat.english('qui a demandr koi')).toBe('who demandr what');
    expect(chat.english('qui dit lone koi')).toBe('who said lone what');
    expect(chat.english('qui dit done koi')).toBe('who said done what');
  });
});

describe('FrenchReader.unread', () => {
  const some = new FrenchReader(
    { qui: 'who', la: 'the', frappe: 'strike', près: 'near' },
    ['qui', 'la'],
    (w) => w === 'strike',
  );
  it('tells the words a French message leaves as typed, no English word among them', () => {
    expect(some.unread('qui a bombardé le convoi près de la frappe ? strike')).toEqual([
      'a',
      'bombarde',
      'le',
      'convoi',
      'de',
    ]);
    expect(some.unread('who bombed the convoy near the strike')).toEqual([]);
  });
});
