/**
 * Past forms of common English irregular verbs, each with its base form ("took" -> "take",
 * "shot" -> "shoot"), so that "did they take part" meets "took part". Language data, nothing of
 * any story: a form that is also a common word of another meaning ("lay", "bound", "found",
 * "saw") is left out, and so are the verbs the stop word list already drops (be, have, do, get,
 * give, go, make, say).
 */
const VERBS = `
arise arose arisen | awake awoke awoken | bear bore borne | beat beat beaten | become became become
begin began begun | bend bent | bet | bind | bite bitten | bleed bled | blow blew blown
break broke broken | breed bred | bring brought | build built | burn burnt | burst | buy bought
catch caught | choose chose chosen | cling clung | come came | creep crept | deal dealt | dig dug
draw drew drawn | dream dreamt | drink drank drunk | drive drove driven | eat ate eaten
fall fell fallen | feed fed | feel felt | fight fought | flee fled | fly flew flown | forbid forbade forbidden
forecast | foresee foresaw foreseen | forget forgot forgotten | forgive forgave forgiven
freeze froze frozen | grow grew grown | hang hung | hear heard | hide hid hidden
hold held | keep kept | kneel knelt | know knew known | lead led | lean leant | leap leapt
leave left | lend lent | light lit | lose lost | meet met | mislead misled
mistake mistook mistaken | overcome overcame | overhear overheard | overtake overtook overtaken
pay paid | prove proven | quit | ride rode ridden | ring rang rung | rise rose risen | run ran
seek sought | sell sold | send sent | sew sewn | shake shook shaken | shine shone | shoot shot
show shown | shrink shrank shrunk | sing sang sung | sink sank sunk | sit sat | sleep slept
slide slid | speak spoke spoken | speed sped | spend spent | spin spun | spread | spring sprang sprung
stand stood | steal stole stolen | stick stuck | sting stung | stink stank | strike struck stricken
strive strove striven | swear swore sworn | sweep swept | swim swam swum | swing swung
take took taken | teach taught | tear tore torn | tell told | think thought | throw threw thrown
tread trod trodden | undergo underwent undergone | understand understood | undertake undertook undertaken
uphold upheld | wake woke woken | wear wore worn | weave wove woven | weep wept | win won
withdraw withdrew withdrawn | withhold withheld | withstand withstood | wring wrung | write wrote written
`;

/** Past form -> base form. */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  VERBS.split(/[|\n]/).flatMap((entry) => {
    const [base, ...forms] = entry.trim().split(/\s+/);
    return base ? forms.filter((f) => f !== base).map((f): [string, string] => [f, base]) : [];
  }),
);
