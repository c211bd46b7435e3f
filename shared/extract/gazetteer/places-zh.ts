/**
 * Chinese (Han) forms of the gazetteer's places, joined to its entries by their English name (places-*.ts keep
 * the country and the kind). Landmarks that name their city stand for it («人民大会堂» is in Beijing).
 */
export const ZH_PLACE_FORMS: Record<string, readonly string[]> = {
  Beijing: ['北京'],
  Shanghai: ['上海'],
  Urumqi: ['乌鲁木齐'],
  "Xi'an": ['西安'],
  Tianjin: ['天津'],
  Qingdao: ['青岛'],
  Hangzhou: ['杭州'],
  Chengdu: ['成都'],
  Chongqing: ['重庆'],
  Guangzhou: ['广州'],
  Shenzhen: ['深圳'],
  Wuhan: ['武汉'],
  Nanjing: ['南京'],
  Xiamen: ['厦门'],
  Lianyungang: ['连云港'],
  Khorgos: ['霍尔果斯'],
  Lanzhou: ['兰州'],
  Harbin: ['哈尔滨'],
  Kunming: ['昆明'],
  Boao: ['博鳌'],
  Astana: ['阿斯塔纳', '努尔苏丹'],
  Almaty: ['阿拉木图'],
  Shymkent: ['奇姆肯特', '希姆肯特'],
  Karaganda: ['卡拉干达'],
  Aktau: ['阿克套'],
  Aktobe: ['阿克托别'],
  Atyrau: ['阿特劳'],
  Turkestan: ['突厥斯坦'],
  'Ust-Kamenogorsk': ['乌斯季卡缅诺戈尔斯克'],
  Moscow: ['莫斯科'],
  Tashkent: ['塔什干'],
  Samarkand: ['撒马尔罕'],
  Bishkek: ['比什凯克'],
  Dushanbe: ['杜尚别'],
  Ashgabat: ['阿什哈巴德'],
  'New York': ['纽约'],
  Baku: ['巴库'],
  Kazan: ['喀山'],
};

/** Landmarks that name their city: a meeting «在人民大会堂» is in Beijing. */
export const ZH_LANDMARKS: Record<string, readonly string[]> = {
  Beijing: ['人民大会堂', '钓鱼台国宾馆', '中南海'],
  Astana: ['阿克奥尔达', '独立宫'],
};

/** Names that hold a city's name but are no place («上海合作组织» is the SCO, «北京时间» a time zone). */
export const ZH_NOT_PLACES = ['上海合作组织', '上合组织', '上海精神', '北京时间', '北京大学', '北京冬奥'];
