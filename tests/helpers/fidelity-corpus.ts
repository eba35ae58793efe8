/**
 * A generated corpus for import fidelity (issue #12): invented news stories about fictional people, places and
 * outlets, written as files in every format Soundbite reads and in many charsets, each with its known truth
 * (title, date, outlet, byline, body). Deterministic: the same seed gives the same files.
 *
 *   stories      per language: outlets, authors, headlines, sentences (all invented here)
 *   txt          header styles (title / byline / date lines with single breaks, Key: value, datelines, outlet
 *                lines) in UTF-8/16/32 and legacy charsets (ISO-8859-x, Windows-125x, KOI8-R, Shift_JIS, EUC-JP,
 *                EUC-KR, GB18030, Big5)
 *   md, html, docx, pdf, eml, json   one or more metadata styles each (see the writer of each format)
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';

export interface Truth {
  title: string;
  date: string | null;
  source: string | null;
  byline: string | null;
  body: string;
}

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  truth: Truth;
  /** What the file exercises, for the report ("txt koi8-r", "html json-ld cdata"…). */
  kind: string;
}

interface Lang {
  code: string;
  outlets: string[];
  authors: string[];
  titles: string[];
  sentences: string[];
}

const LANGS: Record<string, Lang> = {
  en: {
    code: 'en',
    outlets: ['Harbour Wire', 'The Meridian Ledger', 'Northwind Daily Courier', 'Kestria Broadcast Service'],
    authors: ['Mara Quell', 'Tomas Brenner', 'Ines Oltra', 'Pell Ardent', 'Rudi Verl'],
    titles: [
      'Harbour talks stall as Veltrin dockers walk out',
      'Ministers agree a new grain quota after long night',
      'Storm closes the northern ferry line for a week',
      'Tariff row deepens between Norvania and Estravia',
      'Caldora council approves the new sea wall',
      'Port of Karsk plans to double its container capacity',
    ],
    sentences: [
      'Talks between the port authority and the dockers broke down on Monday after six hours.',
      '"We are done waiting for an offer that never comes," union leader Pell Ardent told reporters outside the hall.',
      'Energy Minister Alena Varga said the government would publish its own figures before the end of the week.',
      'The harbour master, Niels Aaberg, warned that ships were already queuing in the outer roads.',
      'Officials in the capital expect a decision before the summer, while regional leaders ask for more time.',
      '"Nobody in this town should have to carry their furniture upstairs every winter," Mayor Ines Oltra said.',
      'The opposition leader, Piotr Dane, called the plan rushed and said it left farmers without water.',
      'Shipping firms said the delays were costing them thousands of crowns a day.',
      'The council will vote again in April on the second phase of the works.',
      'Economists at the central bank said the effect on prices would be small but lasting.',
    ],
  },
  fr: {
    code: 'fr',
    outlets: ['Le Courrier de Norvanie', 'La Gazette du Lac Orme'],
    authors: ['Élodie Marchal', 'Jérôme Vautrin'],
    titles: [
      'Alena Varga dénonce les nouveaux droits de douane',
      'Les dockers de Veltrin cessent le travail',
      'Le conseil de Caldora approuve la digue',
    ],
    sentences: [
      'La ministre des Finances, Alena Varga, a déclaré mardi que les droits de douane « vont frapper toutes les familles ».',
      'Les négociations entre le port et les dockers ont échoué lundi après six heures de discussions.',
      '« Nous ne resterons pas les bras croisés », a affirmé le chef syndical Pell Ardent devant la presse.',
      'Le maire a promis que les travaux commenceraient avant l’hiver prochain.',
      'Les économistes de la banque centrale estiment que l’effet sur les prix sera limité mais durable.',
      'Le chef de l’opposition, Piotr Dane, juge le projet précipité et coûteux pour les agriculteurs.',
    ],
  },
  de: {
    code: 'de',
    outlets: ['Nordwind Rundschau', 'Caldoraer Tageblatt'],
    authors: ['Jörg Haßler', 'Sabine Größel'],
    titles: [
      'Caldora plant eine neue Hafenmauer',
      'Gespräche im Hafen von Veltrin gescheitert',
      'Ministerin Varga kündigt neue Zölle an',
    ],
    sentences: [
      'Die Bürgermeisterin von Caldora, Ines Oltra, hat am Montag den Bau einer neuen Hafenmauer angekündigt.',
      '„Niemand sollte bei jedem Sturm seine Möbel in den ersten Stock tragen müssen“, sagte Oltra im Rathaus.',
      'Der leitende Ingenieur Bruno Kessel warnte, dass der Zeitplan sehr knapp sei.',
      'Die Fundamente allein würden vier Monate dauern, sagte er vor dem Ausschuss.',
      'Die Reedereien erklärten, die Verzögerungen kosteten sie täglich Tausende Kronen.',
      'Der Rat wird im April erneut über den zweiten Bauabschnitt abstimmen.',
    ],
  },
  cs: {
    code: 'cs',
    outlets: ['Severní Kurýr', 'Veltrinský Deník'],
    authors: ['Jiří Dvořák', 'Růžena Šťastná'],
    titles: ['Přístavní dělníci ve Veltrinu stávkují', 'Ministryně Vargová ohlásila nová cla'],
    sentences: [
      'Jednání mezi správou přístavu a dělníky v pondělí po šesti hodinách ztroskotala.',
      '„Už nebudeme čekat na nabídku, která nikdy nepřijde,“ řekl novinářům odborář Pell Ardent.',
      'Ministryně energetiky Alena Vargová uvedla, že vláda zveřejní vlastní čísla do konce týdne.',
      'Přístavní kapitán varoval, že lodě už čekají na vnější rejdě.',
      'Rada o druhé etapě prací znovu rozhodne v dubnu.',
      'Ekonomové centrální banky odhadují, že vliv na ceny bude malý, ale trvalý.',
    ],
  },
  pl: {
    code: 'pl',
    outlets: ['Kurier Północny', 'Gazeta Karska'],
    authors: ['Łukasz Żmuda', 'Małgorzata Wiśniewska'],
    titles: ['Dokerzy w Veltrinie przerywają pracę', 'Burza zamyka północną linię promową'],
    sentences: [
      'Rozmowy między zarządem portu a dokerami załamały się w poniedziałek po sześciu godzinach.',
      '„Nie będziemy dłużej czekać na ofertę, która nigdy nie nadchodzi”, powiedział dziennikarzom Pell Ardent.',
      'Minister energii Alena Varga zapowiedziała, że rząd opublikuje własne dane przed końcem tygodnia.',
      'Kapitan portu ostrzegł, że statki już czekają na redzie zewnętrznej.',
      'Rada ponownie zagłosuje w kwietniu nad drugim etapem prac.',
      'Ekonomiści banku centralnego uważają, że wpływ na ceny będzie niewielki, ale trwały.',
    ],
  },
  ru: {
    code: 'ru',
    outlets: ['Северный Вестник', 'Карская Газета'],
    authors: ['Мирон Шувалов', 'Алёна Жукова'],
    titles: ['Докеры Вельтрина прекратили работу', 'Министр Варга объявила о новых пошлинах'],
    sentences: [
      'Переговоры между администрацией порта и докерами сорвались в понедельник после шести часов обсуждений.',
      '«Мы больше не будем ждать предложения, которое никогда не придёт», — заявил журналистам профсоюзный лидер Пелл Ардент.',
      'Министр энергетики Алена Варга сообщила, что правительство опубликует собственные данные до конца недели.',
      'Начальник порта предупредил, что суда уже ждут на внешнем рейде.',
      'Совет снова проголосует в апреле по второму этапу работ.',
      'Экономисты центрального банка считают, что влияние на цены будет небольшим, но длительным.',
    ],
  },
  el: {
    code: 'el',
    outlets: ['Βόρειος Ταχυδρόμος', 'Η Ηχώ της Κάρσκ'],
    authors: ['Νίκος Αλεξίου', 'Ελένη Σταύρου'],
    titles: ['Απεργία των λιμενεργατών στο Βέλτριν', 'Η υπουργός Βάργκα ανακοίνωσε νέους δασμούς'],
    sentences: [
      'Οι συνομιλίες μεταξύ της λιμενικής αρχής και των λιμενεργατών κατέρρευσαν τη Δευτέρα μετά από έξι ώρες.',
      '«Δεν θα περιμένουμε άλλο μια προσφορά που δεν έρχεται ποτέ», είπε στους δημοσιογράφους ο συνδικαλιστής Πελ Άρντεντ.',
      'Η υπουργός Ενέργειας Αλένα Βάργκα δήλωσε ότι η κυβέρνηση θα δημοσιεύσει δικά της στοιχεία μέσα στην εβδομάδα.',
      'Ο λιμενάρχης προειδοποίησε ότι τα πλοία ήδη περιμένουν στο εξωτερικό αγκυροβόλιο.',
      'Το συμβούλιο θα ψηφίσει ξανά τον Απρίλιο για τη δεύτερη φάση των έργων.',
      'Οι οικονομολόγοι της κεντρικής τράπεζας εκτιμούν ότι η επίδραση στις τιμές θα είναι μικρή αλλά διαρκής.',
    ],
  },
  tr: {
    code: 'tr',
    outlets: ['Kuzey Postası', 'Karsk Gazetesi'],
    authors: ['Şule Yıldırım', 'Oğuz Çelik'],
    titles: ['Veltrin limanında işçiler iş bıraktı', 'Bakan Varga yeni gümrük vergilerini açıkladı'],
    sentences: [
      'Liman yönetimi ile işçiler arasındaki görüşmeler pazartesi günü altı saat sonra çöktü.',
      '“Hiç gelmeyen bir teklifi artık beklemeyeceğiz” dedi sendika lideri Pell Ardent gazetecilere.',
      'Enerji Bakanı Alena Varga, hükümetin hafta sonundan önce kendi rakamlarını yayımlayacağını söyledi.',
      'Liman başkanı gemilerin dış demir yerinde beklediği konusunda uyardı.',
      'Meclis nisan ayında işlerin ikinci aşaması için yeniden oy kullanacak.',
      'Merkez bankası ekonomistleri fiyatlara etkisinin küçük ama kalıcı olacağını düşünüyor.',
    ],
  },
  ja: {
    code: 'ja',
    outlets: ['北風新聞', 'カルスク日報'],
    authors: ['山田花子', '佐藤健一'],
    titles: ['ヴェルトリン港の港湾労働者がストライキ', 'ヴァルガ大臣が新たな関税を発表'],
    sentences: [
      '港湾当局と労働者の交渉は月曜日、六時間の協議の末に決裂した。',
      '「決して来ない提案をもう待つつもりはない」と労働組合のペル・アルデント氏は記者団に語った。',
      'エネルギー大臣のアレナ・ヴァルガ氏は、政府が週末までに独自の数字を公表すると述べた。',
      '港長は、船舶がすでに外側の錨地で待機していると警告した。',
      '評議会は四月に工事の第二段階について再び採決する。',
      '中央銀行のエコノミストは、物価への影響は小さいが長く続くとみている。',
    ],
  },
  zh: {
    code: 'zh',
    outlets: ['北风日报', '卡尔斯克晨报'],
    authors: ['李明', '王芳'],
    titles: ['韦尔特林港码头工人罢工', '瓦尔加部长宣布新关税'],
    sentences: [
      '港务局与码头工人之间的谈判在周一经过六个小时后破裂。',
      '工会领袖佩尔·阿尔登特对记者说：“我们不会再等待一个永远不会到来的提议。”',
      '能源部长阿莲娜·瓦尔加表示，政府将在本周末之前公布自己的数据。',
      '港务长警告说，船只已经在外锚地排队等候。',
      '议会将于四月再次就第二阶段工程进行表决。',
      '中央银行的经济学家认为，对物价的影响虽小但会持续很久。',
    ],
  },
  zht: {
    code: 'zh',
    outlets: ['北風日報', '卡爾斯克晨報'],
    authors: ['陳志強', '林美玲'],
    titles: ['韋爾特林港碼頭工人罷工', '瓦爾加部長宣布新關稅'],
    sentences: [
      '港務局與碼頭工人之間的談判在週一經過六個小時後破裂。',
      '工會領袖佩爾·阿爾登特對記者說：「我們不會再等待一個永遠不會到來的提議。」',
      '能源部長阿蓮娜·瓦爾加表示，政府將在本週末之前公布自己的數據。',
      '港務長警告說，船隻已經在外錨地排隊等候。',
      '議會將於四月再次就第二階段工程進行表決。',
      '中央銀行的經濟學家認為，對物價的影響雖小但會持續很久。',
    ],
  },
  ko: {
    code: 'ko',
    outlets: ['북풍 신문', '카르스크 일보'],
    authors: ['김민준', '이서연'],
    titles: ['벨트린 항구 부두 노동자 파업', '바르가 장관 새 관세 발표'],
    sentences: [
      '항만 당국과 노동자들 사이의 협상이 월요일 여섯 시간 만에 결렬되었다.',
      '"결코 오지 않을 제안을 더 이상 기다리지 않겠다"고 노조 지도자 펠 아르덴트가 기자들에게 말했다.',
      '알레나 바르가 에너지 장관은 정부가 주말 전에 자체 수치를 발표할 것이라고 밝혔다.',
      '항만장은 선박들이 이미 외항 정박지에서 대기하고 있다고 경고했다.',
      '의회는 사월에 공사 이단계에 대해 다시 표결할 예정이다.',
      '중앙은행 경제학자들은 물가에 미치는 영향이 작지만 오래 갈 것으로 본다.',
    ],
  },
};

/** Charsets for plain text, with the language whose letters they hold. */
const TEXT_CHARSETS: [string, keyof typeof LANGS][] = [
  ['iso-8859-1', 'fr'],
  ['iso-8859-15', 'de'],
  ['windows-1252', 'fr'],
  ['iso-8859-2', 'cs'],
  ['windows-1250', 'pl'],
  ['windows-1251', 'ru'],
  ['koi8-r', 'ru'],
  ['iso-8859-5', 'ru'],
  ['iso-8859-7', 'el'],
  ['windows-1253', 'el'],
  ['iso-8859-9', 'tr'],
  ['windows-1254', 'tr'],
  ['shift_jis', 'ja'],
  ['euc-jp', 'ja'],
  ['euc-kr', 'ko'],
  ['gb18030', 'zh'],
  ['big5', 'zht'],
  ['utf-16le', 'ru'],
  ['utf-16be', 'el'],
  ['utf-32le', 'ja'],
  ['utf-32be', 'de'],
  ['utf-8', 'zh'],
];

function rng(seed: number): () => number {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

interface Story {
  lang: Lang;
  title: string;
  outlet: string;
  author: string;
  date: string; // ISO
  paragraphs: string[];
}

function makeStory(i: number, langKey: keyof typeof LANGS): Story {
  const rand = rng(i * 7919 + 17);
  const lang = LANGS[langKey]!;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const year = 2019 + Math.floor(rand() * 7);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const shuffled = [...lang.sentences].sort(() => rand() - 0.5);
  const paragraphs: string[] = [];
  for (let k = 0; k < shuffled.length; k += 2) paragraphs.push(shuffled.slice(k, k + 2).join(' '));
  return {
    lang,
    title: pick(lang.titles),
    outlet: pick(lang.outlets),
    author: pick(lang.authors),
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    paragraphs,
  };
}

const longDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
};
const usDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
};
const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const weekday = (iso: string): string =>
  ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
    new Date(`${iso}T12:00:00Z`).getUTCDay()
  ]!;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const body = (s: Story): string => s.paragraphs.join('\n\n');
const truthOf = (s: Story, over: Partial<Truth> = {}): Truth => ({
  title: s.title,
  date: s.date,
  source: s.outlet,
  byline: s.author,
  body: body(s),
  ...over,
});

function encode(text: string, charset: string): Uint8Array {
  if (charset === 'utf-8') return utf8(text);
  return new Uint8Array(iconv.encode(text, charset));
}

/** Plain text in English: six header styles. */
export function englishText(i: number): CorpusFile {
  const s = makeStory(i, 'en');
  const style = i % 6;
  const [y, m, d] = s.date.split('-').map(Number);
  const city = ['KARSK', 'VELTRIN', 'CALDORA', 'GENEVA'][i % 4]!;
  let text: string;
  let truth = truthOf(s);
  let name = `story-${i}.txt`;
  switch (style) {
    case 0: {
      // The outlet is in the dateline of the first paragraph.
      const first = `${city}, ${MONTHS[m! - 1]} ${d} (${s.outlet}) – ${s.paragraphs[0]}`;
      const text0 = [first, ...s.paragraphs.slice(1)].join('\n\n');
      text = `${s.title}\nBy ${s.author}\n${longDate(s.date)} 14:20 GMT\n\n${text0}\n`;
      truth = truthOf(s, { body: text0 });
      break;
    }
    case 1:
      text = `Title: ${s.title}\nDate: ${s.date}\nSource: ${s.outlet}\nAuthor: ${s.author}\n\n${body(s)}\n`;
      break;
    case 2:
      text = `${s.title}\n\nBy ${s.author} | ${s.outlet} | ${weekday(s.date)} ${ordinal(d!)} of ${MONTHS[m! - 1]}, ${y}\n\n${body(s)}\n`;
      break;
    case 3:
      text = `${s.title}\n${s.outlet}, ${longDate(s.date)}\nBy ${s.author}\n\n${body(s)}\n`;
      break;
    case 4:
      text = `${s.title}\nPublished ${usDate(s.date)}\nBy ${s.author}, ${s.outlet}\n\n${body(s)}\n`;
      break;
    default: {
      // A dateline without a year; the year is in the file name.
      const first = `${city}, ${MONTHS[m! - 1]} ${d} (${s.outlet}) – ${s.paragraphs[0]}`;
      text = `${s.title}\n\n${[first, ...s.paragraphs.slice(1)].join('\n\n')}\n`;
      truth = truthOf(s, { byline: null, body: [first, ...s.paragraphs.slice(1)].join('\n\n') });
      name = `${s.date}-story-${i}.txt`;
    }
  }
  return { name, bytes: utf8(text), truth, kind: `txt header style ${style}` };
}

/** Plain text in another charset: a title line and an outlet-and-date line, or a Key: value block. */
export function charsetText(i: number, charset: string, langKey: keyof typeof LANGS): CorpusFile {
  const story = makeStory(i, langKey);
  // What the charset cannot hold ("«" in KOI8-R) becomes "?" when the file is written: the truth says so too.
  const held = (t: string): string =>
    /^utf-/.test(charset) ? t : iconv.decode(Buffer.from(iconv.encode(t, charset)), charset);
  const s: Story = {
    ...story,
    title: held(story.title),
    outlet: held(story.outlet),
    author: held(story.author),
    paragraphs: story.paragraphs.map(held),
  };
  const keyValue = /^(?:ja|zh|ko)$/.test(s.lang.code) || i % 2 === 0;
  const text = keyValue
    ? `Title: ${s.title}\nDate: ${s.date}\nSource: ${s.outlet}\nAuthor: ${s.author}\n\n${body(s)}\n`
    : `${s.title}\n${s.outlet} | ${s.date}\n\n${body(s)}\n`;
  const bom = i % 3 === 0 && /^utf-(?:16|32)/.test(charset);
  let bytes = encode(text, charset);
  if (bom) bytes = new Uint8Array([...encode('\ufeff', charset), ...bytes]);
  return {
    name: `${s.lang.code}-${charset}-${i}.txt`,
    bytes,
    truth: truthOf(s, keyValue ? {} : { byline: null }),
    kind: `txt ${charset}${bom ? ' bom' : ''}`,
  };
}

export function markdown(i: number): CorpusFile {
  const s = makeStory(i, i % 3 === 0 ? 'de' : 'en');
  const text =
    i % 2 === 0
      ? `---\ntitle: "${s.title}"\ndate: ${s.date}\nsource: ${s.outlet}\nauthor: ${s.author}\n---\n\n${body(s)}\n`
      : `# ${s.title}\n\n*By ${s.author}*\n\n${s.outlet}, ${longDate(s.date)}\n\n${body(s)}\n`;
  return {
    name: `note-${i}.md`,
    bytes: utf8(text),
    truth: truthOf(s),
    kind: `md ${i % 2 === 0 ? 'front matter' : 'header lines'}`,
  };
}

const esc = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paras = (s: Story): string => s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Web pages: seven metadata styles; a logo or section h1 in the page furniture on some. */
export function html(i: number): CorpusFile {
  const s = makeStory(i, i % 5 === 0 ? 'fr' : 'en');
  const style = i % 7;
  const logo = `<header><h1 class="logo">${esc(s.outlet)}</h1><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>`;
  const modified = `${Number(s.date.slice(0, 4)) + 1}${s.date.slice(4)}`;
  const [y, m, d] = s.date.split('-');
  let head: string;
  let article: string;
  let charset = 'utf-8';
  let declared = 'utf-8';
  switch (style) {
    case 0: // Open Graph and article meta
      head = `<meta property="og:title" content="${esc(s.title)}"><meta property="og:site_name" content="${esc(s.outlet)}"><meta property="article:published_time" content="${s.date}T08:00:00Z"><meta property="article:modified_time" content="${modified}T09:00:00Z"><meta name="author" content="${esc(s.author)}">`;
      article = `${logo}<article><h1>${esc(s.title)}</h1>${paras(s)}</article>`;
      break;
    case 1: // JSON-LD wrapped in CDATA, modification date first
      head = `<title>${esc(s.title)} | ${esc(s.outlet)}</title><script type="application/ld+json">//<![CDATA[\n${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: s.title, dateModified: `${modified}T10:00:00Z`, datePublished: `${s.date}T07:30:00+01:00`, author: { '@type': 'Person', name: s.author }, publisher: { '@type': 'Organization', name: s.outlet } })}\n//]]></script>`;
      article = `${logo}<main><article><h2>${esc(s.title)}</h2>${paras(s)}</article></main>`;
      break;
    case 2: // JSON-LD @graph
      head = `<title>${esc(s.title)} - ${esc(s.outlet)}</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: s.outlet }, { '@type': 'BreadcrumbList' }, { '@type': 'NewsArticle', headline: s.title, datePublished: s.date, author: [{ '@type': 'Person', name: s.author }], publisher: { '@id': '#org', name: s.outlet } }] })}</script>`;
      article = `<div class="section-title"><h1>World</h1></div><article><h1>${esc(s.title)}</h1>${paras(s)}</article>`;
      break;
    case 3: // microdata
      head = `<title>${esc(s.outlet)}</title><meta property="og:site_name" content="${esc(s.outlet)}">`;
      article = `${logo}<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">${esc(s.title)}</h1><p class="byline">By <span itemprop="author">${esc(s.author)}</span></p><meta itemprop="datePublished" content="${s.date}">${paras(s)}</article>`;
      break;
    case 4: // <time> elements: the update first, then the publication
      head = `<title>${esc(s.title)} | ${esc(s.outlet)}</title><meta name="author" content="${esc(s.author)}">`;
      article = `${logo}<article><h1>${esc(s.title)}</h1><p class="meta">Updated <time datetime="${modified}T11:00">${modified}</time> · Published <time datetime="${s.date}T08:00">${longDate(s.date)}</time></p>${paras(s)}</article>`;
      break;
    case 5: // the date only in the address
      head = `<title>${esc(s.title)} | ${esc(s.outlet)}</title><link rel="canonical" href="https://news.example/${y}/${m}/${d}/${slug(s.title)}"><meta name="author" content="${esc(s.author)}">`;
      article = `${logo}<article><h1>${esc(s.title)}</h1>${paras(s)}</article>`;
      break;
    default: // declares a legacy charset: truly encoded in it, or re-saved as UTF-8 under the old label
      declared = 'windows-1252';
      charset = i % 2 === 0 ? 'windows-1252' : 'utf-8';
      head = `<meta charset="${declared}"><meta property="og:title" content="${esc(s.title)}"><meta property="og:site_name" content="${esc(s.outlet)}"><meta property="article:published_time" content="${s.date}"><meta name="author" content="${esc(s.author)}">`;
      article = `<article><h1>${esc(s.title)}</h1>${paras(s)}</article>`;
  }
  if (style !== 6) head = `<meta charset="${declared}">${head}`;
  const page = `<!DOCTYPE html><html lang="${s.lang.code}"><head>${head}</head><body>${article}<footer><p>© ${esc(s.outlet)}. All rights reserved.</p></footer></body></html>`;
  return {
    name: `page-${i}.html`,
    bytes: encode(page, charset),
    truth: truthOf(s),
    kind: `html style ${style}${style === 6 ? ` (${charset} declared ${declared})` : ''}`,
  };
}

export async function docx(i: number): Promise<CorpusFile> {
  const s = makeStory(i, i % 4 === 0 ? 'de' : 'en');
  const style = i % 2;
  const children =
    style === 0
      ? [
          new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: `By ${s.author}` }),
          new Paragraph({ text: `${s.outlet}, ${longDate(s.date)}` }),
          ...s.paragraphs.map((p) => new Paragraph({ text: p })),
        ]
      : [
          new Paragraph({ text: `Published ${longDate(s.date)}` }),
          ...s.paragraphs.map((p) => new Paragraph({ text: p })),
        ];
  const doc = new Document({
    ...(style === 1 ? { title: s.title, creator: s.author } : { creator: 'Desk Template' }),
    sections: [{ children }],
  });
  let bytes = new Uint8Array(await Packer.toBuffer(doc));
  if (style === 1) {
    // The outlet in the application properties (Company), as Word writes it.
    const files = unzipSync(bytes);
    const app = files['docProps/app.xml'] ? strFromU8(files['docProps/app.xml']) : null;
    const company = `<Company>${esc(s.outlet)}</Company>`;
    files['docProps/app.xml'] = strToU8(
      app && app.includes('</Properties>')
        ? app.replace(/<Company>[^<]*<\/Company>|<Company\/>/, '').replace('</Properties>', `${company}</Properties>`)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${company}</Properties>`,
    );
    bytes = zipSync(files);
  }
  return {
    name: `memo-${i}.docx`,
    bytes,
    truth: truthOf(s),
    kind: `docx ${style === 0 ? 'header lines' : 'properties + company'}`,
  };
}

/** A small PDF written by hand: Helvetica (WinAnsi), a large headline, byline and date lines, wrapped text. */
export function pdf(i: number): CorpusFile {
  const s = makeStory(i, 'en');
  const wrap = (t: string, n: number): string[] => {
    const out: string[] = [];
    let line = '';
    for (const w of t.split(' ')) {
      if (line && line.length + 1 + w.length > n) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) out.push(line);
    return out;
  };
  const pdfStr = (t: string): string =>
    `(${Array.from(
      new Uint8Array(iconv.encode(t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-'), 'windows-1252')),
    )
      .map((b) =>
        b === 0x28 || b === 0x29 || b === 0x5c
          ? `\\${String.fromCharCode(b)}`
          : b >= 0x80
            ? `\\${b.toString(8)}`
            : String.fromCharCode(b),
      )
      .join('')})`;
  const ops: string[] = ['BT'];
  let y = 780;
  const line = (t: string, size: number, gap: number): void => {
    ops.push(`/F1 ${size} Tf 1 0 0 1 56 ${y} Tm ${pdfStr(t)} Tj`);
    y -= gap;
  };
  for (const l of wrap(s.title, 40)) line(l, 22, 28);
  y -= 6;
  line(`By ${s.author}`, 11, 15);
  line(longDate(s.date), 11, 26);
  for (const p of s.paragraphs) {
    for (const l of wrap(p.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"), 88)) line(l, 11, 15);
    y -= 10;
  }
  ops.push('ET');
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfStr(`${s.title} | ${s.outlet}`)} /Author ${pdfStr('Layout Desk')} /Producer (Soundbite corpus) /CreationDate (D:20260101090000Z) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(out.length);
  for (let k = 0; k < out.length; k++) bytes[k] = out.charCodeAt(k) & 0xff;
  const plain = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  return {
    name: `clip-${i}.pdf`,
    bytes,
    truth: truthOf(s, { body: s.paragraphs.map(plain).join('\n\n') }),
    kind: 'pdf headline | site',
  };
}

export function eml(i: number): CorpusFile {
  const s = makeStory(i, i % 3 === 0 ? 'fr' : 'en');
  const date = new Date(`${s.date}T09:15:00Z`).toUTCString().replace('GMT', '+0000');
  const html = i % 2 === 1;
  const text = html ? `<html><body>${paras(s)}</body></html>` : `${body(s)}\n`;
  const mail = [
    `From: "${s.outlet}" <alerts@outlet-${i}.example>`,
    'To: desk@soundbite.example',
    `Subject: =?UTF-8?B?${btoa(String.fromCharCode(...utf8(s.title)))}?=`,
    `Date: ${date}`,
    'MIME-Version: 1.0',
    `Content-Type: text/${html ? 'html' : 'plain'}; charset=utf-8`,
    'Content-Transfer-Encoding: base64',
    '',
    btoa(String.fromCharCode(...utf8(text))).replace(/.{76}/g, '$&\n'),
    '',
  ].join('\r\n');
  return {
    name: `alert-${i}.eml`,
    bytes: utf8(mail),
    truth: truthOf(s, { byline: null }),
    kind: `eml ${html ? 'html' : 'text'}`,
  };
}

export function json(i: number): CorpusFile {
  const s = makeStory(i, 'en');
  const rec = { title: s.title, text: body(s), date: `${s.date}T06:00:00Z`, source: s.outlet, author: s.author };
  return {
    name: `record-${i}.json`,
    bytes: utf8(JSON.stringify(rec, null, 2)),
    truth: truthOf(s),
    kind: 'json record',
  };
}

/** The whole corpus: 240 files. */
export async function fidelityCorpus(): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  let n = 0;
  for (let k = 0; k < 36; k++) out.push(englishText(n++));
  for (let round = 0; round < 4; round++) for (const [cs, lang] of TEXT_CHARSETS) out.push(charsetText(n++, cs, lang));
  for (let k = 0; k < 16; k++) out.push(markdown(n++));
  for (let k = 0; k < 42; k++) out.push(html(n++));
  for (let k = 0; k < 20; k++) out.push(await docx(n++));
  for (let k = 0; k < 20; k++) out.push(pdf(n++));
  for (let k = 0; k < 12; k++) out.push(eml(n++));
  for (let k = 0; k < 6; k++) out.push(json(n++));
  return out;
}
