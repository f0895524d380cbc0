package com.weibao.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.knowledge.Deidentifier.Kind;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Realistic texts of the desk's cases, as written by reporters and engineers, and what is left after de-identification. */
class DeidentifierTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                // names with titles
                Arguments.of("门诊收费处王护士反映电子票据开具失败", "门诊收费处某护士反映电子票据开具失败", Map.of(Kind.NAME, 1)),
                Arguments.of("已电话通知信息科李主任，李主任同意远程接入", "已电话通知信息科某主任，某主任同意远程接入", Map.of(Kind.NAME, 2)),
                Arguments.of("张建国主任医师的叫号屏黑屏", "某主任医师的叫号屏黑屏", Map.of(Kind.NAME, 1)),
                Arguments.of("五病区刘护士长说打印机卡纸", "五病区某护士长说打印机卡纸", Map.of(Kind.NAME, 1)),
                Arguments.of("欧阳医生无法登录互联网医院", "某医生无法登录互联网医院", Map.of(Kind.NAME, 1)),
                Arguments.of("请高级工程师检查数据库表空间", "请高级工程师检查数据库表空间", Map.of()),
                Arguments.of("信息科主任要求今天修复", "信息科主任要求今天修复", Map.of()),
                Arguments.of("患者张三反映自助机无法打印发票", "患者某某反映自助机无法打印发票", Map.of(Kind.NAME, 1)),
                Arguments.of("联系人：陈小红，电话：021-64175590转8001", "联系人：某某，电话：[电话已脱敏]",
                        Map.of(Kind.NAME, 1, Kind.LANDLINE, 1)),
                // mobiles
                Arguments.of("回拨13812345678确认", "回拨[手机号已脱敏]确认", Map.of(Kind.MOBILE, 1)),
                Arguments.of("手机 138-1234-5678 或 +86 139 1234 5678", "手机 [手机号已脱敏] 或 [手机号已脱敏]", Map.of(Kind.MOBILE, 2)),
                // landlines
                Arguments.of("座机(0755)26553322无人接听", "座机[电话已脱敏]无人接听", Map.of(Kind.LANDLINE, 1)),
                Arguments.of("分机：86452，内线电话64175590", "分机：86452，内线电话[电话已脱敏]", Map.of(Kind.LANDLINE, 1)),
                Arguments.of("热线400-820-1234照常服务", "热线400-820-1234照常服务", Map.of()),
                // ID numbers
                Arguments.of("身份证号11010519491231002X的患者挂号失败", "身份证号[身份证号已脱敏]的患者挂号失败", Map.of(Kind.ID_NUMBER, 1)),
                Arguments.of("证件号440301199003077712，医保结算报错", "证件号[身份证号已脱敏]，医保结算报错", Map.of(Kind.ID_NUMBER, 1)),
                Arguments.of("订单号2024010112345678901不是身份证", "订单号2024010112345678901不是身份证", Map.of()),
                // e-mail
                Arguments.of("日志已发到 wang.li@renmin-hospital.cn 和 it_center@fuscc.org.cn",
                        "日志已发到 [邮箱已脱敏] 和 [邮箱已脱敏]", Map.of(Kind.EMAIL, 2)),
                // patient numbers
                Arguments.of("住院号：ZY20240312 的结算单打印空白", "住院号：[已脱敏] 的结算单打印空白", Map.of(Kind.PATIENT_NUMBER, 1)),
                Arguments.of("门诊号为0012345678，病历号 MR-778812", "门诊号为[已脱敏]，病历号 [已脱敏]", Map.of(Kind.PATIENT_NUMBER, 2)),
                // technical content stays
                Arguments.of("FineReport 11.0.3 升级后 10.2.1.15:8080 端口无响应，表空间使用率 92%",
                        "FineReport 11.0.3 升级后 10.2.1.15:8080 端口无响应，表空间使用率 92%", Map.of()),
                Arguments.of("错误码 E1001，2026-03-12 09:30 起出现", "错误码 E1001，2026-03-12 09:30 起出现", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void removesPersonalData(String text, String expected, Map<Kind, Integer> removed) {
        Deidentifier.Result result = Deidentifier.deidentify(text);
        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.removed()).containsExactlyInAnyOrderEntriesOf(removed);
    }

    @Test
    void aWholeCaseText() {
        String text = """
                2026年3月12日上午，门诊收费处王护士（手机13912345678）来电：患者李四（住院号：ZY20240312，\
                身份证号32010219850101123X）出院结算时电子票据开具失败。信息科赵主任邮箱 zhao@renmin.cn。""";
        Deidentifier.Result result = Deidentifier.deidentify(text);
        assertThat(result.text()).isEqualTo("""
                2026年3月12日上午，门诊收费处某护士（手机[手机号已脱敏]）来电：患者某某（住院号：[已脱敏]，\
                身份证号[身份证号已脱敏]）出院结算时电子票据开具失败。信息科某主任邮箱 [邮箱已脱敏]。""");
        assertThat(result.total()).isEqualTo(7);
        assertThat(result.text()).doesNotContain("王", "李四", "赵", "13912345678", "ZY20240312", "32010219850101123X");
    }

    @Test
    void nothingToRemove() {
        assertThat(Deidentifier.deidentify(null).text()).isNull();
        assertThat(Deidentifier.deidentify("").total()).isZero();
    }
}
