/**
 * Chinese transliteration of Kazakh and Russian names, read back (data only). Xinhua writes a foreign name with
 * a fixed set of characters, one per syllable or lone consonant (伊萨巴耶夫 = I-sa-ba-ye-v); read back in the
 * English spelling Kazakh officials use, the surname can be matched with the gazetteer's. Chinese cannot tell
 * l from r: characters of that sound are read with l and both readings are tried against the gazetteer.
 */

/** Latin reading → the transliteration characters read so («reading:characters» groups, a lone consonant where
 * the character writes one). */
export const TRANSLIT_ZH =
  'a:阿 on:翁 kun:昆 zhan:让然 den:登 ai:艾爱 an:安昂 b:布卜 ba:巴 bai:拜 ban:班 bau:包 be:贝别 ben:本 bi:比 bin:宾 bo:波博 bon:邦 cha:查恰 che:切 chi:奇齐 ' +
  'chin:钦 cho:乔 chu:丘楚 d:德 de:迭 da:达 dan:丹 dau:道 di:迪 din:丁 do:多 don:东 du:杜 dun:敦 e:厄埃额 f:弗芙 fa:法 fe:费 fi:菲 ' +
  'fo:福 g:格 ga:噶加 gai:盖 gan:甘冈 gau:高 gen:根 gi:吉姬 go:戈 gu:古 gun:贡 i:伊 in:因英 k:克 ka:卡 kan:坎康 ke:凯 kh:赫 ' +
  'kha:哈 khan:汗汉罕 kho:霍 khu:胡 ki:基 kin:金 ko:科 ku:库 kua:夸 kuan:宽 kun:坤 l:勒 la:拉 lan:兰朗 lau:劳 le:莱列 ' +
  'len:连伦 li:里利丽 lin:林琳 lo:罗洛 lon:龙 lu:卢鲁 lyu:留柳 m:姆 ma:马 man:曼 mau:毛 me:梅缅 mai:迈 men:门 mi:米 min:明 mo:莫 mon:蒙 ' +
  'mu:穆 n:恩 na:纳娜 nan:南 ne:内涅 ni:尼妮 nin:宁 no:诺 nu:努 nyu:纽 o:奥敖傲欧 p:普 pa:帕 pan:潘 pe:彼佩 pen:彭 pi:皮 pin:平 ' +
  'po:珀 r:尔 ry:雷 s:斯 sa:萨 san:桑 se:赛谢塞 sen:森 sh:什 sha:沙莎 she:舍 shen:申 shi:希 shu:舒 si:西 sin:辛 so:索 son:松 ' +
  'su:苏 sy:瑟 syu:休 t:特 ta:塔 tan:坦汤 tau:陶 te:泰捷铁 ti:季蒂 tin:廷 to:托 ton:通 ts:茨 tse:采 tu:图 tun:屯 u:吾乌 un:温 ' +
  'v:夫 va:瓦娃 van:万旺 ve:韦 vi:维 vo:沃 ya:雅亚 yan:扬 ye:叶耶 yo:约 yu:尤 z:兹孜 zan:赞 ze:泽 zh:日 zha:贾 zhe:杰热哲 ' +
  'zho:若卓 zhu:茹朱 zi:济 zo:佐 zu:祖 ' +
  // The rest of the standard table of Russian names (Xinhua's): without them a name stops short at the first
  // such syllable («…绍夫» -shov lost its tail).
  'sho:绍 tso:措 vu:武 fu:富 tsa:察 sha:夏 fan:凡 tsan:灿 chan:钱 shan:尚 sen:先 yen:延 ben:边 ven:文 ' +
  'den:坚 ken:肯 nen:年 pen:片 fen:芬 khen:亨 tsen:岑 chen:琴 din:京 zin:津 khin:欣 von:冯 zhon:容 zon:宗 ' +
  'kon:孔 lon:隆 non:农 pon:蓬 fon:丰 khon:洪 tson:聪 chon:琼 shon:雄 zun:尊 sun:孙 chun:春 shun:顺 ' +
  'zhen:任 za:扎 ma:玛 li:莉 khan:杭 ' +
  // Kazinform's Chinese service writes ri with 瑞 («纳瑞曼» Nariman).
  'ri:瑞';

/**
 * Readings of a run of characters that differ from their one-by-one readings, longest first: «艾哈迈德» is
 * Akhmed, «艾哈迈托夫» Akhmetov (艾 alone is ai, 迈 alone mai as in «斯迈洛夫» Smailov).
 */
export const TRANSLIT_RUNS_ZH: ReadonlyArray<readonly [han: string, latin: string]> = [
  ['艾哈迈', 'akhme'],
  ['艾哈', 'akh'],
  ['阿赫迈', 'akhme'],
  ['哈迈', 'khme'],
];

/**
 * Characters Chinese writes for two Russian sounds: 扎 is both за and жа. The first reading is used for an unknown
 * name; the others are tried against the gazetteer («扎基» Zaki, «扎克瑟别科夫» Zhaksybekov).
 */
export const TRANSLIT_ALTERNATES_ZH: ReadonlyArray<readonly [han: string, readings: readonly string[]]> = [
  ['扎', ['za', 'zha']],
  // 杰 is де in Russian names (杰尼斯 Denis) and же in Kazakh ones (杰特苏 Zhetysu); 季 is ди and ти.
  ['杰', ['zhe', 'de']],
  ['季', ['di', 'ti']],
];

/** Kazakh given names as read back: a `·`-joined name keeps its first part only when it is one of these. */
export const GIVEN_NAMES_KZ = [
  'Askar',
  'Aidos',
  'Alikhan',
  'Almas',
  'Arman',
  'Askhat',
  'Bakhyt',
  'Bakytzhan',
  'Beibut',
  'Berik',
  'Bolat',
  'Daniyal',
  'Darkhan',
  'Dariga',
  'Erlan',
  'Gabit',
  'Kairat',
  'Kanat',
  'Karim',
  'Marat',
  'Madi',
  'Mukhtar',
  'Murat',
  'Nurlan',
  'Nursultan',
  'Olzhas',
  'Roman',
  'Ruslan',
  'Serik',
  'Talgat',
  'Timur',
  'Yerlan',
  'Yermek',
  'Yerbol',
  'Yerzhan',
  'Zhenis',
  'Kassym-Jomart',
  'Aset',
  'Asset',
  'Nurzhan',
  'Saparkhan',
  'Akylbek',
];

/** Transliteration characters that are no name's last syllable: at the end of a run they start the next word
 * («日前» recently, «17日电» a dateline). */
export const TRAILING_NOT_NAME_ZH = ['日'];
/**
 * Common words that open with a transliteration character and follow a name («茹曼加林通过视频», «…拜会»,
 * «…高度评价»): where one starts, the name has ended.
 */
export const WORDS_AFTER_NAMES_ZH = [
  ...'通过 通电话 通报 通话 达成 达到 特别 特意 安排 加强 加快 比如 基本 基于 利用 多次 多年 克服 列席 布置'.split(
    ' ',
  ),
  ...'拜会 拜见 因为 约见 恰逢 肯定 顺利 先后 边境 任职 年初 平台 明确 明年 敦促 根据 高度 本次 本着 申请'.split(
    ' ',
  ),
  ...'希望 坦诚 铁路 采访 采取 维护 尤其 赞赏 扎实 卓有 然而 马上 感谢 高兴 阿方 哈方'.split(' '),
];

/**
 * Characters that outlets swap in one transliterated name (洛/罗 lo, 耶/叶 ye, 夫/甫 v, 利/里/丽 li): Kazinform's
 * Chinese service writes «沙哈洛夫» where Xinhua writes «沙哈罗夫». Each pair is «variant→form the gazetteer is
 * matched in»; matching folds both the text and the gazetteer's forms, so one listed form finds every variant.
 */
export const TRANSLIT_FOLD_ZH =
  '罗洛 叶耶 甫夫 里利 丽利 莉利 娅亚' +
  // More swaps of the same sound (季/迪 di, 贝/别 be, 依/伊 i, 娜/纳 na, 木/姆 m, 吾/乌 u, 札/扎 zha, 孜/兹 z):
  // «萨特巴尔季» and «萨特巴尔迪», «卡瑟木别克» and «卡瑟姆别克», «吐尼亚兹» and «吐尼亚孜» are one name each.
  ' 季迪 贝别 依伊 娜纳 木姆 吾乌 札扎 孜兹';
