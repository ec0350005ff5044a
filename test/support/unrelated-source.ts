/**
 * A report that has nothing to do with the story: a made-up flood, with a death toll, officials
 * who "said", a ministry, a government and the Red Cross, so that it shares the story's common
 * words (killed, said, government, ministry, Monday) but answers none of its questions. Added to
 * the knowledge, it must change no answer about the airstrike.
 */
export const FLOODS_TEXT = `Floods Cut Off Villages In Northern Valley

March 3, 2017

Heavy rain over the weekend flooded dozens of villages in the northern valley, cutting off roads and leaving thousands of families without power, regional officials said on Sunday.

At least 14 people were killed and more than 200 were injured, according to the regional emergency office. Local hospitals put the number of injured at 260.

"We have never seen the river rise this fast," said Marta Olsen, the head of the emergency office. She said rescue teams had reached most of the villages by Saturday night.

The government said it would send army helicopters to carry food and medicine to the villages that remain cut off. The defense ministry said the first flights would leave on Monday.

Aid groups warned that the damage to farms could leave the region short of food for months. The Red Cross said it had opened shelters for 3,000 people.

Opposition lawmakers criticized the government for cutting the budget of the flood defense program last year. The environment minister denied that the cuts had made the floods worse.

Forecasters expect more rain later in the week, and the emergency office asked residents near the river to leave their homes.

(Valley Herald)
`;

/** Its entry in sources.yaml. */
export const FLOODS_ENTRY = `- id: valley-herald
  headline: Floods Cut Off Villages In Northern Valley
  publisher: Valley Herald
  date: 2017-03-03
  url: https://herald.example/floods
  dateline: March 3, 2017
  credit: (Valley Herald)
`;
