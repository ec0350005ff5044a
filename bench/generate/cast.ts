/**
 * The synthetic cast: places, governments with their ministries and armies, people with titles,
 * militias and a war monitor, each with the 2-4 names the article and the questions use for it.
 */
import type { Entity } from '../../src/knowledge/schema.ts';
import type { Random } from './random.ts';
import { ROLES } from './story-words.ts';
import type { WordMaker } from './words.ts';

export interface Speaker {
  id: string;
  /** Ways the article names it, as written in a sentence (each is a name or an alias). */
  mentions: string[];
  /** Ways a question names it. */
  asked: string[];
}

export interface Cast {
  entities: Entity[];
  speakers: Speaker[];
  places: { id: string; name: string }[];
  /** The planted place. */
  quorvath: { id: string; name: string };
}

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function makeCast(n: number, random: Random, words: WordMaker): Cast {
  const entities: Entity[] = [];
  const speakers: Speaker[] = [];
  const entity = (e: Omit<Entity, 'aliases' | 'caseSensitiveAliases'> & { aliases: string[] }) => {
    entities.push({ caseSensitiveAliases: [], ...e });
  };

  const places = Array.from({ length: 10 + Math.floor(n / 1000) }, () => {
    const name = words.name();
    return { id: slug(name), name };
  });
  const quorvath = { id: 'quorvath', name: 'Quorvath' };
  places.splice(random.int(places.length), 0, quorvath);
  for (const p of places)
    entity({ id: p.id, kind: 'place', name: p.name, aliases: [`${p.name} province`, `${p.name} area`] });

  const countries = Array.from({ length: 4 + Math.floor(n / 6000) }, () => {
    const country = words.name();
    const demonym = /[aeiou]$/.test(country) ? `${country}n` : `${country}i`;
    words.reserve(demonym);
    return { country, demonym, id: slug(country) };
  });
  for (const { country, demonym, id } of countries) {
    entity({
      id,
      kind: 'government',
      name: `${country} government`,
      aliases: [country, demonym, `${demonym} government`, `${country}'s government`],
    });
    speakers.push({ id, mentions: [country, `the ${demonym} government`], asked: [country, demonym] });
    entity({
      id: `${id}-ministry`,
      kind: 'government',
      name: `${demonym} Defence Ministry`,
      parent: id,
      aliases: [`${country} ministry`, `${demonym} defence ministry`, `defence ministry in ${country}`],
    });
    speakers.push({
      id: `${id}-ministry`,
      mentions: [`the ${demonym} defence ministry`, `the ${country} ministry`],
      asked: [`the ${country} ministry`, `the ${demonym} defence ministry`],
    });
    entity({
      id: `${id}-army`,
      kind: 'military',
      name: `${demonym} army`,
      parent: id,
      aliases: [`${demonym} forces`, `${demonym} military`, `${country}'s army`],
    });
    speakers.push({
      id: `${id}-army`,
      mentions: [`the ${demonym} army`, `${demonym} forces`],
      asked: [`the ${demonym} army`, `${demonym} military`],
    });
  }

  const people = 10 + Math.floor(n / 400);
  for (let i = 0; i < people; i++) {
    const first = words.name();
    const last = words.name();
    const { title, role } = random.pick(ROLES);
    const country = random.pick(countries);
    const id = slug(`${first}-${last}`);
    entity({
      id,
      kind: 'person',
      name: `${first} ${last}`,
      role: `${country.demonym} ${role}`,
      parent: country.id,
      aliases: [last, `${title} ${last}`, `${first} ${last}'s`],
    });
    speakers.push({
      id,
      mentions: [`${title} ${last}`, `${title} ${last}`, `${first} ${last}`, last],
      asked: [`${title} ${last}`, last, `${first} ${last}`],
    });
  }

  for (let i = 0; i < 2 + Math.floor(n / 10000); i++) {
    const name = words.name();
    entity({
      id: `${slug(name)}-militia`,
      kind: 'group',
      name: `${name} militia`,
      aliases: [name, `${name} fighters`, `${name} group`],
    });
    speakers.push({
      id: `${slug(name)}-militia`,
      mentions: [`the ${name} militia`, `${name} fighters`],
      asked: [`the ${name} militia`, `the ${name} group`],
    });
  }
  const monitor = words.name();
  entity({
    id: `${slug(monitor)}-observatory`,
    kind: 'monitor',
    name: `${monitor} Observatory`,
    label: `${monitor} Observatory (a war monitor)`,
    aliases: [`${monitor} monitor`, 'war monitor', 'monitoring group'],
  });
  speakers.push({
    id: `${slug(monitor)}-observatory`,
    mentions: [`the ${monitor} Observatory`, `the ${monitor} monitor`],
    asked: [`the ${monitor} Observatory`, 'the war monitor'],
  });
  return { entities, speakers, places, quorvath };
}
