package com.weibao.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weibao.contract.ContractImporter;
import com.weibao.contract.ContractService;
import com.weibao.contract.SlaClock;
import com.weibao.platform.identity.HospitalDirectory;
import com.weibao.platform.yaml.YamlFileException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The callback policy as data in the contract file: the seed contracts' policies, defaults, mistakes with their line. */
@DataJpaTest
@Import({ContractImporter.class, ContractService.class, CallbackTerms.class, ComplaintTerms.class,
        CallbackTermsTest.NoDirectory.class})
class CallbackTermsTest {

    private static final String FILE = """
            hospitals:
              - code: testhosp
                name: 测试医院
                contracts:
                  - code: test-contract
                    name: 测试合同
                    engineerGroups: [engineers]
                    systems:
                      - {code: app, name: 应用, kind: SOFTWARE}
                    faultLevels:
                      - {priority: P1, name: 一级故障, definition: 系统瘫痪}
                    serviceWindows:
                      - {name: office, days: WORKING_DAYS, hours: "09:00-17:00"}
                    callbacks: {share: 20, delay: {duration: PT4H, clock: BUSINESS_HOURS, window: office}, team: callbacks}
            """;

    @Autowired
    ContractImporter importer;
    @Autowired
    CallbackPolicyRepository policies;
    @Autowired
    ComplaintPolicyRepository complaintPolicies;

    /** The complaints key: Zhanjiang answers within one working day; a contract without it has no row (default). */
    @Test
    void complaintTerms_zhanjiangOneWorkingDay_othersTheDefault_mistakesWithTheirPath() {
        importer.importFrom(new ClassPathResource("demo/contracts.yaml"));
        assertThat(complaintPolicies.findById("zhanjiang-5g-emergency").orElseThrow().respondWithin())
                .isEqualTo(new TimeSpan("P1D", SlaClock.WORKING_DAYS, null));
        assertThat(complaintPolicies.findById("e-invoice")).isEmpty();

        importer.importFrom(file(FILE.replace("team: callbacks}", "team: callbacks}\n"
                + "        complaints: {respondWithin: {duration: PT8H, clock: BUSINESS_HOURS, window: office}}")));
        assertThat(complaintPolicies.findById("test-contract").orElseThrow().respondWithin())
                .isEqualTo(new TimeSpan("PT8H", SlaClock.BUSINESS_HOURS, "office"));
        assertThatThrownBy(() -> importer.importFrom(file(FILE.replace("team: callbacks}", "team: callbacks}\n"
                + "        complaints: {respondWithin: {duration: PT8H, clock: BUSINESS_HOURS, window: night}}"))))
                .isInstanceOfSatisfying(YamlFileException.class, e -> assertThat(e.path())
                        .isEqualTo("/hospitals/0/contracts/0/complaints/respondWithin/window"));
        importer.importFrom(file(FILE));
        assertThat(complaintPolicies.findById("test-contract")).as("the key removed: the default again").isEmpty();
    }

    @Test
    void theSeedContractsPolicies_zhanjiangEveryCase_eInvoiceAFifth_othersNone() {
        importer.importFrom(new ClassPathResource("demo/contracts.yaml"));

        CallbackPolicy zhanjiang = policies.findByContractCode("zhanjiang-5g-emergency").orElseThrow();
        assertThat(zhanjiang.getSharePercent()).isEqualTo(100);
        assertThat(zhanjiang.delay()).isEqualTo(new TimeSpan("P1D", SlaClock.WORKING_DAYS, null));
        assertThat(zhanjiang.getNoRepeatDays()).isZero();
        CallbackPolicy invoice = policies.findByContractCode("e-invoice").orElseThrow();
        assertThat(invoice.getSharePercent()).isEqualTo(20);
        assertThat(invoice.delay()).isEqualTo(new TimeSpan("PT4H", SlaClock.BUSINESS_HOURS, "weekday-day"));
        assertThat(invoice.getTeamGroup()).isEqualTo("callbacks");
        assertThat(invoice.getAttempts()).isEqualTo(3);
        assertThat(invoice.getNoRepeatDays()).isEqualTo(30);
        assertThat(invoice.followUp()).isEqualTo(new TimeSpan("P2D", SlaClock.WORKING_DAYS, null));
        assertThat(policies.findByContractCode("queue-call")).isEmpty();
    }

    @Test
    void defaults_andAContractThatDropsItsPolicyHasNone() {
        importer.importFrom(file(FILE));
        CallbackPolicy policy = policies.findByContractCode("test-contract").orElseThrow();
        assertThat(policy.getAttempts()).isEqualTo(3);
        assertThat(policy.spacingValue()).hasHours(2);
        assertThat(policy.getNoRepeatDays()).isZero();
        assertThat(policy.getSeed()).isEqualTo("test-contract".hashCode());

        importer.importFrom(file(FILE.replaceAll("(?m)^ *callbacks:.*\\n", "")));
        assertThat(policies.findByContractCode("test-contract")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            share over 100          | share: 20           | share: 150          | /callbacks/share        | 0 to 100
            no share                | share: 20,          | ''                  | /callbacks/share        | 0 to 100
            unknown window          | window: office      | window: night       | /callbacks/delay/window | serviceWindows
            not a duration          | duration: PT4H      | duration: soon      | /callbacks/delay/duration | not a duration
            next opening            | clock: BUSINESS_HOURS | clock: NEXT_OPENING | /callbacks/delay/clock | ELAPSED, BUSINESS_HOURS or WORKING_DAYS
            no team                 | team: callbacks     | team: ' '           | /callbacks/team         | group
            unknown key             | team: callbacks     | team: callbacks, rate: 5 | /callbacks         | rate
            """)
    void mistakesAreReportedWithTheirLine_andNothingIsStored(String what, String from, String to, String path,
                                                            String reason) {
        String text = FILE.replace(from, to);
        assertThatThrownBy(() -> importer.importFrom(file(text))).isInstanceOfSatisfying(YamlFileException.class, e -> {
            assertThat(e.line()).as(e.getMessage()).isEqualTo(14);
            assertThat(e.path()).startsWith("/hospitals/0/contracts/0" + path);
            assertThat(e.getMessage()).contains(reason);
        });
        assertThat(policies.findByContractCode("test-contract")).isEmpty();
    }

    private static ByteArrayResource file(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "contracts-under-test.yaml";
            }
        };
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class NoDirectory implements HospitalDirectory {
        @Override
        public void hospitalRegistered(String code, String name) {
        }

        /** The change module's releases key (release cadence) of the demo file, taken and ignored here. */
        @org.springframework.context.annotation.Bean
        com.weibao.contract.ContractSection releasesSection() {
            return new com.weibao.contract.ContractSection() {
                @Override
                public String key() {
                    return "releases";
                }

                @Override
                public void imported(com.weibao.contract.Contract contract,
                                     com.weibao.contract.ContractFileSection section) {
                }
            };
        }
    }
}
