/**
 * Traditional Chinese characters → simplified (data only): the ones the zh pack's words, the gazetteer's names
 * and news prose about the two countries use. Hong Kong, Taiwan and overseas outlets write traditional script;
 * folding it first lets one simplified pack read both. Two strings of equal length, character by character.
 */
export const TRADITIONAL =
  '薩總統華國會見談訪問駐東長議協簽聯聲經濟貿資億與電話習爾蘇圖納兩關係們對發時間當這並為於將區勢亂擊邊權歷讓進達實現務領導戰夥雙屆員書記錄報際贊揚歡熱誠興溝鐵運輸氣礦產業銀醫學術個項萬幣額蓋處館場開儀禮賓參團隊親視頻連網絡傳觀點說認強調請轉賀陣線組織約備劃綱紀週內規則體機構專門應獨宮亞歐羅烏茲別庫韓臺灣島鄉縣鎮託楊潔剛馬趙樂滬寧鄭柵濤劉鍾張陳黃吳孫葉鄧蕭謝馮許錢閻龍寶賈顧歲稱舉辦裡後從來過還麼嗎給頭題層緊夠節範圍數據單價買賣貨車號鐘兒準證確農糧麥環護綠態災難贈啟動築設計廠礎穩續繼擴優潛頒獎勳榮譽論壇覽臨';
/** The simplified form of each character of TRADITIONAL, at the same position. */
export const SIMPLIFIED =
  '萨总统华国会见谈访问驻东长议协签联声经济贸资亿与电话习尔苏图纳两关系们对发时间当这并为于将区势乱击边权历让进达实现务领导战伙双届员书记录报际赞扬欢热诚兴沟铁运输气矿产业银医学术个项万币额盖处馆场开仪礼宾参团队亲视频连网络传观点说认强调请转贺阵线组织约备划纲纪周内规则体机构专门应独宫亚欧罗乌兹别库韩台湾岛乡县镇托杨洁刚马赵乐沪宁郑栅涛刘钟张陈黄吴孙叶邓萧谢冯许钱阎龙宝贾顾岁称举办里后从来过还么吗给头题层紧够节范围数据单价买卖货车号钟儿准证确农粮麦环护绿态灾难赠启动筑设计厂础稳续继扩优潜颁奖勋荣誉论坛览临';
