/** The story's own words (places of war, troops, strikes, times of day) that frame every sentence. */

export const NOUNS =
  'convoy checkpoint bridge village depot airfield outpost camp garrison highway market hospital pipeline compound barracks warehouse crossing district refinery base dam school'.split(
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
  'destroyed seized shelled captured bombed reinforced evacuated surrounded abandoned recaptured struck damaged'.split(
    ' ',
  );
export const MILITANTS = ['militants', 'insurgents', 'rebels', 'gunmen', 'extremists'];
export const VEHICLES = ['tanks', 'armoured vehicles', 'trucks', 'artillery pieces', 'mortars', 'jeeps'];
export const MISSILES = ['missiles', 'rockets', 'shells', 'drones'];
export const TIMES = [
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
export const STORY_WORDS = [
  ...NOUNS,
  ...TROOPS,
  ...STRIKES.flatMap((s) => s.split(' ')),
  ...STRIKES_PLURAL.flatMap((s) => s.split(' ')),
  ...VERBED,
  ...MILITANTS,
  ...VEHICLES.flatMap((s) => s.split(' ')),
  ...MISSILES,
  'brigade talks ceasefire families road sector minister ministry government army forces militia',
  'officials residents reporters investigation statement said told accused denied warned',
].flatMap((s) => s.split(' '));

export const OPENERS = [
  'As %s units moved in, ',
  'Despite the %s agreement, ',
  'In the %s %s region, ',
  'After the %s talks collapsed, ',
  'With the %s front quiet, ',
  'Two days after the %s offensive, ',
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
