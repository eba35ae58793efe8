/**
 * English lexicon for the statement extractor. Pure data: adding a language means
 * adding a sibling file with the same shape and registering it in ./index.ts.
 *
 * All word lists are lower case.
 */
import type { Lexicon } from './types';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Speech / communication verbs: base form -> inflected surface forms. */
const speechVerbs: Record<string, string> = {
  say: 'say says said saying',
  tell: 'tell tells told telling',
  add: 'add adds added adding',
  note: 'note notes noted noting',
  stress: 'stress stresses stressed stressing',
  argue: 'argue argues argued arguing',
  warn: 'warn warns warned warning',
  insist: 'insist insists insisted insisting',
  claim: 'claim claims claimed claiming',
  deny: 'deny denies denied denying',
  reject: 'reject rejects rejected rejecting',
  explain: 'explain explains explained explaining',
  announce: 'announce announces announced announcing',
  suggest: 'suggest suggests suggested suggesting',
  acknowledge: 'acknowledge acknowledges acknowledged acknowledging',
  admit: 'admit admits admitted admitting',
  assert: 'assert asserts asserted asserting',
  contend: 'contend contends contended contending',
  declare: 'declare declares declared declaring',
  maintain: 'maintain maintains maintained maintaining',
  predict: 'predict predicts predicted predicting',
  promise: 'promise promises promised promising',
  pledge: 'pledge pledges pledged pledging',
  vow: 'vow vows vowed vowing',
  report: 'report reports reported reporting',
  write: 'write writes wrote writing',
  tweet: 'tweet tweets tweeted tweeting',
  post: 'posted',
  state: 'state states stated stating',
  emphasize: 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising',
  urge: 'urge urges urged urging',
  recall: 'recall recalls recalled recalling',
  reveal: 'reveal reveals revealed revealing',
  confirm: 'confirm confirms confirmed confirming',
  conclude: 'conclude concludes concluded concluding',
  reiterate: 'reiterate reiterates reiterated reiterating',
  respond: 'respond responds responded responding',
  reply: 'reply replies replied replying',
  continue: 'continued continues',
  ask: 'ask asks asked asking',
  complain: 'complain complains complained complaining',
  propose: 'propose proposes proposed proposing',
  observe: 'observe observes observed observing',
  allege: 'allege alleges alleged alleging',
  charge: 'charged',
  describe: 'describe describes described describing',
  accuse: 'accuse accuses accused accusing',
  caution: 'caution cautions cautioned cautioning',
  mention: 'mention mentions mentioned mentioning',
  point: 'pointed',
  tout: 'tout touts touted touting',
  boast: 'boast boasts boasted boasting',
  concede: 'concede concedes conceded conceding',
  agree: 'agreed',
  estimate: 'estimate estimates estimated estimating',
  testify: 'testify testifies testified testifying',
  remark: 'remark remarks remarked remarking',
  quip: 'quip quips quipped quipping',
  joke: 'joke jokes joked joking',
  exclaim: 'exclaimed',
  shout: 'shouted',
  recount: 'recounted',
  counter: 'countered',
  concur: 'concurred',
  inform: 'informed',
  indicate: 'indicate indicates indicated indicating',
  signal: 'signaled signalled',
  demand: 'demand demands demanded demanding',
  threaten: 'threatened',
  advise: 'advised',
  assure: 'assured',
  hint: 'hinted',
  repeat: 'repeated',
  criticize: 'criticized criticised',
  blast: 'blasted',
  slam: 'slammed',
  praise: 'praised',
  dismiss: 'dismissed',
  question: 'questioned',
  wonder: 'wondered',
  speculate: 'speculated',
  lament: 'lamented',
  relate: 'related',
  elaborate: 'elaborated',
  rebuke: 'rebuked',
  disclose: 'disclosed',
  posit: 'posited',
  whisper: 'whispered',
  reckon: 'reckoned',
  read: 'read reads',
  remember: 'remembered remembers',
  comment: 'comment comments commented commenting',
  write2: 'wrote',
  affirm: 'affirm affirms affirmed',
  proclaim: 'proclaimed proclaims',
  opine: 'opined',
  grumble: 'grumbled',
  insert2: 'interrupted',
  answer: 'answered answers',
  chant: 'chanted chant chanting',
  yell: 'yelled',
  scream: 'screamed',
  beam: 'beamed',
  react: 'reacted',
  roar: 'roared',
  scoff: 'scoffed',
  bark: 'barked',
  retort: 'retorted',
  mock: 'mocked mocks',
  snap: 'snapped',
  fire: 'fired',
  sing: 'sang sings',
  cry: 'cried',
  gush: 'gushed',
  muse: 'mused',
  sigh: 'sighed',
  laugh: 'laughed',
  interject: 'interjected',
  insert: 'offered',
};

/**
 * Verbs that take a clause / content after them (reported speech).
 * Verbs not in this set (continued, exclaimed, ...) only attach to direct quotes.
 */
const reportingVerbs = words(`
say says said saying tell tells told telling add adds added adding note notes noted noting
stress stresses stressed stressing argue argues argued arguing warn warns warned warning
insist insists insisted insisting claim claims claimed claiming deny denies denied denying
explain explains explained explaining announce announces announced announcing
suggest suggests suggested suggesting acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting assert asserts asserted asserting contend contends contended contending
declare declares declared declaring maintain maintains maintained maintaining
predict predicts predicted predicting promise promises promised promising pledge pledges pledged pledging
vow vows vowed vowing report reports reported reporting write writes wrote writing
tweet tweets tweeted tweeting stated stating emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised urge urges urged urging recall recalls recalled recalling
reveal reveals revealed revealing confirm confirms confirmed confirming conclude concludes concluded
reiterate reiterates reiterated reiterating ask asks asked asking complain complains complained complaining
propose proposes proposed proposing observe observes observed allege alleges alleged alleging
caution cautions cautioned mention mentions mentioned concede concedes conceded conceding
estimate estimates estimated testify testifies testified remark remarked
reject rejects rejected rejecting describe describes described describing
dismiss dismisses dismissed dismissing dispute disputes disputed refute refutes refuted
assure assures assured remind reminds reminded lament laments lamented boast boasts boasted
joke jokes joked wonder wonders wondered demand demands demanded recommend recommends recommended
disclose discloses disclosed charge charges charged repeat repeats repeated post posts posted emailed
`);

/** Verbs that, after the speaker, need "that"/clause content, not a noun object (to filter 'X added a clause'). */
const clauseOnlyVerbs = words(`
add adds added adding note notes noted noting stress stresses stressed stressing write writes wrote
state states stated report reports reported confirm confirms confirmed reveal reveals revealed
announce announces announced mention mentions mentioned estimate estimates estimated
disclose discloses disclosed charge charges charged repeat repeats repeated post posts posted emailed
recommend recommends recommended
`);

/** Verbs whose first object is the addressee (tell X that ...). */
const addresseeVerbs = words(`
tell tells told telling warn warns warned warning urge urges urged urging ask asks asked asking
assure assured inform informed remind reminds reminded promise promised promises advise advised
`);

/** Adverbs and auxiliaries that may sit between speaker and verb. */
const verbModifiers = words(`
also later then has have had will would could should may might did does do again repeatedly recently
once previously publicly privately further often frequently reportedly allegedly earlier long
first last still already just only even similarly separately specifically simply never
instead flatly explicitly bluntly openly quickly immediately firmly strongly herself himself
themselves itself now yet was were is are been being be however meanwhile too
overall collectively jointly together alike soon
`);

/** Words that never start a name when capitalised at the start of a sentence (or at all, for months/days). */
const nonNameCapitalised = words(`
a an the this that these those there their they them then than thus though although as at by for from in
into of off on onto out over to up upon with within without after before during while when where whereas
whether which who whom whose why how what if unless until since because but and or nor so yet still also
however meanwhile moreover furthermore nevertheless nonetheless instead indeed besides otherwise hence
he she it we you i his her its our your my me him us
is are was were be been has have had do does did will would can could should shall may might must
not no yes all any each every some many most more much few several both either neither other another such
one two three four five six seven eight nine ten first second third last next old
sir madam
here now today tonight tomorrow yesterday still even just only
asked speaking according following despite given including like unlike amid among between beyond
overall already again later earlier recently ultimately finally initially currently sadly fortunately
perhaps maybe so well oh ok okay
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
read watch click see related advertisement subscribe sign photo video image caption article story below
correction clarification update note editor editors
hours days weeks months years minutes moments back ever outside inside alongside wait absent therefore sure
above behind toward towards around across through throughout against beneath beside underneath
`);

/** Month and weekday names: never actors. */
const timeWords = words(`
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec christmas easter
`);

/** Title words that precede a name; they are roles, never names. */
const titles = words(`
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father
sen senator rep representative congressman congresswoman del delegate gov governor lt gen general col
colonel maj major capt captain sgt cmdr commander adm admiral president vice pres secretary sec
secretary-general minister prime premier mayor chief justice judge attorney speaker chairman chairwoman
chair ceo cfo coo founder hon honourable honorable mp mla mpp mep deputy ambassador councillor councilor
coun cllr pope king queen prince princess sheikh chancellor spokesman spokeswoman spokesperson
director officer leader candidate nominee rabbi bishop cardinal imam detective sergeant inspector
superintendent commissioner trooper agent sheriff coach manager owner executive head
president-elect vice-president nominee-elect dep lawmaker sens reps govs
supervisor treasurer comptroller auditor clerk registrar administrator
`);

/** Role nouns usable as a speaker NP ("the president said"), resolved to an actor carrying the role. */
const roleNouns = words(`
president minister secretary senator governor mayor chancellor premier spokesman spokeswoman spokesperson
chairman chairwoman chair ceo director chief leader ambassador general commander judge justice congressman
congresswoman representative candidate nominee official officer professor doctor author economist analyst
prosecutor lawyer attorney sheriff coach manager founder executive king queen prince pope
secretary-general president-elect lawmaker billionaire businessman businesswoman actor actress
`);

/** Generic human nouns for anonymous or collective sources. */
const genericSpeakerNouns = words(`
source sources official officials spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors
expert experts analyst analysts critic critics observer observers diplomat diplomats insider insiders
people person witness witnesses resident residents voter voters supporter supporters opponent opponents
police authorities investigators prosecutors lawyers lawyer attorney attorneys researchers scientists
economists study report poll polls survey statement campaign government administration department ministry
committee agency company group organization organisation party court military army officers doctors
leaders members member democrats republicans staff staffer staffers activists advocates organizers
spokesmen representatives officers team firm network newspaper paper outlet lawmakers legislators
senators congressmen president minister secretary senator governor mayor chancellor premier candidate
nominee chairman chairwoman ceo director chief leader ambassador general commander judge official
`);

const pronouns = {
  male: words('he him'),
  female: words('she her'),
  plural: words('they them'),
  neuter: words('it'),
  first: words('i we'),
};

/** Determiners / quantifiers that start a generic NP. */
const determiners = words(`
a an the this that these those his her its their our my your some many several two three four five
another other both all most few one
`);

/** Words that make a capitalised run an organisation. */
const orgWords = words(`
party committee council department ministry agency administration bureau office commission division
association union federation foundation institute institution university college school academy
company corporation corp inc ltd llc group bank fund news times post journal press tribune herald
network channel radio television tv magazine newspaper paper outlet review gazette telegraph guardian reuters bloomberg
assembly parliament congress senate house court police service services army navy force forces
command organization organisation center centre campaign coalition alliance league club board
authority hospital clinic church team commission caucus cabinet government
nations program programme initiative project institute group fund trust society
`);

const countries = words(`
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus
czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland
india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan
palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa
senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland
syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine
uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales
us usa uk u.s u.s. u.k u.k. america
`);

/** Multi-word countries (lower case, space separated). */
const multiWordCountries = [
  'united states',
  'united kingdom',
  'united arab emirates',
  'south korea',
  'north korea',
  'south africa',
  'new zealand',
  'saudi arabia',
  'sri lanka',
  'costa rica',
  'el salvador',
  'czech republic',
  'dominican republic',
  'ivory coast',
  'papua new guinea',
  'united states of america',
  'great britain',
];

/** Capital or seat of government -> country (metonymy: "Beijing said" means China). */
const metonyms: Record<string, string> = {
  moscow: 'Russia',
  kremlin: 'Russia',
  beijing: 'China',
  washington: 'United States',
  kyiv: 'Ukraine',
  kiev: 'Ukraine',
  london: 'United Kingdom',
  paris: 'France',
  berlin: 'Germany',
  tokyo: 'Japan',
  'new delhi': 'India',
  delhi: 'India',
  tehran: 'Iran',
  ankara: 'Turkey',
  riyadh: 'Saudi Arabia',
  pyongyang: 'North Korea',
  seoul: 'South Korea',
  ottawa: 'Canada',
  canberra: 'Australia',
  brussels: 'European Union',
  taipei: 'Taiwan',
  damascus: 'Syria',
  baghdad: 'Iraq',
  cairo: 'Egypt',
  islamabad: 'Pakistan',
  kabul: 'Afghanistan',
  rome: 'Italy',
  madrid: 'Spain',
  warsaw: 'Poland',
  minsk: 'Belarus',
  havana: 'Cuba',
  caracas: 'Venezuela',
  'mexico city': 'Mexico',
};

/** Country short forms -> canonical country name. */
const countryCanonical: Record<string, string> = {
  us: 'United States',
  usa: 'United States',
  'u.s': 'United States',
  'u.s.': 'United States',
  america: 'United States',
  'united states of america': 'United States',
  uk: 'United Kingdom',
  'u.k': 'United Kingdom',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
};

/** Nationality adjectives (stripped before a title: "Russian President Vladimir Putin"). */
const nationalities = words(`
american russian chinese british french german italian spanish japanese korean indian canadian mexican
ukrainian israeli palestinian iranian iraqi syrian turkish saudi egyptian polish dutch belgian swiss
swedish norwegian danish finnish irish scottish welsh australian brazilian argentine venezuelan cuban
pakistani afghan nigerian kenyan south north us u.s. european western eastern asian african arab
democratic republican liberal conservative former late then acting incoming outgoing top senior
`);

/** Lower-case connectors allowed inside a capitalised name run. */
const nameConnectors = words('of for de del della di da van von der den le la du bin al el y and on the');

/** Common first names with gender, for he/she agreement (small, general list). */
const maleNames = words(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence
jordan jesse bryan billy bruce gabriel joe logan albert willie alan eugene russell vincent philip bobby
johnny bradley roy ralph randy wayne howard carlos juan luis mike bill bob tom jim ted chris dave dan steve
barack vladimir xi jens boris emmanuel justin olaf recep narendra benjamin bernie mitch chuck paul rand
marco jeb ben newt rudy reince rick lindsey ted tim mike kevin harry nancy jared rex sergei dmitry
ivan igor viktor volodymyr pedro jair luiz mohammed muhammad ahmed ali hassan omar abdul khalid
jean pierre francois jacques nicolas hans klaus friedrich angelo giuseppe mario matteo silvio
stephen doug andrew jagmeet maxime jason blaine brad rob ralph corey reid elon jeff warren
`);

const femaleNames = words(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn
sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary melania ivanka
kellyanne huma chelsea elizabeth nikki sarah condoleezza theresa angela ursula kamala jill michelle
marine giorgia christine jacinda chrystia catherine kathleen rachel wendy tara patty jody andrea
caroline katie kate meghan megan hope janet susan maxine tulsi amy kirsten dianne elise
`);

const speakerCues = words('according');

/** Places that are not countries (states, provinces, large cities): never persons. */
const places = words(`
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma
oregon pennsylvania rhode tennessee texas utah vermont virginia wisconsin wyoming
ontario quebec alberta manitoba saskatchewan nova scotia brunswick newfoundland labrador yukon nunavut
toronto montreal vancouver calgary edmonton winnipeg halifax ottawa victoria regina saskatoon hamilton
chicago boston philadelphia houston dallas atlanta miami denver seattle detroit phoenix cleveland
baltimore brooklyn manhattan queens bronx harlem iowa nashville orlando tampa pittsburgh sacramento
europe asia africa america americas antarctica oceania caribbean pacific atlantic arctic mediterranean
jerusalem gaza crimea donbas hollywood silicon wall hill capitol broadway oxford cambridge
`);

/** First words that make a capitalised run a place or thing rather than a person. */
const placeFirstWords = words(`
lower upper north south east west northern southern eastern western central new greater mount mt lake
fort port saint st san santa los las great little old grand royal national federal supreme
`);

/** Nationality adjectives whose country is not the adjective minus "n" ("kestrian" -> the "Kestria" of the text). */
const demonyms: Record<string, string> = {
  american: 'United States',
  british: 'United Kingdom',
  chinese: 'China',
  french: 'France',
  german: 'Germany',
  japanese: 'Japan',
  dutch: 'Netherlands',
  swiss: 'Switzerland',
  swedish: 'Sweden',
  danish: 'Denmark',
  finnish: 'Finland',
  irish: 'Ireland',
  polish: 'Poland',
  spanish: 'Spain',
  turkish: 'Turkey',
  israeli: 'Israel',
  iraqi: 'Iraq',
  saudi: 'Saudi Arabia',
  pakistani: 'Pakistan',
  afghan: 'Afghanistan',
  ukrainian: 'Ukraine',
  russian: 'Russia',
  canadian: 'Canada',
  mexican: 'Mexico',
  indian: 'India',
  iranian: 'Iran',
  syrian: 'Syria',
  egyptian: 'Egypt',
  italian: 'Italy',
  korean: 'South Korea',
  'north korean': 'North Korea',
  'south korean': 'South Korea',
  australian: 'Australia',
  brazilian: 'Brazil',
  venezuelan: 'Venezuela',
  cuban: 'Cuba',
  nigerian: 'Nigeria',
  kenyan: 'Kenya',
  norwegian: 'Norway',
  belgian: 'Belgium',
  greek: 'Greece',
  portuguese: 'Portugal',
  vietnamese: 'Vietnam',
  taiwanese: 'Taiwan',
  filipino: 'Philippines',
  thai: 'Thailand',
  hungarian: 'Hungary',
  romanian: 'Romania',
  serbian: 'Serbia',
  croatian: 'Croatia',
  czech: 'Czechia',
  lebanese: 'Lebanon',
  jordanian: 'Jordan',
  qatari: 'Qatar',
  emirati: 'United Arab Emirates',
  belarusian: 'Belarus',
  georgian: 'Georgia',
  armenian: 'Armenia',
  argentine: 'Argentina',
  argentinian: 'Argentina',
  chilean: 'Chile',
  colombian: 'Colombia',
  peruvian: 'Peru',
};

export const en: Lexicon = {
  language: 'en',
  speechVerbs: Object.fromEntries(Object.entries(speechVerbs).map(([k, v]) => [k, words(v)])),
  reportingVerbs,
  clauseOnlyVerbs,
  addresseeVerbs,
  verbModifiers,
  nonNameCapitalised,
  timeWords,
  titles,
  roleNouns,
  genericSpeakerNouns,
  pronouns,
  determiners,
  orgWords,
  countries,
  multiWordCountries,
  metonyms,
  countryCanonical,
  nationalities,
  nameConnectors,
  maleNames,
  femaleNames,
  speakerCues,
  places,
  placeFirstWords,
  abbreviations: words(`
mr mrs ms dr prof sen rep gov lt gen col maj capt sgt cmdr adm st jr sr inc corp co ltd vs etc no
jan feb mar apr jun jul aug sep sept oct nov dec ave blvd rev fr hon dept univ est approx mt ft
`),
  subordinators: words('while although though as because if when whereas since after before even'),
  nameParticles: words('von van der den de del della di da du le la ter ten bin ibn dos das al- el- bin- ibn- abu-'),
  demonyms,
  stateBodies: words(`
government administration ministry embassy military army navy cabinet parliament presidency
foreign-ministry defence-ministry defense-ministry interior-ministry finance-ministry
`),
  documentNouns: words(`
projection projections estimate estimates forecast forecasts statement statements poll polls survey surveys report reports study studies letter letters memo email emails
e-mail document documents filing filings lawsuit suit complaint indictment ruling tweet tweets
website book memoir essay editorial op-ed column ad ads advertisement release press-release communique
transcript analysis analyses figures results findings petition resolution plan proposal counterproposal average
data returns summary tally research index polling article interview message profile tracker ranking count counts records
readout readouts biography timeline declaration opinion playbook affidavit brief briefing guidance manual
`),
  anonymousNouns: words(`
source sources official officials insider insiders aide aides person people someone spokesperson familiar involved
adviser advisers advisor advisors diplomat diplomats
`),
  personNouns: words(`
man woman mother father son daughter wife husband brother sister friend neighbour neighbor user owner teacher
student worker farmer businessman businesswoman billionaire voter resident host anchor reporter journalist
writer columnist historian pastor priest veteran nurse patient victim survivor driver pilot soldier officer
scientist researcher economist strategist pollster consultant operative donor fundraiser activist organizer
employee mogul tycoon magnate neurosurgeon surgeon star boy girl child front-runner frontrunner narrator
confidant attendee designer commenter investor colleague developer advocate ally socialist entrepreneur
playwright novelist poet artist singer comedian musician rapper filmmaker politician commentator pundit
blogger republican democrat independent
`),
  groupNouns: words(`
democrats republicans conservatives liberals progressives protesters protestors demonstrators activists
voters supporters opponents critics residents citizens workers members leaders experts analysts economists
scientists researchers lawmakers legislators senators officers investigators prosecutors lawyers doctors
students parents teachers farmers families fans observers witnesses americans canadians europeans
percent crowd allies women men children attendees advocates heavyweights panel movement chairmen audience
surveyed polled questioned respondents majority minority plurality half third quarter
others none many some few both most
`),
  partisanNouns: words('republican democrat independent'),
  knownOrganisations: [
    ...words(`
twitter facebook youtube instagram reddit google microsoft apple amazon politico xinhua gallup breitbart
huffpost buzzfeed axios vox slate salon hamas hezbollah taliban crowdpac propublica realclearpolitics
factcheck factcheck.org politifact wikileaks variety
`),
    'islamic state',
    'the hill',
    'daily beast',
  ],
  placeAbbreviations: words(`
ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo.
mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash.
w.va. wis. wyo. d.c. n.c s.c d.c n.y n.j n.h
`),
  sectionLabels: words(`
read more watch correction clarification update updated editor editors note related listen photos photo
video videos also see advertisement breaking exclusive opinion analysis source sources keeping score
`),
  questionTags: words('q q. question interviewer'),
  answerTags: words('a a. answer'),
  headlineVerbs: words(`
says say tells slams blasts rips hits defends explains announces endorses gives takes stands wins loses
lose beats calls warns urges vows promises admits denies rejects claims reveals unveils responds fires
backs praises attacks accuses demands threatens jokes mocks shreds destroys schools torches trolls
reportedly caught featured plays playing reassures reacts responds doubles insists needs wants
`),
  dates: {
    months: words('january february march april may june july august september october november december'),
    monthsShort: { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 },
    weekdays: words('monday tuesday wednesday thursday friday saturday sunday'),
    dayWords: { yesterday: -1, today: 0, tonight: 0 },
    previous: words('last past previous'),
    current: words('this'),
    futureMarkers: words('next coming by until till before'),
    agoUnits: {
      day: 'day',
      days: 'day',
      week: 'week',
      weeks: 'week',
      month: 'month',
      months: 'month',
      year: 'year',
      years: 'year',
    },
    ago: 'ago',
    numberWords: {
      a: 1,
      an: 1,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
    },
    monthLeads: words('in early late mid last during'),
    yearLeads: words('in during'),
    partsOfDay: words('morning afternoon evening night'),
  },
  polarity: {
    denyingCues: words('deny denies denied denying refute refutes refuted disputed disputes'),
    claimNouns: words(`
suggestion suggestions claim claims allegation allegations accusation accusations report reports idea notion
assertion assertions charge charges criticism speculation rumours rumors assessment characterization
characterisation charge suspicion suspicions view premise
`),
    rejectingCues: words('reject rejects rejected rejecting dismiss dismisses dismissed dismissing'),
    refusals: words('refused refuses declined declines refusing declining'),
    negators: words(
      "not never n't didn't doesn't don't wouldn't won't hasn't haven't didn’t doesn’t don’t wouldn’t won’t hasn’t haven’t",
    ),
    askingCues: words('ask asks asked asking wonder wonders wondered wondering question questioned questions'),
    questionStarters: words('whether if why how what when where who which'),
  },
};
