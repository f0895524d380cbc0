package com.weibao.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a text before it becomes a knowledge article (PIPL art. 28: health-related data is
 * sensitive): e-mail addresses, patients' numbers behind their label (住院号, 门诊号, 病历号 …), 18-digit (and 15-digit)
 * ID-card numbers, mobile and landline numbers, names with a title (王护士, 李建国主任) or behind a label (患者张三).
 * What stays is what an engineer needs: the title (某护士), the label (住院号：[已脱敏]), the vendor's 400/800 hotline.
 * Plain, stateless, table-tested ({@code DeidentifierTest}).
 */
public final class Deidentifier {

    /** What was removed. */
    public enum Kind { EMAIL, PATIENT_NUMBER, ID_NUMBER, MOBILE, LANDLINE, NAME }

    public record Result(String text, Map<Kind, Integer> removed) {
        public int total() {
            return removed.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Common single and compound surnames (百家姓, the frequent ones); characters that are mostly words (于, 和) left out. */
    private static final String COMPOUND_SURNAMES = "欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            + "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
            + "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗"
            + "瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    /** Titles, longest first so 护士长 wins over 护士 and 主任医师 over 主任. */
    private static final String TITLES = "主任医师|副主任医师|主治医师|住院医师|护士长|副院长|院长|副主任|主任|护士|护师|医生|医师|大夫"
            + "|药师|技师|科长|处长|老师|教授|工程师|经理|总监|书记|师傅|先生|女士|小姐|同志|阿姨";
    /** Characters that do not occur in a given name here but do between a surname character and a title (高级工程师). */
    private static final String NOT_GIVEN = "级任治管班理科部室院的和与及位名个是在给被让请找问说等对向跟把将由于了也都还就又"
            + "副正总主值责护医药技处区台房楼层站库所口窗号床病诊室间厅心组队局司院";

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PATIENT_NUMBER = Pattern.compile(
            "(住院号|门诊号|病历号|病案号|就诊号|就诊卡号|诊疗卡号|医保卡号|社保卡号|患者ID|病人ID|患者编号|登记号|床号)"
                    + "(\\s*(?:为|是|[:：])?\\s*)([A-Za-z]{0,4}-?[0-9][A-Za-z0-9-]{1,29})");
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])(?:[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]"
                    + "|[1-9]\\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+|00)?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+|00)?86[- ]?)?(?:\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3})[- ]?[2-9]\\d{6,7}"
                    + "(?:\\s*(?:转|-|ext\\.?|分机)\\s*\\d{1,6})?(?![0-9])"
                    + "|(?<=电话|座机|固话|分机|致电|拨打|打|号码)(?:\\s*(?:是|为|[:：])?\\s*)[2-9]\\d{6,7}(?![0-9])");
    private static final Pattern NAME_WITH_TITLE = Pattern.compile(
            "(?:" + COMPOUND_SURNAMES + "|[" + SURNAMES + "])[\\p{IsHan}&&[^" + NOT_GIVEN + "]]{0,2}?(" + TITLES + ")");
    private static final Pattern LABELLED_NAME = Pattern.compile(
            "(患者|病人|病患|家属|联系人|报修人|申报人|姓名|用户|护士|医生|主任)(\\s*(?:为|是|[:：])?\\s*)"
                    + "(?:" + COMPOUND_SURNAMES + "|[" + SURNAMES + "])[\\p{IsHan}&&[^" + NOT_GIVEN + "]]{1,2}"
                    + "(?=$|[\\s，,。.；;：:、！!？?（(）)]|反映|说|称|表示|报告|来电|电话|手机|的|在|已|于|无法|不能|打)");

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.EMAIL, EMAIL, m -> "[邮箱已脱敏]"),
            new Rule(Kind.PATIENT_NUMBER, PATIENT_NUMBER, m -> m.group(1) + m.group(2) + "[已脱敏]"),
            new Rule(Kind.ID_NUMBER, ID_NUMBER, m -> "[身份证号已脱敏]"),
            new Rule(Kind.MOBILE, MOBILE, m -> "[手机号已脱敏]"),
            new Rule(Kind.LANDLINE, LANDLINE, m -> leadingSeparator(m.group()) + "[电话已脱敏]"),
            new Rule(Kind.NAME, LABELLED_NAME, m -> m.group(1) + m.group(2) + "某某"),
            new Rule(Kind.NAME, NAME_WITH_TITLE, m -> "某" + m.group(1)));

    private record Rule(Kind kind, Pattern pattern, Function<Matcher, String> replacement) {
    }

    private Deidentifier() {
    }

    /** The text without personal data, and how much of each kind was removed; {@code null} stays {@code null}. */
    public static Result deidentify(String text) {
        Map<Kind, Integer> removed = new EnumMap<>(Kind.class);
        if (text == null || text.isBlank()) {
            return new Result(text, removed);
        }
        String current = text;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(current);
            StringBuilder out = new StringBuilder();
            int count = 0;
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(rule.replacement().apply(m)));
                count++;
            }
            m.appendTail(out);
            if (count > 0) {
                removed.merge(rule.kind(), count, Integer::sum);
                current = out.toString();
            }
        }
        return new Result(current, removed);
    }

    /** The separator between 电话/座机 … and the number (电话：), which stays. */
    private static String leadingSeparator(String match) {
        int i = 0;
        while (i < match.length() && " 　是为:：".indexOf(match.charAt(i)) >= 0) {
            i++;
        }
        return match.substring(0, i);
    }
}
