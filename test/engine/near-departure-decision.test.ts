/**
 * Near-topic (issue 11): what the article never tells, though its words are near.
 * - The base aircraft took off from (answer-type.ts departureMissing): "near Deir el-Zour" says
 *   where they struck; "UK-based" says where the monitor is, not where planes flew from. Taking
 *   off from somewhere, or an airbase, is asked of aircraft even when they are only "they".
 * - What a body decided or an inquiry found (decisionMissing): the meeting was held and the
 *   investigation urged, neither's outcome told; "conclusive evidence" still answers what the
 *   Syrian army concluded.
 * - An office held "still" (stillMissing, officeAfter): asked at the writer's now.
 * - Whose dead, when no quote shown tells of any dead (decide.ts deadOfOthers): "the IS
 *   casualties" of the sortie launched against IS.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const refused = (q: string) => expect(engine.answer(q).quotes, q).toHaveLength(0);

describe('where aircraft took off from', () => {
  it('refuses the base the jets flew from', () => {
    refused('which base did the jets take off from');
    refused('where did the planes fly out of');
  });
  it('refuses it when the aircraft are only "they": taking off, or an airbase, is a flight\'s own', () => {
    refused('which base did they take off from?');
    refused('how many jets and which base dem take off from?');
  });
  it('still answers where the monitor is based', () => {
    expect(engine.answer('where is the observatory based').quotes[0]?.id).toBe('p4.s1');
  });
});

describe('what a body decided or an inquiry found', () => {
  it('refuses the council vote and decision', () => {
    refused('what did the security council decide');
    refused('did the security council vote on anything');
  });
  it("still answers a side's conclusion and a judgement asked with find", () => {
    expect(engine.answer('what did the syrian army conclude about US support for IS').quotes[0]?.id).toBe(
      'p20.s1',
    );
    expect(engine.answer('did Russia find the US explanation adequate?').quotes[0]?.id).toBe('p15.s1');
  });
});

describe('an office held still', () => {
  it('refuses whether churkin is still ambassador', () => {
    refused('is churkin still the ambassador');
  });
  it('still answers who the ambassador was', () => {
    expect(engine.answer('who was the US ambassador to the UN').quotes.length).toBeGreaterThan(0);
  });
});

describe('the dead of a party, with no dead in the quotes', () => {
  it('refuses the IS casualties', () => {
    refused('do u know what the IS casualties were in that fight');
  });
  it('still answers the syrian casualties', () => {
    expect(engine.answer('what were the syrian casualties').quotes.length).toBeGreaterThan(0);
  });
});
