import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { MAX_QUOTES } from '../../src/engine/answer.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import { normalizeForCompare } from '../../src/text/normalize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const article = normalizeForCompare(readFileSync(join(KNOWLEDGE_DIR, 'article.txt'), 'utf8'));
const first = (q: string) => engine.answer(q).quotes[0]?.text ?? '(none)';

describe('answers', () => {
  it.each([
    ['how long did the raid last', /40 minutes/],
    // A request for the summary in other words (synonyms.yaml summary): the story's summary.
    ['give us the highlights', /killed dozens of Syrian soldiers/],
    ['can you sum it up', /killed dozens of Syrian soldiers/],
    ['what are the main points', /killed dozens of Syrian soldiers/],
    ['quick recap pls', /killed dozens of Syrian soldiers/],
    ['key takeaways?', /killed dozens of Syrian soldiers/],
    ['where were the troops bombed', /near Deir el-Zour/],
    ['why was the bombing halted', /aborted as soon as Moscow raised the alarm/],
    ['what did the pentagon say', /no concerns were voiced/],
    ['did IS down a plane', /shot down a regime plane/],
    ['what did Churkin say about the peace effort', /very big question mark/],
    ['Was the UN meeting open to journalists?', /closed to the press/],
    // Getting in is being let in: whether the press could attend.
    ['could the journalists get in', /closed to the press/],
    // "how long" asks for a duration wherever it comes in the message.
    ['the US really bombed the syrian army?? for how long', /40 minutes/],
    ['did australia take prat in the strike', /took part in the strike/],
    // "where ... when she spoke" asks a place: neither a day nor her words.
    ['where was samantha power when she spoke to the press', /outside the Security Council chamber/],
    // Russia is who decries: not Power's words about Russia.
    ['what did russia decry', /^Russia decried/],
    ['who did moscow accuse', /criminal negligence/],
    ['who accused russia of grandstanding', /^Power accused Russia/],
    // The room a strike leaves (chaos, confusion, an opportunity) is what IS exploited, and
    // extremists are its fighters, as jihadists and militants are.
    ['were the extremists the winners here', /IS militia used the airstrike/],
    ['what did the extremists make of the chaos', /IS militia used the airstrike/],
    ['who came out ahead after the bombing', /IS militia used the airstrike/],
    ['did the islamists see an opportunity in the raid', /IS militia used the airstrike/],
    // How people put an opinion or a wait for a reaction ("size up", "curious to see"), staying
    // to listen as the walk-out, "female ambassador" as Power and "defense official" as Cook.
    ['how did the russian ambassador size up relations with washington', /joint peace effort/],
    ['who was curious to see how washington would react', /interested to see how Washington/],
    ['did churkin stay to listen to power', /walked out before Power/],
    ['what did the female ambassador say', /^Power accused Russia/],
    ['which defense official said moscow was informed', /Peter Cook said/],
    // British spelling and a learner's word order of the same office (entities.yaml).
    ['what did the defence spokesman say about moscow', /Peter Cook said/],
    // "On station" is how long aircraft stay over their target; a prediction is the outlook.
    ['how long were the jets on station over deir el-zour', /40 minutes/],
    [
      "what did moscow's ambassador forecast for the cooperation with the americans",
      /very big question mark/,
    ],
    // A counterattack or counteroffensive after the strike is IS exploiting it.
    ['IS made a counteroffensive after the raid?', /IS militia used the airstrike/],
    // "who said" is answered by the quote whose speaker is its subject, not "The also lamented ...".
    ['who said the US refuses to work with the kremlin', /^Russia decried/],
    ["russia isn't blaming the US right?", /criminal negligence/],
    // A "back" a few words after its verb: pushing, not backing; getting back, not backing.
    ['did islamic state push the regime back?', /used the airstrike to push/],
    ['did the syrian army get anything back', /reclaimed most of the lost ground/],
    // "get back" right before what is got back is reclaiming it (synonyms.yaml), not backing.
    ['did the regime get back the territory it lost', /reclaimed most of the lost ground/],
    // Holding ground (synonyms.yaml control): who holds the area is told as ground lost and
    // reclaimed; "hold" alone is not (a ceasefire holds, a meeting is held).
    ['who holds the area now, IS or the regime', /reclaimed most of the lost ground/],
    ["IS didn't hold on to what they took, did they?", /reclaimed most of the lost ground/],
    ['when was the UN meeting held', /Saturday evening/],
    // Calling a meeting is asking for it ("by calling for the UN meeting" is Power's words of it).
    ['why did russia call the security council', /prompted the Kremlin to request/],
    // "called" with no object but whom it reached is a telephone call, a warning; "call it" after
    // "what" names.
    [
      'the americans didnt stop bombing until the russians called them?',
      /aborted as soon as Moscow raised the alarm/,
    ],
    ['what did power call it', /grandstanding/],
    // "who" is answered by an official the article leaves unnamed.
    ['who was the white house guy that talked to reuters', /senior White House official/],
    // "who's this X": what the body named is; the quote naming it answers, a person or not.
    ["who's SOHR", /UK-based Syrian Observatory/],
    // Arabic typed in Latin letters (Arabizi): its question words, verbs and names.
    ['shu 2al el pentagon?', /informed Moscow|no concerns were voiced/],
    ['habibti did da3esh really wa22a3o tayyara?', /shot down a regime plane/],
    ['kif wa22afo el 8ara?', /aborted as soon as/],
    // Hindi and Urdu typed in Latin letters (Hinglish): question words, postpositions and
    // auxiliaries as filler, and its verbs.
    ['yaar syrian army ke kitne jawan mare?', /at least 90|62/],
    ['pentagon ne kya bola bhai', /no concerns were voiced/],
    ['bhai ye hamla kahan hua', /near Deir el-Zour/],
    ['australia ne maafi maangi kya?', /condolences/],
    // A multiple-choice question: its lettered options are the alternatives asked between, and
    // the words asking for the right one carry no topic.
    ['mcq - the troops were bombed near a) Aleppo b) Raqqa c) Deir el-Zour d) Homs', /near Deir el-Zour/],
    [
      'the raid lasted (a) 10 minutes (b) 40 minutes (c) 2 hours (d) 1 day, choose the correct option',
      /40 minutes/,
    ],
    ['what happened in DEZ on the 17th', /near Deir el-Zour/],
    // How fast something ended is asked with "quickly", "promptly": "as soon as" answers.
    ['did the americans stop the bombing quickly', /aborted as soon as/],
    // Someone of the writer's asking is how the question reached them.
    ['my sister in law is from there and asked me, did the US say sorry to syria at all?', /regret/],
    // An OSINT and newsroom vocabulary (knowledge/synonyms.yaml, entities.yaml): the fallen are
    // the dead, a prospect or outlook is what may become of a deal, deconfliction is coordinating,
    // a strike cut off was stopped, a misidentification is a mistake, an official left unnamed is
    // anonymous, and Australia's defence people are its military.
    ['how many fallen soldiers were there', /at least 90|62/],
    ['what is the outlook for the ceasefire', /could end the peace deal/],
    ['was there any deconfliction with moscow beforehand', /informed Moscow/],
    ['why did they cut off the strike', /raised the alarm/],
    // Finding out is being alerted, of whom it reaches; "in the end" of a why is "finally".
    ['how did the americans find out', /raised the alarm/],
    ['why was the air raid halted in the end', /aborted as soon as/],
    // "in the end" of who held the ground is the story's outcome: lost, and claimed back.
    ['who got the ground in the end, IS or the regime', /reclaimed most of the lost ground/],
    ['was it a misidentification', /unintentional|mistaking/],
    ['who was the unnamed official who talked about regret', /senior White House official/],
    ['what did the australian defence people say', /never intentionally target|condolences/],
    // Staying through someone's words is the opposite of walking out; a confrontational tone is
    // harsh language; a strike that ran its course is asked how long it went on.
    ["did churkin sit through power's remarks", /walked out/],
    ['how confrontational did the envoys get', /unusually harsh language/],
    ['did the raid run its course', /40 minutes/],
    // Military and newsroom short forms of what the article names (chat.yaml, entities.yaml):
    // "mil" the military, "tgt" a target, "re" about, "RU" (capitals) Russia.
    ['what did the US mil say the sortie was against', /sortie was launched against/],
    ['what was the tgt of the sortie', /sortie was launched against/],
    ['what did RU want re an investigation', /most through investigation/],
    // Asked how long, where the span ended ("before it was halted") is no word asked about.
    ['how long did the bombing go on before it was halted', /40 minutes/],
    ['how long did the sortie run', /40 minutes/],
  ])('%s', (q, expected) => {
    expect(first(q)).toMatch(expected);
  });

  it("reads a pronoun in a second, thin question of a message as the first one's name", () => {
    const a = engine.answer('who is power and what did she say');
    expect(a.quotes[0]?.id).toBe('p10.s1');
    expect(a.quotes.map((q) => q.speaker?.id)).toContain('power');
  });

  it('reads a sentence asking by its "?" alone as the story around a question that stands', () => {
    expect(first('The US hit the Syrian army, right? How long did it last?')).toMatch(/40 minutes/);
  });

  it('reads getting in as being let in only as the words stand together', () => {
    expect(first('did the reporters get in')).toMatch(/closed to the press/);
    // A story of one's own with "getting" and "in" apart is no question of being let in.
    expect(engine.answer('my cat keeps getting car sick in the van what do i do').answered).toBe(false);
  });

  it('does not answer a count of some with the count of others', () => {
    // "at least 90 regime troops" counts the regime's dead, not IS's.
    expect(engine.answer('how many IS fighters died').answered).toBe(false);
    // "in the end" of a why asks a cause of what came to be: the truce's end is only a possibility.
    expect(engine.answer('why did the truce fall apart in the end').answered).toBe(false);
    // "find" alone is no finding out: "did they find it adequate" is no alarm.
    expect(first('did russia find the explanation adequate')).not.toMatch(/raised the alarm/);
    expect(engine.answer('how many syrian soldiers died').answered).toBe(true);
    // "IS" before a word of no topic ("guys") is still the group; "is" before "the" the verb.
    expect(engine.answer('how many IS guys got killed in that area').answered).toBe(false);
    expect(first('how many is the death toll')).toMatch(/at least 90|62/);
  });

  it('reads "which part of" as a region and "was australia part of" as taking part', () => {
    const region = Object.keys(engine.explain('in which part of syria was the attack').terms ?? {});
    expect(region).toContain('c:place');
    expect(region).not.toContain('c:participate');
    expect(Object.keys(engine.explain('was australia part of the strike').terms ?? {})).toContain(
      'c:participate',
    );
  });

  it('does not read a word only related to a count ("whole": "total") as asking for a figure', () => {
    expect(engine.explain('is the whole peace deal cooked now').features?.numberMissing).toBe(0);
    expect(engine.answer('is the whole peace deal cooked now').answered).toBe(true);
  });

  it('quotes every side of the death toll, each with its speaker', () => {
    const a = engine.answer('how many soldiers died');
    expect(a.contested?.id).toBe('death-toll');
    const byText = a.quotes.map((q) => [q.text, q.speaker?.label]);
    expect(byText).toContainEqual([
      expect.stringContaining('at least 90'),
      expect.stringMatching(/Observatory/),
    ]);
    expect(byText).toContainEqual([
      expect.stringContaining('62'),
      expect.stringMatching(/Damascus and Moscow/),
    ]);
  });

  it('finds the point from the story when the question only asks which side says which (synonyms.yaml disagree)', () => {
    for (const q of [
      "back from lunch and the thread is arguing about numbers. one person posted 62, another posted 90. which is it and who's saying which",
      'people in here keep throwing around 62 and 90 for the dead. who says which',
    ]) {
      const a = engine.answer(q);
      expect(a.contested?.id).toBe('death-toll');
      expect(a.quotes.map((x) => x.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
    }
  });

  it('quotes the other side only when the question is about the disputed point', () => {
    const duration = engine.answer('how long did the raid last');
    expect(duration.contested).toBeNull();
    expect(duration.quotes.map((q) => q.id)).toEqual(['p4.s1']);
    expect(engine.answer('how many troops were killed in the raid').contested?.id).toBe('death-toll');
  });

  it('reads "the human toll" as the dead, and "uncle sam" as the US (knowledge/synonyms.yaml, entities.yaml)', () => {
    const toll = engine.answer('what was the human toll of the air raid');
    expect(toll.contested?.id).toBe('death-toll');
    expect(toll.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
    expect(first('how did uncle sam pass on its regret')).toMatch(/relayed its "regret"/);
  });

  it('tells the Sunday statements from the Saturday raid by the day named', () => {
    const ids = engine.answer("russia's statement on sunday").quotes.map((q) => q.id);
    expect(['p3.s1', 'p7.s1']).toContain(ids[0]);
  });

  it('answers "how many" only with a count of what is asked', () => {
    expect(engine.answer('how many lives were lost').contested?.id).toBe('death-toll');
    // The article never speaks of children: the toll of soldiers is no answer.
    expect(engine.answer('how many children died in the raid').answered).toBe(false);
    // No quote about the aircraft has a figure.
    expect(engine.answer('how many aircraft took part in the raid?').answered).toBe(false);
    expect(engine.answer('how many planes did australia send').answered).toBe(false);
    // What happened to them, said actively: the toll counts the dead, not those who survived.
    expect(engine.answer('how many syrian soldiers survived the strike').answered).toBe(false);
    expect(engine.answer('how many troops lost their lives').contested?.id).toBe('death-toll');
  });

  it('a count asked, of a sentence on two points: the toll, each figure ("body count" is a count)', () => {
    for (const q of [
      'what was the casualty count of the friendly fire incident',
      'what was the body count from the coalition raid',
    ]) {
      const a = engine.answer(q);
      expect(a.contested?.id).toBe('death-toll');
      expect(a.quotes.map((x) => x.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
    }
  });

  it('"who do i believe" weighs the sides: not the belief of a mistake (intent)', () => {
    const a = engine.answer('who do i believe on the death toll');
    expect(a.contested?.id).toBe('death-toll');
    expect(a.quotes.map((x) => x.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });

  it('"..., and do the russians agree?" weighs the sides of the point the first question is on', () => {
    const a = engine.answer('What did the spokesman say about informing Moscow, and do the Russians agree?');
    expect(a.contested?.id).toBe('coordination');
    expect(a.quotes.map((x) => x.id)).toEqual(expect.arrayContaining(['p16.s1', 'p17.s1']));
  });

  it('asked whether Moscow was warned or told beforehand: both sides of the coordination', () => {
    // The topic words being warned and told (contested.yaml), not only coordinating: the
    // Pentagon's "informed Moscow" and Russia's "persistent refusal" to coordinate.
    for (const q of ['was russia warned before the strike?', 'did the pentagon inform moscow?']) {
      const a = engine.answer(q);
      expect(a.contested?.id).toBe('coordination');
      expect(a.quotes.map((x) => x.id)).toEqual(expect.arrayContaining(['p16.s1', 'p17.s1']));
    }
    // One speaker's words asked: his alone.
    expect(engine.answer('what did peter cook say').contested).toBeNull();
  });

  it('a count the turn before asked is not asked by "no i mean, was it on purpose"', () => {
    const toll = engine.answer('how many died');
    const again = engine.answer('no i mean, was it on purpose', [turnOf(toll)]);
    expect(again.contested?.id).toBe('intent');
  });

  it('answers "what jets did they fly" as "what kind of jets": only with a quote that describes them', () => {
    expect(engine.answer('what jets did the americans fly').answered).toBe(false);
    expect(first('which weapons were destroyed')).toMatch(/tanks and military vehicles/);
  });

  it('answers "what kind of" only with a quote that describes the thing', () => {
    // "a regime plane" says whose plane, not what kind: the article names no aircraft type.
    expect(engine.answer('what kind of plane did IS shoot down').answered).toBe(false);
    expect(engine.answer('which aircraft type did australia fly').answered).toBe(false);
    // "a most through investigation", "unusually harsh language": described.
    expect(first('what kind of invesigation did the russians ask for')).toMatch(/most through investigation/);
    expect(first('what kind of language did the diplomats use with reporters')).toMatch(/harsh language/);
  });

  it('answers "what kind of" a thing the quote names itself only where it describes that thing', () => {
    // "several tanks and military vehicles": a count of the tanks, and other things of the concept.
    expect(engine.answer('what kind of tanks were destroyed').answered).toBe(false);
    expect(engine.answer('what kind of mortars were destroyed').answered).toBe(false);
    // "an anti-aircraft gun": described; tanks and vehicles are kinds of the equipment asked.
    expect(first('what kind of gun was destroyed')).toMatch(/anti-aircraft gun/);
    expect(first('what kind of equipment was destroyed')).toMatch(/tanks and military vehicles/);
  });

  it('gives no reason for what a grievance is about: the grievance is no reason for it', () => {
    // "lamented Washington's persistent refusal", "decried Washington's persistent refusal": Russia's.
    expect(engine.answer('why does washington refuse').answered).toBe(false);
    expect(engine.answer('why does the US refuse to coordinate').answered).toBe(false);
    // The grievance asked, by its verb, by whoever grieves, or as someone's words: answered.
    expect(first('why did russia lament the refusal')).toMatch(/persistent refusal/);
    expect(first('why is russia cross with the US, the not-cooperating thing')).toMatch(/persistent refusal/);
    expect(first('why did power say the meeting was a stunt')).toMatch(/stunt/);
  });

  it('answers "the name of" a thing only with a quote that names it', () => {
    // "Syrian soldiers", "a regime plane above Deir el-Zour": no name of theirs.
    expect(engine.answer('what were the names of the syrian soldiers killed').answered).toBe(false);
    expect(engine.answer('whats the name of the plane IS shot down').answered).toBe(false);
    // Read with its typos mended: "nmae" is "name", "knid" is "kind".
    expect(engine.answer('whats the nmae of the plane IS shot down').answered).toBe(false);
    expect(engine.answer('what knid of plane did IS shoot down').answered).toBe(false);
    // "spokesman Peter Cook", "ambassador Churkin": named.
    expect(first("what's the name of the pentagon spokesman")).toMatch(/Peter Cook/);
    expect(
      engine
        .answer("what's the name of russia's UN ambassador")
        .quotes.map((q) => q.text)
        .join(' '),
    ).toMatch(/Churkin/);
  });

  it('leads with the side the question names', () => {
    expect(first("What is Moscow's figure for the dead?")).toMatch(/62/);
    expect(first('How many died according to the Observatory?')).toMatch(/at least 90/);
    // Both named: the figure the question gives decides.
    expect(first("was 62 the observatory's figure or moscow's?")).toMatch(/62/);
    // The speaker of "did X say" decides, not the troops counted ("syrian" names Syria too).
    expect(first('how many syrian troops did damascus say were killed')).toMatch(/62/);
    expect(first('how mnay syrain soldiers did the monitor say died')).toMatch(/at least 90/);
  });

  it('leads a curated answer with the words of the speaker "did X say" asks', () => {
    // The entry on what IS did leads with the ground it took; its claim is the plane.
    expect(first('did daesh claim something')).toMatch(/shot down a regime plane/);
    // The entry on the mistaken identity leads with Russia's words; Syria's army blames.
    expect(first('did the syrian army blame washington')).toMatch(/^Syria's army labeled/);
    // A speaker named beside another's saying is not asked: the post says it, not IS.
    expect(first('the post says daesh grabbed land after the strike, true?')).toMatch(/IS militia used/);
  });

  it('quotes both sides of "was it deliberate", each with its speaker', () => {
    const a = engine.answer('was the strike a mistake or on purpose?');
    expect(a.contested?.id).toBe('intent');
    const all = a.quotes.map((q) => `${q.text} — ${q.speaker?.label}`).join('\n');
    expect(all).toMatch(/unintentional.*White House|never intentionally target.*Australia/);
    expect(all).toMatch(/criminal negligence.*Russian|conclusive evidence.*Syrian army/);
  });

  it('quotes both sides of intent when asked "by accident?"', () => {
    const a = engine.answer('did the americans kill those soldiers by accident');
    expect(a.contested?.id).toBe('intent');
    const ids = a.quotes.map((q) => q.id);
    // The article's "apparently mistaking them" or the US's own "unintentional" first: since
    // belief clauses ("mistaking them for") are a class of their own, the US's claim leads.
    expect(['p2.s1', 'p4.s1']).toContain(ids[0]);
    for (const side of a.contested?.sides ?? []) expect(side.quoteIds.length).toBeGreaterThan(0);
    // The point asked about most, not the one of the first quote: intent, not the toll.
    expect(engine.answer('was it on purpose when the US killed syrian troops').contested?.id).toBe('intent');
  });

  it("quotes Australia's denial with a claim that Washington backs IS, not with any IS question", () => {
    const a = engine.answer('did russia say the US helped IS?');
    expect(a.contested?.id).toBe('us-support');
    expect(a.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p7.s1', 'p19.s1']));
    // IS without backing asks no such point; backing without Washington is not asked in other words.
    expect(engine.answer('who was the coalition going after').contested?.id).not.toBe('us-support');
    expect(engine.answer('did the russians show any radar data to back it up').answered).toBe(false);
  });

  it('keeps both sides of the toll with the answer to another question in the same message', () => {
    const a = engine.answer('so the coalition hit the syrian army? and how many were killed');
    expect(a.parts?.map((p) => p.answered)).toEqual([true, true]);
    expect(a.contested?.sides.map((s) => s.quoteIds)).toEqual([['p4.s1'], ['p4.s2']]);
    expect(a.quotes.map((q) => q.id)).toContain('p2.s1');
  });

  it('reads "who is right" as weighing the sides, not as asking a name', () => {
    const a = engine.answer('62 vs 90 who is right');
    expect(a.answered).toBe(true);
    expect(a.quotes.map((q) => q.id).sort()).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });

  it('gives at most three quotes, each verbatim from the article with speaker and source', () => {
    for (const q of [
      'what happened',
      'what did power say',
      'what did russia say',
      'Did Australia take part?',
    ]) {
      const a = engine.answer(q);
      expect(a.quotes.length).toBeGreaterThan(0);
      expect(a.quotes.length).toBeLessThanOrEqual(MAX_QUOTES);
      for (const quote of [...a.quotes, ...a.more]) {
        expect(article).toContain(normalizeForCompare(quote.text));
        expect(quote.source).toBe('DW, 18 September 2016');
      }
    }
  });

  it('credits reporter narration to nobody', () => {
    const a = engine.answer('Was the Security Council session closed to the press?');
    expect(a.quotes[0]?.speaker).toBeNull();
  });

  it('prefers the curated wording that asks with the same question word: "who is X" is not "what did X say"', () => {
    expect(engine.answer('who even is samantha power').qa).toBe('power-role');
    expect(engine.answer('what did samantha power even say').qa).toBe('power-remarks');
  });

  it('reads "she" in a long message as the person its story names, and says so', () => {
    const a = engine.answer(
      "Power seemed furious in the clips. I only caught half of it. What did she call Russia's behaviour?",
    );
    expect(a.quotes[0]?.id).toBe('p11.s2');
    expect(a.reading).toBe("Reading 'she' as Samantha Power");
  });
});

describe('a writer in a hurry, and local names', () => {
  it.each([
    // Saying one is in a hurry opens the message and carries no topic (chat.yaml openers).
    ['fast, when was it', /Saturday night raid/],
    ['2 sec, why did they stop', /aborted as soon as Moscow raised the alarm/],
    ['one sec, who flew', /coalition sortie/],
    ['rushing, how long was it', /40 minutes/],
    ['asap: where was it', /near Deir el-Zour/],
    // Damascus and the foreign ministry by their Arabic names, and the hill the troops were on
    // (entities.yaml aliases).
    ['what did dimashq say was destroyed', /several tanks/],
    ['what did the kharijiyya demand', /most through investigation/],
    ['how many soldiers died at tharda', /at least 90/],
    // Swearing and vowing are saying (synonyms.yaml "say").
    ['what did australia swear it would never do', /never intentionally target/],
    ['what did canberra vow', /never intentionally target/],
  ])('answers %j', (q, expected) => {
    expect(first(q)).toMatch(expected);
  });
});

describe('abstention', () => {
  it('abstains when the question quotes words no sentence holds, and answers a fragment the article has', () => {
    expect(engine.answer('who said "russia must stop the bombing"').answered).toBe(false);
    expect(engine.answer('who said the US was "uniquely cynical"').quotes[0]?.id).toBe('p11.s2');
  });

  it('abstains on what someone said when the article has their word but not as a speaker', () => {
    // "UK" is only in "the UK-based Syrian Observatory": the UK says nothing in the article.
    expect(engine.answer('what did the UK say about the strike').answered).toBe(false);
    // The article itself is no speaker to look for.
    expect(engine.answer('what did the article say about the death toll').answered).toBe(true);
  });

  it.each([
    'what did POTUS say about the strike',
    'what did the SecDef say',
    'what were the ROE',
    'what did the MoD say',
    'was it blue on blue',
    'how many were WIA',
  ])('abstains on %j: a short form of what the article does not have stays unknown', (q) => {
    // The President, the Defense Secretary, rules of engagement, a ministry of defence and
    // friendly fire are not in the article; it says some were wounded, never how many.
    expect(engine.answer(q).answered).toBe(false);
  });

  it.each([
    'What is the boiling point of water?',
    'What is the capital of Russia?',
    'What did Angela Merkel say about the strike?',
    'How many refugees have left Syria?',
    'Who is the prime minister of Australia?',
    'qwertyuiop',
    'best pizza in town',
  ])('abstains on %j and suggests what it can answer', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.status).toBe('not-in-article');
    expect(a.quotes).toEqual([]);
    expect(a.message).toMatch(/doesn't say/);
    expect(a.suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    'hello!',
    'who are you?',
    'what can you do',
    'help',
    'what day is it',
    'what time is it now?',
    'what time is it there',
  ])('answers %j with what it is for, not with a quote', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.status).toBe('no-question');
    expect(a.message).toMatch(/Deir el-Zour/);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });
});

describe('the present tense asks the clock, the past the story', () => {
  it('answers "what day was it" with the day of the strike', () => {
    const a = engine.answer('what day was it');
    expect(a.answered).toBe(true);
    expect(a.status).not.toBe('no-question');
  });
});

describe('bad input never throws and gets a clear result', () => {
  it.each<[string, string, RegExp]>([
    ['', 'no-question', /empty/],
    ['   \t  ', 'no-question', /empty/],
    ['x'.repeat(10_000), 'too-long', /10000 characters/],
    ['\u0000\u0001\u0002', 'no-question', /empty/],
    ['🔥🔥🔥', 'no-question', /airstrike/],
    // A language the bot does not read is told so, not that the article does not say.
    ['Сколько погибло солдат?', 'not-in-article', /read questions in English and in French/],
    ['<@123456789012345678>', 'no-question', /empty/],
    ['@everyone', 'no-question', /empty/],
  ])('input #%# -> %s', (q, status, message) => {
    const a = engine.answer(q);
    expect(a.status).toBe(status);
    expect(a.answered).toBe(false);
    expect(a.message).toMatch(message);
    expect(a.quotes).toEqual([]);
  });

  it('answers through mentions, markdown and emoji around a real question', () => {
    const a = engine.answer('<@123456789012345678> **how long** did the raid last?? 🔥 @everyone');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/40 minutes/);
  });
});
