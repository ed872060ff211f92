/**
 * Folding for matching: one UTF-16 unit in, one unit out, so every offset in the folded text is an
 * offset in the original. ASCII letters are lower-cased, fullwidth digits/letters/signs become ASCII,
 * traditional Chinese characters that occur in financial vocabulary become simplified ones, so one
 * vocabulary (simplified, lower-case) serves English, traditional and simplified Chinese.
 */

/** Traditional -> simplified, as pairs of characters. */
const TRAD_SIMP =
  '萬万億亿幣币個个點点環环較较減减長长營营費费淨净潤润資资產产帳帐賬账應应經经調调後后現现無无遞递負负債债開开銷销場场發发總总額额虧亏損损價价訂订閱阅戶户業业務务雲云計计週周與与為为達达從从約约數数續续節节單单實实際际筆笔貨货廣广內内圍围漲涨顯显歸归屬属東东權权證证裡里這这們们來来過过將将於于對对運运還还進进層层會会標标間间險险結结構构據据報报頭头兩两餘余預预備备帶带動动網网絡络線线優优勢势區区國国聯联專专員员職职規规劃划庫库碼码僅仅買买賣卖讓让雙双變变參参機机鍵键礎础設设術术車车貸贷貿贸幾几併并倉仓儲储兌兑匯汇協协擴扩縮缩輕轻陸陆稅税補补貼贴獲获歷历紀纪錄录體体質质準准測测試试驗验滿满穩稳鬆松緊紧壓压繼继齊齐廠厂遠远關关說说話话講讲認认識识義义執执門门問问題题範范財财團团嚴严謹谨邊边聲声導导師师塊块鏈链譽誉攤摊轉转豐丰銀银當当連连漸渐復复甦苏蘋苹華华語语視视頻频號号條条樂乐隊队撥拨繫系擬拟訊讯晝昼屆届齡龄舊旧雜杂誌志並并佔占項项類类質质賃赁盤盘蓋盖統统';

const FOLD = new Map<number, number>();
for (let i = 0; i + 1 < TRAD_SIMP.length; i += 2) FOLD.set(TRAD_SIMP.charCodeAt(i), TRAD_SIMP.charCodeAt(i + 1));
// Punctuation and signs that have an ASCII twin of the same meaning.
for (const [from, to] of [
  ['％', '%'],
  ['＄', '$'],
  ['（', '('],
  ['）', ')'],
  ['．', '.'],
  ['～', '~'],
  ['－', '-'],
  ['–', '-'],
  ['−', '-'],
  ['’', "'"],
  ['＋', '+'],
  ['\u00a0', ' '],
  ['\u3000', ' '],
] as const) {
  FOLD.set(from.charCodeAt(0), to.charCodeAt(0));
}

/** Units that fold to another: traditional characters and signs with an ASCII twin (ranges come on top). */
export const FOLDS: ReadonlyMap<number, number> = FOLD;

/**
 * The fold of every UTF-16 unit that changes, looked up instead of computed (0: the unit folds to itself):
 * folding runs over every character of every sentence that may hold a figure, and a typed-array read is far
 * cheaper than range tests plus a Map lookup. Only the changing entries are written, so it is built at once.
 */
const FOLD_TABLE = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 65; c <= 90; c++) t[c] = c + 32;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = c - 0xff10 + 48; // fullwidth digits
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xff21 + 97; // fullwidth upper
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = c - 0xff41 + 97; // fullwidth lower
  for (const [from, to] of FOLD) t[from] = to;
  return t;
})();

export function foldChar(c: number): number {
  return FOLD_TABLE[c] || c;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Same length as the input, by construction. */
export function foldText(text: string): string {
  // On ASCII the fold is exactly lower-casing, which the engine does natively and far faster.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  // Build in chunks to keep 1 MB lines linear without giant intermediate arrays.
  const CHUNK = 4096;
  for (let base = 0; base < text.length; base += CHUNK) {
    const end = Math.min(text.length, base + CHUNK);
    const codes: number[] = new Array(end - base);
    for (let i = base; i < end; i++) {
      const c = text.charCodeAt(i);
      codes[i - base] = FOLD_TABLE[c] || c;
    }
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

export function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
