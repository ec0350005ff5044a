import { describe, expect, it } from 'vitest';
import { contextId, feedbackId, moreId, parseCustomId } from '../../src/discord/custom-ids.ts';
import {
  autocompleteChoices,
  LIMITS,
  renderAnswer,
  renderCard,
  renderQuote,
  renderQuoteList,
  renderShortAbstention,
  SHORTENED_MARK,
} from '../../src/discord/render.ts';
import type { Answer, Quote } from '../../src/engine/answer.ts';
import { keyFacts, timeline } from '../../src/engine/browse.ts';
import { truncate } from '../../src/text/truncate.ts';
import { limitProblems, projectEngine } from './harness.ts';

const words = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

function quote(id: string, text: string, label = 'Someone, somewhere'): Quote {
  return {
    id,
    text,
    speaker: { id: 'someone', label, kind: 'person' },
    source: 'DW, 18 September 2016',
    paragraph: 4,
    section: 'the-strike',
  };
}

function answer(overrides: Partial<Answer>): Answer {
  return {
    question: 'How many soldiers were killed?',
    status: 'answered',
    answered: true,
    confidence: 0.9,
    quotes: [],
    more: [],
    alsoReported: [],
    qa: 'death-toll',
    contested: null,
    suggestions: [],
    message: null,
    ms: 0.2,
    ...overrides,
  };
}

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['one two three four five', 14, 'one two three…'],
    ['First sentence here. Second sentence is longer.', 30, 'First sentence here.…'],
    ['unbrokenwordwithoutanyspaces', 10, 'unbrokenw…'],
  ])('%j to %i characters', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });

  it('never leaves half an escape or half a surrogate pair', () => {
    expect(truncate('abcdefgh\\*ijkl', 10)).toBe('abcdefgh…');
    expect(truncate('abcdefgh😀xyz', 10)).toBe('abcdefgh…');
  });
});

describe('renderQuote', () => {
  it('renders a block quote with the speaker and the source', () => {
    expect(
      renderQuote(
        quote('p4.s2', 'Damascus and Moscow put the death toll to 62.', 'Syrian and Russian governments'),
      ),
    ).toBe(
      '> Damascus and Moscow put the death toll to 62.\n— **Syrian and Russian governments** · DW, 18 September 2016',
    );
  });

  it('credits narration to the reporter and escapes markdown in the quote', () => {
    const narration = { ...quote('p2.s1', 'A *starred* _word_'), speaker: null };
    expect(renderQuote(narration)).toBe(
      '> A \\*starred\\* \\_word\\_\n— the reporter · DW, 18 September 2016',
    );
  });

  it('shortens an over-long quote at a word boundary and says so, within the limit', () => {
    const text = renderQuote(quote('p1.s1', words(400)), 500);
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text).toContain(SHORTENED_MARK);
    expect(text).toMatch(/word\d+… \*\(quote shortened\)\*\n— \*\*Someone, somewhere\*\*/);
  });
});

describe('renderAnswer', () => {
  it('stays within every limit for every answer the knowledge base gives, without shortening any quote', () => {
    const engine = projectEngine();
    for (const qa of engine.kb.qa) {
      for (const question of [qa.question, ...qa.paraphrases]) {
        const result = engine.answer(question);
        const rendered = renderAnswer(result, engine.kb.version);
        expect(limitProblems(rendered), question).toEqual([]);
        if (result.answered) {
          expect(rendered.embeds[0]?.description).not.toContain('quote shortened');
          expect(rendered.embeds[0]?.description?.match(/^> /gm)?.length, question).toBe(
            result.quotes.length,
          );
        }
      }
    }
  });

  it('stays within every limit for absurdly long quotes, labels and questions, and says what it left out', () => {
    const huge = answer({
      question: words(600, 'q'),
      quotes: [
        quote('p1.s1', words(900, 'a'), words(60, 'l')),
        quote('p2.s1', words(900, 'b')),
        quote('p3.s1', words(900, 'c')),
      ],
      more: Array.from({ length: 6 }, (_, i) => quote(`p${10 + i}.s${i + 1}`, words(100))),
      contested: {
        id: 'death-toll',
        topic: words(300, 't'),
        sides: [
          { label: words(100, 's'), quoteIds: ['p1.s1'], sources: ['DW, 18 September 2016'] },
          { label: 'other side', quoteIds: ['p2.s1'], sources: ['DW, 18 September 2016'] },
        ],
      },
    });
    const rendered = renderAnswer(huge, 'abc123');
    expect(limitProblems(rendered)).toEqual([]);
    const embed = rendered.embeds[0];
    expect(embed?.title?.length).toBeLessThanOrEqual(LIMITS.title);
    expect(embed?.description).toContain(SHORTENED_MARK);
    expect(embed?.description).toMatch(/2 more quotes: press More\.\*$/);
    const more = rendered.components[0]?.components.find((b) => 'label' in b && b.label === 'More');
    const moreCustomId = more && 'custom_id' in more ? more.custom_id : '';
    expect(moreCustomId.startsWith('more:p2.s1,p3.s1,p10.s1')).toBe(true);
    expect(moreCustomId.length).toBeLessThanOrEqual(100);
  });

  it('renders a short one-line abstention for free text', () => {
    const line = renderShortAbstention(
      answer({
        answered: false,
        status: 'not-in-article',
        message: "The article doesn't say.",
        suggestions: ['How many **soldiers** were killed?'],
      }),
    );
    expect(line).toBe("The article doesn't say. Try asking: “How many \\*\\*soldiers\\*\\* were killed?”");
  });
});

describe('cards and lists', () => {
  it('keeps /facts and /timeline of the knowledge base within limits, every section shown', () => {
    const engine = projectEngine();
    const facts = keyFacts(engine);
    const card = renderCard({
      title: 'Key facts',
      sections: facts.map((f) => ({ name: f.label, quotes: f.quotes, contested: f.contested })),
    });
    expect(limitProblems(card)).toEqual([]);
    expect(card.embeds[0]?.fields).toHaveLength(facts.length);
    const events = timeline(engine);
    const timelineCard = renderCard({
      title: 'Timeline',
      sections: events.map((e) => ({ name: e.label, quotes: e.quotes })),
    });
    expect(limitProblems(timelineCard)).toEqual([]);
    expect(timelineCard.embeds[0]?.fields).toHaveLength(events.length);
  });

  it('keeps a card of 40 huge sections within limits and says how many it left out', () => {
    const sections = Array.from({ length: 40 }, (_, i) => ({
      name: words(80, `n${i}`),
      quotes: [quote(`p${i + 1}.s1`, words(300)), quote(`p${i + 1}.s2`, words(50))],
    }));
    const card = renderCard({
      title: words(100),
      sections,
      footer: 'Quoted verbatim',
      overflowHint: 'use /ask',
    });
    expect(limitProblems(card)).toEqual([]);
    const kept = card.embeds[0]?.fields?.length ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(card.embeds[0]?.footer?.text).toContain(`${40 - kept} more not shown: use /ask.`);
  });

  it('puts the quotes of a long list that do not fit behind More', () => {
    const quotes = Array.from({ length: 40 }, (_, i) => quote(`p${i + 1}.s1`, words(40)));
    const list = renderQuoteList({ title: 'What Someone said', quotes });
    expect(limitProblems(list)).toEqual([]);
    const shown = list.embeds[0]?.description?.match(/^> /gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(3);
    expect(list.embeds[0]?.description).toContain(`${40 - shown} more quotes: press More.`);
    const button = list.components[0]?.components[0];
    expect(button && 'custom_id' in button ? button.custom_id : '').toMatch(
      new RegExp(`^more:p${shown + 1}\\.s1,`),
    );
  });

  it('pages More by three', () => {
    const quotes = Array.from({ length: 5 }, (_, i) => quote(`p${i + 1}.s1`, 'Short sentence.'));
    const list = renderQuoteList({ title: 'More quotes', quotes, perPage: 3 });
    expect(list.embeds[0]?.description?.match(/^> /gm)).toHaveLength(3);
    const button = list.components[0]?.components[0];
    expect(button && 'custom_id' in button ? button.custom_id : '').toBe('more:p4.s1,p5.s1');
  });
});

describe('autocompleteChoices', () => {
  it('gives at most 25 distinct choices of at most 100 characters', () => {
    const choices = autocompleteChoices([
      ...Array.from({ length: 40 }, (_, i) => `${i} ${words(30)}`),
      'dup',
      'dup',
    ]);
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(autocompleteChoices(['dup', 'dup', ' '])).toEqual([{ name: 'dup', value: 'dup' }]);
  });
});

describe('custom ids', () => {
  it('round-trip and stay within 100 characters', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `p${i + 10}.s${i + 1}`);
    const more = moreId(ids) ?? '';
    expect(more.length).toBeLessThanOrEqual(100);
    const parsed = parseCustomId(more);
    expect(parsed?.kind).toBe('more');
    expect(parsed && parsed.kind === 'more' ? ids.slice(0, parsed.quoteIds.length) : []).toEqual(
      parsed && parsed.kind === 'more' ? parsed.quoteIds : ['x'],
    );
    expect(moreId([])).toBeNull();
    expect(parseCustomId(contextId('p4.s1'))).toEqual({ kind: 'context', quoteId: 'p4.s1' });
    expect(parseCustomId(feedbackId(true, '09e074a314fa', 'death-toll'))).toEqual({
      kind: 'feedback',
      helpful: true,
      knowledgeVersion: '09e074a314fa',
      qaId: 'death-toll',
    });
    expect(parseCustomId(feedbackId(false, null, null))).toEqual({
      kind: 'feedback',
      helpful: false,
      knowledgeVersion: null,
      qaId: null,
    });
    const long = feedbackId(true, '09e074a314fa', `a${'-b'.repeat(60)}`);
    expect(long).toBe('fb:up:09e074a314fa:');
  });

  it.each([
    '',
    'more:',
    'more:p4',
    'ctx:DROP TABLE',
    'fb:maybe',
    'fb:up:xyz!:qa',
    'fb:up:abc:Bad_Id',
    'other:1',
  ])('refuses %j', (customId) => {
    expect(parseCustomId(customId)).toBeNull();
  });
});
