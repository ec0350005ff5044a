/**
 * Answers from a knowledge folder with two sources (the DW article and a made-up wire report of the
 * next day, written by test/support/two-sources.ts): every quote credits its own source, a
 * contested point with one side per source quotes both and names each side's source and date, the
 * same claim in two sources is quoted once and the other source named, and which source comes
 * first in sources.yaml changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAskJson } from '../../src/adapters/ask-json.ts';
import { formatText, renderAnswerText } from '../../src/adapters/text.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import { renderAnswer } from '../../src/discord/render.ts';
import { MAX_QUOTES } from '../../src/engine/answer.ts';
import { keyFacts, paragraphOf, quotesBySpeaker, sourceInfo, timeline } from '../../src/engine/browse.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { renderSource } from '../../src/terminal/render.ts';
import type { KnowledgeCopy } from '../support/knowledge-copy.ts';
import { buildFolder, DW_CREDIT, twoSourceKnowledge, WIRE_CREDIT } from '../support/two-sources.ts';

let copy: KnowledgeCopy;
let engine: Engine;

beforeAll(() => {
  copy = twoSourceKnowledge({ contested: true });
  // A key fact and a timeline event drawing on both sources, the later one cited first.
  copy.edit(
    'facts.yaml',
    (s) => `${s}\n- id: warned\n  label: Whether Moscow was warned\n  answer: [wire.p2.s1, p17.s1]\n`,
  );
  copy.edit(
    'timeline.yaml',
    (s) =>
      `${s}\n- id: not-warned\n  when: Monday\n  label: Moscow says it was not warned\n  answer: [wire.p2.s1, p17.s1]\n`,
  );
  engine = loadEngine(copy.dir);
});
afterAll(() => copy.remove());

describe('every quote credits its own source', () => {
  it.each([
    ['How long did the raid last?', 'p4.s1', DW_CREDIT],
    ['Should the Security Council ask Washington for a full account of the raid?', 'wire.p4.s1', WIRE_CREDIT],
  ])('%s', (question, id, credit) => {
    const line = toAskJson(engine.answer(question));
    expect(line.answered).toBe(true);
    expect(line.quotes[0]).toMatchObject({ id, source: credit });
    for (const q of line.quotes) expect(q.source).toBe(q.id.startsWith('wire.') ? WIRE_CREDIT : DW_CREDIT);
  });

  it('credits each quote in Discord and in the terminal', () => {
    const answer = engine.answer(
      'Should the Security Council ask Washington for a full account of the raid?',
    );
    const description = renderAnswer(answer, engine.kb.version).embeds[0]?.description ?? '';
    expect(description).toContain(`— the reporter · ${WIRE_CREDIT}`);
    expect(renderAnswerText(answer)).toContain(`· ${WIRE_CREDIT} [wire.p4.s1]`);
  });
});

describe('a contested point with one side per source', () => {
  const question = 'Did the coalition tell Moscow about the raid before it began?';

  it('quotes both sides, each with its own source', () => {
    const answer = engine.answer(question);
    expect(answer.contested?.id).toBe('warning');
    expect(answer.quotes.map((q) => [q.id, q.source])).toEqual(
      expect.arrayContaining([
        ['wire.p2.s1', WIRE_CREDIT],
        ['p17.s1', DW_CREDIT],
      ]),
    );
    expect(answer.contested?.sides.map((s) => s.sources)).toEqual([[DW_CREDIT], [WIRE_CREDIT]]);
    expect(toAskJson(answer).quotes.length).toBeLessThanOrEqual(MAX_QUOTES);
  });

  it('names each side with its source and date, in Discord and in the terminal', () => {
    const answer = engine.answer(question);
    const description = renderAnswer(answer, engine.kb.version).embeds[0]?.description ?? '';
    expect(description).toContain(`__Moscow was informed, says the Pentagon__ (${DW_CREDIT})`);
    expect(description).toContain(`__Moscow was never told, says Russia__ (${WIRE_CREDIT})`);
    const text = renderAnswerText(answer);
    expect(text).toContain(`- Moscow was informed, says the Pentagon (${DW_CREDIT}):`);
    expect(text).toContain(`- Moscow was never told, says Russia (${WIRE_CREDIT}):`);
  });

  it('does not name sources on the sides when one source holds every side', () => {
    const answer = engine.answer('How many soldiers were killed?');
    expect(answer.contested?.id).toBe('death-toll');
    const description = renderAnswer(answer, engine.kb.version).embeds[0]?.description ?? '';
    expect(description).toContain('__62, according to Damascus and Moscow__\n');
  });
});

describe('the same claim in two sources', () => {
  it('is quoted once, from the source that answers best, and the other is named', () => {
    const answer = engine.answer('How many soldiers were killed?');
    const ids = answer.quotes.map((q) => q.id);
    expect(ids).toEqual(['p4.s1', 'p4.s2']);
    expect(ids).not.toContain('wire.p3.s1');
    expect(answer.alsoReported).toEqual([
      { quoteId: 'p4.s2', quotes: [expect.objectContaining({ id: 'wire.p3.s1', source: WIRE_CREDIT })] },
    ]);
    // Behind More, and named under the quote.
    expect(answer.more.map((q) => q.id)).toContain('wire.p3.s1');
    const description = renderAnswer(answer, engine.kb.version).embeds[0]?.description ?? '';
    expect(description).toContain(`*Also reported by ${WIRE_CREDIT} (wire.p3.s1).*`);
    expect(renderAnswerText(answer)).toContain(`also reported by ${WIRE_CREDIT} [wire.p3.s1]`);
    expect(toAskJson(answer).quotes.map((q) => q.id)).toEqual(['p4.s1', 'p4.s2']);
  });

  it('quotes the other source when the question is closer to its wording', () => {
    const answer = engine.answer('What did the ministry say about the death toll?');
    expect(answer.quotes[0]?.id).toBe('wire.p3.s1');
    expect(answer.quotes.map((q) => q.id)).not.toContain('p4.s2');
    expect(answer.alsoReported.find((a) => a.quoteId === 'wire.p3.s1')?.quotes.map((q) => q.id)).toEqual([
      'p4.s2',
    ]);
  });
});

describe('browsing several sources', () => {
  it('/source lists every source with its date and link, oldest first', () => {
    const info = sourceInfo(engine);
    expect(info.sources.map((s) => [s.id, s.date, s.url])).toEqual([
      ['dw', '2016-09-18', null],
      ['wire', '2016-09-19', 'https://wire.example/moscow-not-warned'],
    ]);
    const text = formatText(renderSource(engine));
    expect(text).toContain('"Moscow Says It Was Not Warned Before Coalition Raid"');
    expect(text).toContain('https://wire.example/moscow-not-warned');
  });

  it('/facts and /timeline quote every source, oldest first', () => {
    const fact = keyFacts(engine).find((f) => f.label === 'Whether Moscow was warned');
    expect(fact?.quotes.map((q) => q.id)).toEqual(['p17.s1', 'wire.p2.s1']);
    const event = timeline(engine).find((e) => e.label === 'Moscow says it was not warned');
    expect(event?.quotes.map((q) => [q.id, q.source])).toEqual([
      ['p17.s1', DW_CREDIT],
      ['wire.p2.s1', WIRE_CREDIT],
    ]);
  });

  it("Context gives the paragraph of the quote's own source", () => {
    expect(paragraphOf(engine, 'wire.p4.s1').map((q) => q.id)).toEqual(['wire.p4.s1', 'wire.p4.s2']);
    expect(paragraphOf(engine, 'p4.s1').map((q) => q.id)).toEqual(['p4.s1', 'p4.s2', 'p4.s3']);
  });
});

describe('/quote across sources', () => {
  it("gives a speaker's quotes oldest source first, whatever the order of sources.yaml", () => {
    const folder = twoSourceKnowledge();
    try {
      folder.write(
        'sources/late.txt',
        'Ministry Sums Up A Week Of Talks\n\nThe Russian Foreign Ministry said the talks in Geneva had gone nowhere.\n',
      );
      // Listed first, published last.
      folder.edit(
        'sources.yaml',
        (s) =>
          `- id: late\n  headline: Ministry Sums Up A Week Of Talks\n  publisher: Late Wire\n  date: 2016-09-25\n${s}`,
      );
      buildFolder(folder.dir);
      const e = loadEngine(folder.dir);
      expect(e.kb.sources.map((s) => s.id)).toEqual(['dw', 'late', 'wire']);
      const found = quotesBySpeaker(e, 'Russian Foreign Ministry');
      expect(found?.quotes.map((q) => q.id)).toEqual([
        'p3.s1',
        'p7.s1',
        'p15.s1',
        'p16.s1',
        'wire.p2.s1',
        'late.p2.s1',
      ]);
    } finally {
      folder.remove();
    }
  });
});

describe('follow-ups stay in the text they follow', () => {
  it("'after that' is later in the same source, never the next source in the folder", () => {
    const first = engine.answer('what did the russian foreign ministry say');
    expect(first.quotes[0]?.id).toBe('p15.s1');
    const next = engine.answer('and after that?', [turnOf(first)]);
    expect(next.quotes.map((q) => q.id)).toEqual(['p16.s1']);
    // The ministry says nothing more in the article; the wire report (listed next) is not "after".
    const last = engine.answer('what did they say after that?', [turnOf(first), turnOf(next)]);
    expect(last.quotes.map((q) => q.id)).not.toContain('wire.p2.s1');
    expect(last.answered).toBe(false);
  });
});

describe('no source is preferred for its place in sources.yaml', () => {
  const ECHO = `Ministry Repeats Toll Of 62

Damascus and Moscow put the number of dead soldiers at 62 on Tuesday.

The ministry also said the coalition had never told Moscow about the raid.
`;
  const ECHO_ENTRY = `- id: echo
  headline: Ministry Repeats Toll Of 62
  publisher: Echo Agency
  date: 2016-09-20
`;
  const questions = [
    'How many soldiers were killed?',
    'what figure did damascus and moscow give for the dead',
    'Did the coalition tell Moscow about the raid?',
    'Was Moscow told about the raid before it began?',
    'who said 62',
  ];

  function answersWith(order: 'wire-first' | 'echo-first') {
    const folder = twoSourceKnowledge({ contested: true });
    try {
      folder.write('sources/echo.txt', ECHO);
      folder.edit('sources.yaml', (s) =>
        order === 'wire-first' ? `${s}${ECHO_ENTRY}` : `${ECHO_ENTRY}${s}`,
      );
      buildFolder(folder.dir);
      const e = loadEngine(folder.dir);
      return questions.map((q) => {
        const a = e.answer(q);
        return { quotes: a.quotes.map((x) => x.id), also: a.alsoReported, confidence: a.confidence };
      });
    } finally {
      folder.remove();
    }
  }

  it('gives the same answers whichever source is listed first', () => {
    expect(answersWith('echo-first')).toEqual(answersWith('wire-first'));
  });
});
