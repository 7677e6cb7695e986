package cn.fazhi.reporting.extraction;

/** Traditional → simplified characters, one for one (so offsets into the normalised text are offsets into the original). */
final class ChineseScript {

    private static final String TRADITIONAL = "來倉個傳價億優兒內兩冊別則創劃動務勞勵匱區協參員問單嚴國圍執堅報場塊墻壓學實寧審將專對導屆層師帶幫庫廠廣強從復徹態慶憲應懲掃揮撐據擴數斷時會東條業極構標樹機橫檢檻欄權氣決沒況減測準溝溫濟為無煙熱營爭牽狀獲現環產當發監盤眾確碼積穩節簡籌糾紅納純級紛細終組結絡統經綜維綱網緊線縣縮縱總織繞繼續罰義習聯職聽臺與舉萬蓋藝處見規視覺觀計討訓記訪設許訴評詢試話詳認說課調請論諾謀證識議變讓豐負貫責貴資質賬踐較載輕輝輪輸轄轉辦農過達適遼邁還邊鄉醫錄錦鎮門開間關隊階際險隱難電頂項須預頒頓領頭題額類顧風飲養駐體點黨齊進運遠這選們餘嗎麼樣書歲筆雙戶劑幣錢圓張畝噸檔號鬥漢灣壞歷歸衛護衝傷災親隨儀術獎紀綠頁圖華團園訊軟後裡裏於並麵幾範屬彙匯觸勢擔擬損費貸財貨購買賣銀鐵錯鍵長陽陰陳雜離雲靜響頻顯飛馬駕驗髮鬧魚鳥麥黃齡龍龜樓殘滿漸潔澤濕燈爲犧獨猶畫異療盡碩禮禍稅種窮競築糧約練緒編繫纖罷聖聞腦脅興艱藥蘭蟲補裝覽訂誌語誤談諮謝讀貢貧賠賦趨跡輔辭連週違遞遺郵鄰釋針鏈閱闆陸隸雞願顏飯館驅鬆齒啟壇寬廳廢懷戰斃暢歡淨滅獄瑣盜禦稱穀緝膽衆複覈託訟詐詞該誘諸謂貪賄賭辯釐鑒闢隻雖頃顆驛鬱齣壽妝劍勸啓嘯嚇囑壩墾奮婦嬰孫宮寫尋屍嶺帳幹廬弒彈徵憶懸戲擁擊攜斂暫曆曉棄榮槍殺氾漁潛濱瀏煩燒爺牆瑤癥皺礎穫筍籃紳絕綫緩繩績罈羅聲膚舊莊蔣薦螢衞詩誠諧譯貼賽贊趕躍軍輯遷鄭醬鈔鋼錶鎖閃闊陣霧韓颱餵饑騎驟髒鹽麗";
    private static final String SIMPLIFIED = "来仓个传价亿优儿内两册别则创划动务劳励匮区协参员问单严国围执坚报场块墙压学实宁审将专对导届层师带帮库厂广强从复彻态庆宪应惩扫挥撑据扩数断时会东条业极构标树机横检槛栏权气决没况减测准沟温济为无烟热营争牵状获现环产当发监盘众确码积稳节简筹纠红纳纯级纷细终组结络统经综维纲网紧线县缩纵总织绕继续罚义习联职听台与举万盖艺处见规视觉观计讨训记访设许诉评询试话详认说课调请论诺谋证识议变让丰负贯责贵资质账践较载轻辉轮输辖转办农过达适辽迈还边乡医录锦镇门开间关队阶际险隐难电顶项须预颁顿领头题额类顾风饮养驻体点党齐进运远这选们余吗么样书岁笔双户剂币钱圆张亩吨档号斗汉湾坏历归卫护冲伤灾亲随仪术奖纪绿页图华团园讯软后里里于并面几范属汇汇触势担拟损费贷财货购买卖银铁错键长阳阴陈杂离云静响频显飞马驾验发闹鱼鸟麦黄龄龙龟楼残满渐洁泽湿灯为牲独犹画异疗尽硕礼祸税种穷竞筑粮约练绪编系纤罢圣闻脑胁兴艰药兰虫补装览订志语误谈咨谢读贡贫赔赋趋迹辅辞连周违递遗邮邻释针链阅板陆隶鸡愿颜饭馆驱松齿启坛宽厅废怀战毙畅欢净灭狱琐盗御称谷缉胆众复核托讼诈词该诱诸谓贪贿赌辩厘鉴辟只虽顷颗驿郁出寿妆剑劝启啸吓嘱坝垦奋妇婴孙宫写寻尸岭帐干庐弑弹征忆悬戏拥击携敛暂历晓弃荣枪杀泛渔潜滨浏烦烧爷墙瑶症皱础获笋篮绅绝线缓绳绩坛罗声肤旧庄蒋荐萤卫诗诚谐译贴赛赞赶跃军辑迁郑酱钞钢表锁闪阔阵雾韩台喂饥骑骤脏盐丽";
    private static final char[] MAP = new char[0x10000];

    static {
        for (int i = 0; i < MAP.length; i++) {
            MAP[i] = (char) i;
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            MAP[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
        // full-width digits and signs read as ASCII
        for (char c = '０'; c <= '９'; c++) {
            MAP[c] = (char) ('0' + (c - '０'));
        }
        MAP['％'] = '%';
        MAP['．'] = '.';
    }

    private ChineseScript() {
    }

    /** The same text with traditional characters and full-width digits replaced, character for character. */
    static String normalise(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = MAP[text.charAt(i)];
        }
        return new String(out);
    }

    /** Whether the text has traditional characters (more than a few: a name may have one). */
    static boolean isTraditional(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MAP[c] != c && c > 0x3000 && c != '％' && (c < '０' || c > '９')) {
                n++;
            }
        }
        return n > 5;
    }
}
