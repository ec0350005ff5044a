/** The story's own words (places of war, troops, strikes, times of day) that frame every sentence. */

export const NOUNS =
  'convoy checkpoint bridge village depot airfield outpost camp garrison highway market hospital pipeline compound barracks warehouse crossing district refinery base dam school port bakery mosque railway station clinic quarry tunnel harbour stadium prison granary power plant'.split(
    ' ',
  );
export const TROOPS = 'soldiers troops fighters servicemen conscripts militiamen'.split(' ');
export const STRIKES = [
  'airstrike',
  'air raid',
  'strike',
  'raid',
  'attack',
  'bombing',
  'assault',
  'drone strike',
];
export const STRIKES_PLURAL = ['airstrikes', 'air raids', 'strikes', 'raids', 'attacks', 'explosions'];
export const VERBED =
  'destroyed seized shelled captured bombed reinforced evacuated surrounded abandoned recaptured struck damaged looted besieged mined fortified cleared overrun'.split(
    ' ',
  );
export const MILITANTS = ['militants', 'insurgents', 'rebels', 'gunmen', 'extremists'];
export const VEHICLES = ['tanks', 'armoured vehicles', 'trucks', 'artillery pieces', 'mortars', 'jeeps'];
export const MISSILES = ['missiles', 'rockets', 'shells', 'drones'];
export const TIMES = [
  'at dawn',
  'shortly after midnight',
  'on Friday afternoon',
  'last month',
  'on Saturday',
  'on Sunday',
  'late on Friday',
  'before dawn on Monday',
  'overnight',
  'on Tuesday evening',
  'earlier this week',
  'on Thursday night',
  'on Wednesday morning',
];
/** What a speaker calls a strike ("a grave violation of the truce"). */
export const DESCRIPTIONS = [
  'a grave violation of the truce',
  'an act of aggression',
  'a tragic error',
  'a deliberate provocation',
  'a war crime',
  'a necessary response to repeated attacks',
  'an unfortunate accident',
  'a blatant breach of international law',
  'proof that the agreement had failed',
];
/** How a speaker condemns a strike, and how a place is described. */
export const CONDEMNED = 'reckless cowardly criminal senseless brutal careless'.split(' ');
export const ADJECTIVES = 'vital busy crowded strategic remote exposed'.split(' ');
/** Words quoted from a speaker. */
export const QUOTED = [
  'a disaster for everyone',
  'unacceptable',
  'a dark day for the region',
  'the price of their stubbornness',
  'a warning we will not ignore',
  'nothing short of a massacre',
];
/** Clauses that close a sentence ("..., a claim that could not be verified"). */
export const CLOSINGS = [
  'a claim that could not be independently verified',
  'the heaviest fighting in weeks',
  'raising fears of a wider escalation',
  'local sources said',
  'in a blow to the %s talks',
  'days after the %s agreement was signed',
  'diplomats said',
  'according to the %s monitoring network',
  'amid mounting anger over the blockade',
  'as hospitals struggled with shortages of blood and anaesthetics',
  'a move that drew sharp criticism from neighbouring capitals',
  'though observers doubted the figures',
  'prompting an emergency session of the %s assembly',
  'as thousands queued for bread in the cold',
  'while negotiators in %s traded accusations',
  'complicating efforts to reopen the humanitarian corridor',
  'in what analysts called a turning point',
  'leaving the fragile truce in tatters',
  'after weeks of relative calm',
  'despite repeated appeals for restraint',
];
export const STORY_WORDS = [
  ...NOUNS,
  ...TROOPS,
  ...STRIKES.flatMap((s) => s.split(' ')),
  ...STRIKES_PLURAL.flatMap((s) => s.split(' ')),
  ...VERBED,
  ...MILITANTS,
  ...VEHICLES.flatMap((s) => s.split(' ')),
  ...MISSILES,
  ...ADJECTIVES,
  ...CONDEMNED,
  ...[...DESCRIPTIONS, ...QUOTED, ...CLOSINGS].flatMap((s) => s.replace(/%s/g, '').split(/\s+/)),
  'brigade talks ceasefire families road sector minister ministry government army forces militia',
  'officials residents reporters investigation statement said told accused denied warned',
].flatMap((s) => s.split(' '));

export const OPENERS = [
  'As %s units moved in, ',
  'Despite the %s agreement, ',
  'In the %s %s region, ',
  'After the %s talks collapsed, ',
  'Two days after the %s offensive, ',
  'However, ',
  'Meanwhile, ',
  'Earlier in the day, ',
  'In response, ',
  'For the second time this month, ',
  'On the diplomatic front, ',
  'Late on Sunday, ',
  'In a separate incident, ',
  'According to the %s report, ',
  'Speaking to reporters, ',
  'By nightfall, ',
  'Under pressure from the %s council, ',
  'Even so, ',
  'Within hours, ',
  'In %s, ',
  'Shortly before the %s vote, ',
  'Citing security concerns, ',
  'As night fell over the %s hills, ',
  'Without giving details, ',
];

export const ROLES = [
  { title: 'Minister', role: 'defence minister' },
  { title: 'Minister', role: 'foreign minister' },
  { title: 'General', role: 'army commander' },
  { title: 'Governor', role: 'regional governor' },
  { title: 'Ambassador', role: 'ambassador to the UN' },
  { title: 'Colonel', role: 'army spokesman' },
  { title: 'Mayor', role: 'mayor' },
];
