/**
 * Words the figure grammar knows, all folded (lower-case ASCII, simplified Chinese).
 * Kept as data so the grammar stays small and the vocabulary can grow without touching it.
 */

/** English scale words and abbreviations -> power of ten. */
export const EN_SCALES: ReadonlyMap<string, { exp: number; label: string; abbrev: boolean }> = new Map([
  ['thousand', { exp: 3, label: 'thousand', abbrev: false }],
  ['million', { exp: 6, label: 'million', abbrev: false }],
  ['billion', { exp: 9, label: 'billion', abbrev: false }],
  ['trillion', { exp: 12, label: 'trillion', abbrev: false }],
  ['k', { exp: 3, label: 'thousand', abbrev: true }],
  ['m', { exp: 6, label: 'million', abbrev: true }],
  ['mn', { exp: 6, label: 'million', abbrev: true }],
  ['mm', { exp: 6, label: 'million', abbrev: true }],
  ['mln', { exp: 6, label: 'million', abbrev: true }],
  ['b', { exp: 9, label: 'billion', abbrev: true }],
  ['bn', { exp: 9, label: 'billion', abbrev: true }],
  ['bln', { exp: 9, label: 'billion', abbrev: true }],
  ['tn', { exp: 12, label: 'trillion', abbrev: true }],
  // Indian numbering: a lakh is 10^5, a crore 10^7 ("Rs 500 crore", "3.2 lakh crore" = 3.2 × 10^12).
  ['lakh', { exp: 5, label: 'lakh', abbrev: false }],
  ['lakhs', { exp: 5, label: 'lakh', abbrev: false }],
  ['crore', { exp: 7, label: 'crore', abbrev: false }],
  ['crores', { exp: 7, label: 'crore', abbrev: false }],
  ['cr', { exp: 7, label: 'crore', abbrev: true }],
]);

/** Chinese scale characters after a numeral, longest first. */
export const ZH_SCALES: readonly { text: string; exp: number }[] = [
  { text: '万亿', exp: 12 },
  { text: '千亿', exp: 11 },
  { text: '百亿', exp: 10 },
  { text: '十亿', exp: 9 },
  { text: '千万', exp: 7 },
  { text: '百万', exp: 6 },
  { text: '亿', exp: 8 },
  { text: '万', exp: 4 },
  { text: '千', exp: 3 },
];

/** Currency written before the number (words). */
export const EN_CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['rmb', 'CNY'],
  ['cny', 'CNY'],
  ['usd', 'USD'],
  ['hkd', 'HKD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
  ['jpy', 'JPY'],
  ['sgd', 'SGD'],
  ['twd', 'TWD'],
  ['ntd', 'TWD'],
  ['aud', 'AUD'],
  ['cad', 'CAD'],
  ['inr', 'INR'],
  ['krw', 'KRW'],
  ['chf', 'CHF'],
  ['sek', 'SEK'],
  ['nok', 'NOK'],
  ['dkk', 'DKK'],
  ['brl', 'BRL'],
  ['mxn', 'MXN'],
  ['zar', 'ZAR'],
  ['nzd', 'NZD'],
  ['myr', 'MYR'],
  ['thb', 'THB'],
  ['idr', 'IDR'],
  ['cnh', 'CNH'],
]);

/** Letters glued before "$": "US$", "HK$", "S$", "NT$", "A$", "C$". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['hk', 'HKD'],
  ['s', 'SGD'],
  ['nt', 'TWD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['c', 'CAD'],
  ['ca', 'CAD'],
  ['r', 'BRL'],
  ['nz', 'NZD'],
  ['mx', 'MXN'],
]);

export const SYMBOL_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
]);

/** Chinese currency names (folded), longest first. Used before or after the amount. */
export const ZH_CURRENCIES: readonly { text: string; code: string }[] = [
  { text: '人民币', code: 'CNY' },
  { text: '美元', code: 'USD' },
  { text: '美金', code: 'USD' },
  { text: '港元', code: 'HKD' },
  { text: '港币', code: 'HKD' },
  { text: '日元', code: 'JPY' },
  { text: '欧元', code: 'EUR' },
  { text: '英镑', code: 'GBP' },
  { text: '新台币', code: 'TWD' },
];

/** Percent-like suffixes (English words). */
export const PERCENT_WORDS = new Set(['percent', 'pct', 'percents']);
export const PP_WORDS = new Set(['ppt', 'ppts', 'pp', 'pps', 'pts']);
export const BPS_WORDS = new Set(['bps', 'bp', 'bpts']);

/**
 * Countable business quantities: a bare number followed by one of these is a count.
 * Things like "questions", "things", "times" (in "two times a year") are deliberately absent.
 */
export const EN_UNITS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'quarters',
  'customer', 'customers', 'client', 'clients', 'user', 'users', 'subscriber', 'subscribers', 'member', 'members',
  'developer', 'developers', 'employee', 'employees', 'staff', 'personnel', 'people', 'engineers', 'headcount',
  'ads', 'adss', 'share', 'shares', 'province', 'provinces', 'city', 'cities', 'country', 'countries', 'region', 'regions',
  'market', 'markets', 'store', 'stores', 'branch', 'branches', 'office', 'offices', 'product', 'products',
  'project', 'projects', 'contract', 'contracts', 'deal', 'deals', 'order', 'orders', 'partner', 'partners',
  'app', 'apps', 'application', 'applications', 'game', 'games', 'title', 'titles', 'server', 'servers',
  'node', 'nodes', 'gpu', 'gpus', 'gpus', 'chip', 'chips', 'cabinet', 'cabinets', 'rack', 'racks',
  'site', 'sites', 'vehicle', 'vehicles', 'unit', 'units', 'transaction', 'transactions', 'account', 'accounts',
  'merchant', 'merchants', 'hospital', 'hospitals', 'school', 'schools', 'patent', 'patents', 'vendor', 'vendors',
  'supplier', 'suppliers', 'institution', 'institutions', 'enterprise', 'enterprises', 'company', 'companies',
  'brand', 'brands', 'sku', 'skus', 'license', 'licenses', 'seat', 'seats', 'bank', 'banks', 'campus', 'campuses',
  'center', 'centers', 'centre', 'centres', 'datacenter', 'datacenters', 'facility', 'facilities', 'plant', 'plants',
  'household', 'households', 'student', 'students', 'patient', 'patients', 'doctor', 'doctors', 'agent', 'agents',
  'outlet', 'outlets', 'restaurant', 'restaurants', 'hotel', 'hotels', 'room', 'rooms', 'screen', 'screens',
  'installation', 'installations', 'download', 'downloads', 'visit', 'visits', 'tenant', 'tenants', 'seller', 'sellers',
  'buyer', 'buyers', 'shareholder', 'shareholders', 'investor', 'investors', 'team', 'teams', 'model', 'models',
  'industry', 'industries', 'vertical', 'verticals', 'solution', 'solutions', 'tons', 'tonnes', 'kilometers', 'megawatts', 'mw', 'gw',
  'gigawatts', 'functions', 'features', 'petaflops', 'exaflops', 'pflops', 'terabytes', 'petabytes', 'tb', 'pb',
]);

/** Words that may sit between a number and its unit: "1,213 R&D personnel", "500 new customers". */
export const EN_UNIT_MODIFIERS_MAX = 2;

/** A number after one of these names a thing (Section 21, Tier 1 cities, top 10 customers), not a quantity. */
export const EN_NAMING_WORDS = new Set([
  'top', 'tier', 'level', 'phase', 'no', 'number', 'page', 'slide', 'item', 'section', 'article', 'rule', 'form',
  'chapter', 'step', 'round', 'version', 'gen', 'generation', 'class', 'grade', 'star', 'press', 'line',
  'series', 'pillar', 'stage', 'part', 'volume', 'vol', 'iphone', 'windows', 'covid', 'act', 'code', 'route',
  'highway', 'building', 'floor', 'gate', 'terminal', 'hall', 'booth', 'exhibit', 'appendix', 'figure', 'table',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Chinese counted units after Arabic digits (folded). Longest first. */
export const ZH_UNITS: readonly { text: string; unit: string }[] = [
  { text: '个省', unit: '个省' },
  { text: '个城市', unit: '个城市' },
  { text: '个国家', unit: '个国家' },
  { text: '个客户', unit: '个客户' },
  { text: '个项目', unit: '个项目' },
  { text: '个产品', unit: '个产品' },
  { text: '个ads', unit: '个ADS' },
  { text: '个月', unit: '个月' },
  { text: '家客户', unit: '家客户' },
  { text: '家', unit: '家' },
  { text: '天', unit: '天' },
  { text: '次', unit: '次' },
  { text: '名', unit: '名' },
  { text: '位', unit: '位' },
  { text: '人', unit: '人' },
  { text: '股', unit: '股' },
  { text: '款', unit: '款' },
  { text: '项', unit: '项' },
  { text: '台', unit: '台' },
  { text: '座', unit: '座' },
  { text: '户', unit: '户' },
  { text: '周', unit: '周' },
];

/** Characters that turn a preceding "digits + unit" into something else ("一次性" = one-off). */
export const ZH_UNIT_BLOCKERS = new Set(['性', '日', '号']);

/** Approximation words before a figure, longest first (folded). */
export const EN_APPROX_BEFORE: readonly { text: string; approx: 'about' | 'over' | 'under' | 'at-least' | 'at-most' | 'nearly' }[] = [
  { text: 'in excess of', approx: 'over' },
  { text: 'no less than', approx: 'at-least' },
  { text: 'no more than', approx: 'at-most' },
  { text: 'not more than', approx: 'at-most' },
  { text: 'not less than', approx: 'at-least' },
  { text: 'more than', approx: 'over' },
  { text: 'greater than', approx: 'over' },
  { text: 'higher than', approx: 'over' },
  { text: 'less than', approx: 'under' },
  { text: 'fewer than', approx: 'under' },
  { text: 'lower than', approx: 'under' },
  { text: 'upwards of', approx: 'over' },
  { text: 'north of', approx: 'over' },
  { text: 'close to', approx: 'nearly' },
  { text: 'at least', approx: 'at-least' },
  { text: 'at most', approx: 'at-most' },
  { text: 'up to', approx: 'at-most' },
  { text: 'approximately', approx: 'about' },
  { text: 'approx.', approx: 'about' },
  { text: 'approx', approx: 'about' },
  { text: 'roughly', approx: 'about' },
  { text: 'around', approx: 'about' },
  { text: 'about', approx: 'about' },
  { text: 'circa', approx: 'about' },
  { text: 'some', approx: 'about' },
  { text: 'nearly', approx: 'nearly' },
  { text: 'almost', approx: 'nearly' },
  { text: 'exceeding', approx: 'over' },
  { text: 'exceeded', approx: 'over' },
  { text: 'over', approx: 'over' },
  { text: 'above', approx: 'over' },
  { text: 'under', approx: 'under' },
  { text: 'below', approx: 'under' },
  { text: '~', approx: 'about' },
];

export const ZH_APPROX_BEFORE: readonly { text: string; approx: 'about' | 'over' | 'under' | 'at-least' | 'at-most' | 'nearly' }[] = [
  { text: '大约', approx: 'about' },
  { text: '约为', approx: 'about' },
  { text: '大概', approx: 'about' },
  { text: '约', approx: 'about' },
  { text: '超过', approx: 'over' },
  { text: '多于', approx: 'over' },
  { text: '高于', approx: 'over' },
  { text: '逾', approx: 'over' },
  { text: '超', approx: 'over' },
  { text: '将近', approx: 'nearly' },
  { text: '接近', approx: 'nearly' },
  { text: '近', approx: 'nearly' },
  { text: '不到', approx: 'under' },
  { text: '低于', approx: 'under' },
  { text: '少于', approx: 'under' },
  { text: '不足', approx: 'under' },
  { text: '至少', approx: 'at-least' },
  { text: '最多', approx: 'at-most' },
  { text: '最高', approx: 'at-most' },
];

export const ZH_APPROX_AFTER: readonly { text: string; approx: 'about' | 'at-least' | 'at-most' }[] = [
  { text: '左右', approx: 'about' },
  { text: '上下', approx: 'about' },
  { text: '以上', approx: 'at-least' },
  { text: '以下', approx: 'at-most' },
];

/** English number words. */
export const EN_UNITS_NUM: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
export const EN_TENS_NUM: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Chinese numerals (folded). */
export const ZH_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
export const ZH_SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['百', 100], ['千', 1000],
]);
