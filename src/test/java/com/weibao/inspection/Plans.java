package com.weibao.inspection;

import com.weibao.contract.Contract;
import com.weibao.contract.Hospital;
import com.weibao.contract.Priority;
import com.weibao.contract.SystemKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Seed-like contracts and plans for tests, built in memory. */
public final class Plans {

    private Plans() {
    }

    public static Contract contract(String code, String hospital, LocalDate start, LocalDate end) {
        Contract contract = new Contract(code, new Hospital(hospital, "湛江中心人民医院"));
        contract.updateTerms("5G+急救中心智慧平台维保服务", start, end, "驻场", List.of("engineers"));
        contract.putSystem("emergency-platform", "5G+急救中心智慧平台", SystemKind.SOFTWARE);
        contract.putSystem("ambulance-kit", "救护车音视频套装", SystemKind.HARDWARE);
        return contract;
    }

    /** Seed 004's monthly inspection: day 5, 5 working days, clinical and IT sign. */
    public static InspectionPlan zhanjiangMonthly() {
        InspectionPlan plan = new InspectionPlan(contract("zhanjiang-5g-emergency", "zhanjiang",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), "monthly");
        plan.update("5G+急救平台月度现场巡检", InspectionFrequency.MONTHLY, 12, 5, 5, 2, 2,
                List.of(Department.CLINICAL, Department.IT), false, null, List.of());
        plan.replaceItems(List.of(
                new ChecklistItem("ZJ-01", "系统模块运行情况", "emergency-platform", "急救调度指挥模块运行正常",
                        ItemKind.PASS_FAIL, null, null, Priority.P2, null),
                new ChecklistItem("ZJ-07", "服务器与数据", "emergency-platform", "平台服务器磁盘使用率",
                        ItemKind.MEASURE, "%", new Threshold(ThresholdOperator.LT, new BigDecimal("85")), Priority.P3,
                        "df -h"),
                new ChecklistItem("ZJ-09", "现场沟通", null, "与院方维护人员沟通的问题及解决办法", ItemKind.TEXT, null,
                        null, Priority.P3, null),
                new ChecklistItem("ZJ-10", "现场沟通", "emergency-platform", "现场巡检照片（调度大厅或机房）",
                        ItemKind.ATTACHMENT, null, null, Priority.P3, null)));
        return plan;
    }

    /** Seed 001's quarterly inspection over a two-year contract: day 10, 10 working days, IT signs. */
    public static InspectionPlan eInvoiceQuarterly() {
        InspectionPlan plan = new InspectionPlan(contract("e-invoice", "renmin", LocalDate.of(2025, 7, 1),
                LocalDate.of(2027, 6, 30)), "quarterly");
        plan.update("电子票据系统季度巡检", InspectionFrequency.QUARTERLY, 4, 10, 10, 3, 3, List.of(Department.IT),
                false, null, List.of());
        plan.replaceItems(List.of(new ChecklistItem("ENV-05", "一、系统运行环境检查", null,
                "数据库电子票据系统用户表空间使用率", ItemKind.MEASURE, "%",
                new Threshold(ThresholdOperator.LT, new BigDecimal("90")), Priority.P3, null)));
        return plan;
    }

    /** Seed 002's four inspections at irregular dates, filled in with the user. */
    public static InspectionPlan queueCallAgreed() {
        InspectionPlan plan = new InspectionPlan(contract("queue-call", "zhongyi", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)), "agreed");
        plan.update("排队叫号系统不定期巡检", InspectionFrequency.AGREED_DATES, 4, 1, 5, 2, 3, List.of(Department.IT),
                true, null, List.of(LocalDate.of(2026, 6, 17), LocalDate.of(2026, 3, 18), LocalDate.of(2026, 9, 16),
                        LocalDate.of(2026, 12, 9)));
        plan.replaceItems(List.of(new ChecklistItem("QC-01", "服务器与数据库", null, "检查服务器端数据库冗余情况",
                ItemKind.PASS_FAIL, null, null, Priority.P2, null)));
        return plan;
    }
}
