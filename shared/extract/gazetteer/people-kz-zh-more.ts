/**
 * More Chinese forms of Kazakh officials: the variants Kazinform's Chinese service and regional Chinese outlets
 * write beside Xinhua's (苏勒坦哈兹耶夫 for Xinhua's 苏尔坦加济耶夫, 库里吉诺夫 for 库尔吉诺夫), full names with
 * the given name, and the officials ./people-kz-zh.ts lacked. Joined to the gazetteer by the English name, like
 * that file; the single-character swaps (罗/洛, 叶/耶, 甫/夫, 里/利) need no entry, matching folds them.
 */
export const ZH_FORMS_KZ_MORE: Record<string, readonly string[]> = {
  // Akims of regions and cities of republican significance.
  'Marat Sultangaziev': ['苏勒坦哈兹耶夫', '苏尔坦哈兹耶夫', '苏勒坦加济耶夫', '苏尔坦哈济耶夫'],
  'Altai Kulginov': ['库里吉诺夫', '库尔金诺夫', '库勒吉诺夫', '阿尔泰·库尔吉诺夫'],
  'Nariman Turegaliyev': ['托列哈利耶夫', '托列加利耶夫', '图列哈利耶夫', '纳瑞曼·图列加利耶夫'],
  'Askhat Shakharov': ['阿斯哈特·沙哈罗夫'],
  'Gauez Nurmukhambetov': ['努尔穆罕别托夫', '努尔穆哈姆别托夫', '高吾孜·努尔穆罕别托夫'],
  'Berik Abdygaliuly': ['阿布德加利乌勒', '阿卜迪加利乌勒'],
  'Sergey Kulagin': ['库拉金'],
  'Malik Murzalin': ['穆尔扎林'],
  'Karim Kokrekbayev': ['科克列克巴耶夫'],
  'Beibut Shakhanov': ['沙哈诺夫'],
  'Nurlan Kilybay': ['克勒拜', '基雷拜'],
  'Alik Aidarbayev': ['艾达尔巴耶夫'],
  'Darkhan Satybaldy': ['萨特巴尔迪', '萨提巴尔迪'],
  'Nuralkhan Kusherov': ['库谢罗夫'],
  'Murat Aitenov': ['艾特诺夫'],
  'Gabit Syzdykbekov': ['瑟兹德克别科夫', '瑟兹德克贝科夫'],
  'Yermaganbet Bulekpayev': ['布列克巴耶夫'],
  'Kumar Aksakalov': ['阿克萨卡罗夫'],
  'Nurlybek Nalibayev': ['纳利拜耶夫'],
  'Zhenis Kassymbek': ['热尼斯·卡瑟姆别克', '卡瑟木别克'],
  'Yerbol Karashukeyev': ['卡拉舒凯耶夫'],
  'Asain Baikhanov': ['拜汗诺夫'],
  'Serik Shapkenov': ['沙普克诺夫'],
  'Nurlan Urankhayev': ['乌兰哈耶夫'],
  'Adilbek Zhaksybekov': ['贾克瑟别科夫', '贾克瑟贝科夫', '扎克瑟贝科夫'],
  // Ministers, deputy ministers, envoys and heads of state companies.
  'Bakhyt Sultanov': ['苏尔丹诺夫', '巴赫特·苏尔塔诺夫'],
  'Gabit Koishibayev': ['科伊舍巴耶夫', '科伊希巴耶夫', '加比特·科伊舍巴耶夫'],
  'Nurlan Zhakupov': ['扎库波夫'],
  'Meirzhan Yussupov': ['尤苏波夫'],
  'Daniyar Akishev': ['阿基舍夫'],
  'Galymzhan Pirmatov': ['皮尔马托夫'],
  'Kairat Kelimbetov': ['克林别托夫', '凯利姆别托夫'],
  'Aidos Ukibay': ['乌基拜'],
  'Murat Nurtleu': ['穆拉特·努尔特列乌'],
  'Olzhas Bektenov': ['奥尔扎斯·别克捷诺夫'],
  'Roman Sklyar': ['罗曼·斯克利亚尔'],
  'Serik Zhumangarin': ['谢里克·朱曼加林', '热曼加林'],
  'Alikhan Smailov': ['阿利汗·斯迈洛夫', '斯马伊洛夫'],
  'Yerzhan Ashikbayev': ['叶尔然·阿希克巴耶夫'],
  'Akylbek Kamaldinov': ['阿克尔别克·卡马尔季诺夫'],
  'Almasadam Satkaliyev': ['萨特卡利耶夫'],
  'Kanat Bozumbayev': ['博祖巴耶夫'],
  'Shakhrat Nuryshev': ['沙赫拉特·努雷舍夫', '努勒舍夫'],
  'Mukhtar Tileuberdi': ['特莱乌别尔季', '穆赫塔尔·特列乌别尔季'],
  'Kassym-Jomart Tokayev': [
    '哈斯穆-卓玛尔特·托卡耶夫',
    '卡瑟姆-若马尔特·托卡耶夫',
    '卡西姆-若马尔特·托卡耶夫',
  ],
};
