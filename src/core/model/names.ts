/** Speaker names: recognising them in headers, and one key for every spelling of one person. */

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|madam|mister)\.?\s+/i;

/** "Mr. Shan-Nen Bong" and "Shan-nen bong" share the key "shannen bong". */
export function nameKey(name: string): string {
  return name
    .replace(HONORIFIC, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-'’.‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Each word of a name in lower case starts with a capital: "mark davis" → "Mark Davis", "jean-luc" → "Jean-Luc". */
export function titleCase(name: string): string {
  return name.replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * nameKey remembered per spelling, for one parse: a call repeats its few speaker names on every header line.
 * Kept per parse (not module-wide) so no document text outlives its parse.
 */
export function nameKeyCache(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    return key;
  };
}

export function stripHonorific(name: string): string {
  return name.replace(HONORIFIC, '').trim();
}

/** Words that start sentences or headings and are never a person's name on their own. */
const NOT_NAME_WORDS = new Set(
  (
    'a an and are as at be but by for from good great hello hi how i if in is it its just let me my no not now of ok okay on or ' +
    'our please right so sure thank thanks that the then there these this those to us we well what when where which who why ' +
    'with yes yeah you your question questions answer answers presentation remarks session participants conference call ' +
    'transcript earnings market cap image technology software application disclaimer copyright note source page next previous ' +
    'operator instructions foreign language total revenue revenues income net gross first second third fourth quarter year ' +
    'fiscal results financial highlights outlook guidance summary agenda end all'
  ).split(' '),
);

/** Words that begin a role or title in a header ("Nicole Shan Investor Relations Officer"). */
const ROLE_WORDS =
  'chief|ceo|cfo|coo|cto|cio|cmo|president|vice|vp|svp|evp|chairman|chairwoman|chairperson|chair|director|head|senior|executive|' +
  'managing|general|investor|ir|analyst|manager|officer|founder|co-founder|cofounder|treasurer|secretary|partner|controller|' +
  'associate|interpreter|translator|host|moderator|representative|spokesperson|principal|lead|deputy|independent|board|' +
  'research|strategist|economist|portfolio|equity|head';

export const ROLE_START = new RegExp(`^(?:${ROLE_WORDS})\\b`, 'i');
const ROLE_ANYWHERE = new RegExp(`\\b(?:${ROLE_WORDS}|ir)\\b`, 'i');

export function looksLikeRole(text: string): boolean {
  return ROLE_ANYWHERE.test(text);
}

/** A name token: capitalised (or all caps), letters with inner hyphens/apostrophes, or an initial. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;
const PARTICLE = /^(?:de|da|del|della|der|den|van|von|la|le|bin|al|dos|du|di|y)$/;

/** A generational suffix after a name: "Robert Smith Jr.", "Robert Smith, Jr.", "John Doe III". */
const NAME_SUFFIX = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/;
/** The comma that leads from a name to what follows it, skipping the one before a suffix ("Smith, Jr., CFO"). */
const AFTER_NAME_COMMA = /, (?!(?:Jr|Sr)\.?(?:[\s,]|$)|(?:II|III|IV)(?:[\s,]|$))/;

export function nameComma(text: string): number {
  return text.search(AFTER_NAME_COMMA);
}

/** A company's legal form at the end of its name: "Fabrikam Incorporated", "Rheintal Maschinenbau AG". */
export const LEGAL_FORM = /,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|PLC|plc|LLC|L\.P\.|S\.A\.|SA|AG|SE|NV|N\.V\.|GmbH|Co\.,? Ltd\.?|Co\.)$/;

/** True when `text` is 1..5 name tokens, with particles inside, and not a common word alone. */
export function isNameLike(text: string, minTokens = 1): boolean {
  // "Rheintal Maschinenbau AG", "Contoso Holdings" are companies, not people.
  if (LEGAL_FORM.test(text.trimEnd()) || /\sHoldings$/.test(text.trimEnd())) return false;
  const trimmed = stripHonorific(text.trim()).replace(NAME_SUFFIX, '');
  if (trimmed.length === 0 || trimmed.length > 48) return false;
  const tokens = trimmed.split(/\s+/);
  if (tokens.length < minTokens || tokens.length > 5) return false;
  let names = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (NAME_TOKEN.test(t)) {
      if (NOT_NAME_WORDS.has(t.toLowerCase().replace(/[.']/g, ''))) return false;
      names++;
    } else if (!(i > 0 && i < tokens.length - 1 && PARTICLE.test(t))) {
      return false;
    }
  }
  return names >= minTokens;
}

/** Labels that stand for a speaker without naming a person (also in Chinese: 主持人, 操作员, 分析师, 翻译). */
export const GENERIC_SPEAKER =
  /^(?:(?:(?:second|new|another|replacement) )?(?:conference )?operator|moderator|host|interpreter|translator|coordinator|presenter|unidentified(?: (?:company|corporate))?(?: (?:representative|participant|analyst|speaker|executive|caller|male|female|person))?|unidentified corporate participant|unknown(?: (?:speaker|analyst|participant|caller))?|(?:speaker|participant|caller|analyst|questioner|executive)[ _-]?#?\d{1,3}|analyst|executive|company representative|management|(?:会议|會議)?主持人|操作[员員]|接[线線][员員]|分析[师師]|翻[译譯]|口[译譯]|管理[层層])$/i;

/** The common Chinese surnames (simplified and traditional), and the compound ones. */
const HAN_SURNAMES =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺';
const HAN_NAME = new RegExp(`^(?:(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛)[\\u4e00-\\u9fff]{1,2}|[${HAN_SURNAMES}][\\u4e00-\\u9fff]{1,2})$`);

/** A Chinese personal name as a label writes it: a common surname and one or two characters ("王宇", "何海建"). */
export function isHanName(text: string): boolean {
  return HAN_NAME.test(text.trim());
}
