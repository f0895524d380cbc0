package com.weibao.change;

import com.weibao.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data (weibao.demo.changes=true, the demo profile): seed 000's upgrade of Nanshan's report platform from
 * FineReport 10 to 11 as a normal change, waiting for the team lead's review; from there it can be clicked through
 * in Tasklist (lead → it-nanshan → engineer1). Created once.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "weibao.demo.changes", havingValue = "true")
class ChangeDemoData implements ApplicationRunner {

    static final String TITLE = "南山区报表平台 FineReport 10 升级到 11";
    private static final Logger log = LoggerFactory.getLogger(ChangeDemoData.class);

    private final ChangeService changes;
    private final ChangeRepository repository;

    ChangeDemoData(ChangeService changes, ChangeRepository repository) {
        this.changes = changes;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.existsByTitle(TITLE)) {
            return;
        }
        Change change = changes.create(new NewChange("nanshan-report", "report-platform", ChangeKind.NORMAL, TITLE,
                "FineReport 10.0", "FineReport 11.0",
                "合同约定的升级（种子 000 §1.7.4）：院方正式批准升级清单后实施，结果由院方确认",
                "升级期间报表与 FVS 大屏不可用；自定义插件与 11 的兼容性；模板迁移失败",
                "1. 全量备份 webroot、配置库与报表模板\n2. 测试环境先行升级并迁移模板\n3. 生产环境停服升级到 11.0\n"
                        + "4. 迁移模板与插件，重建定时调度\n5. 恢复服务",
                "1. 停服\n2. 恢复 10.0 的 webroot 与配置库备份\n3. 核对报表数量与定时调度\n4. 恢复服务并通知信息科",
                "院方信息科按升级清单核对十张常用报表、FVS 大屏与微信集成，确认数据一致",
                true, "engineer1", null), Caller.system("demo"));
        log.info("Demo change {} ({}) waits for the team lead's review", change.getReference(), TITLE);
    }
}
