/**
 * More Chinese (Han) forms of officials the shared gazetteer lists without one: Chinese ministers, provincial and
 * Xinjiang leaders, heads of state companies, and Kazakh officials in the transliterations Xinhua and Kazinform's
 * Chinese service write. Joined by the English name, like ./people-zh.ts; roles and years stay in people-*.ts.
 * With a form listed, a Chinese text names the person without a title before the name too («刘伟表示»). Names
 * too common to tell one official by (王浩, 陈刚) are left to the title rule, which reads them after a title.
 */
export const ZH_FORMS_EXTRA7: Record<string, readonly string[]> = {
  // Chinese ministers and central officials.
  'Liu Wei': ['刘伟'],
  'Dong Jun': ['董军'],
  'Huai Jinpeng': ['怀进鹏'],
  'Lan Foan': ['蓝佛安'],
  'Li Guoying': ['李国英'],
  'Li Lecheng': ['李乐成'],
  'Ni Hong': ['倪虹'],
  'Pan Gongsheng': ['潘功胜'],
  'Yi Gang': ['易纲'],
  'Sun Yeli': ['孙业礼'],
  'Wang Guangqian': ['王广谦'],
  'Wang Xiaohong': ['王小洪'],
  'Chen Wenqing': ['陈文清'],
  'Zhang Youxia': ['张又侠'],
  // Provinces and regions that host Kazakh delegations.
  'Wu Xiaojun': ['吴晓军'],
  'Hao Peng': ['郝鹏'],
  'Hu Heping': ['胡和平'],
  'Hu Yuting': ['胡玉亭'],
  'Jing Junhai': ['景俊海'],
  'Liang Huiling': ['梁惠玲'],
  'Liang Yanshun': ['梁言顺'],
  'Lin Duo': ['林铎'],
  'Sun Shaocheng': ['孙绍骋'],
  'Wang Lixia': ['王莉霞'],
  'Wang Zhengpu': ['王正谱'],
  'Yin Hong': ['尹弘'],
  'Zhang Yupu': ['张雨浦'],
  // Xinjiang and the Production and Construction Corps.
  'He Zhongyou': ['何忠友'],
  'Li Yifei': ['李邑飞'],
  'Che Jun': ['车俊'],
  'Sun Jinlong': ['孙金龙'],
  'Peng Jiarui': ['彭家瑞'],
  'Wang Mingshan': ['王明山'],
  'Xu Hairong': ['徐海荣'],
  'Yasin Nasir': ['亚森·纳斯尔'],
  'Kadan Kabenuly': ['哈丹·卡宾'],
  // Heads of state companies.
  'Ma Yongsheng': ['马永生'],
  'Yu Jianfeng': ['余剑锋'],
  'Zhu Hexin': ['朱鹤新'],
  'Ren Zhengfei': ['任正非'],
  // Kazakh officials.
  'Akan Rakhmetullin': ['拉赫梅图林', '阿坎·拉赫梅图林'],
  'Akmaral Alnazarova': ['阿尔纳扎罗娃'],
  'Dastan Ryspekov': ['雷斯佩科夫'],
  'Gulnar Shaimergenova': ['沙伊梅尔格诺娃'],
  'Sayasat Nurbek': ['努尔别克', '萨亚萨特·努尔别克'],
  'Yerbol Myrzabossynov': ['梅尔扎博瑟诺夫'],
  'Zhoshykhan Kyraubayev': ['克劳巴耶夫'],
};
