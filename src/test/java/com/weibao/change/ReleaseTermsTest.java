package com.weibao.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weibao.contract.ContractImporter;
import com.weibao.contract.ContractService;
import com.weibao.platform.identity.HospitalDirectory;
import com.weibao.platform.yaml.YamlFileException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The release cadence as data in the contract file: FUSCC's weekly (at the latest two-weekly) release, mistakes. */
@DataJpaTest
@Import({ContractImporter.class, ContractService.class, ReleaseTerms.class, ReleaseTermsTest.NoDirectory.class})
class ReleaseTermsTest {

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
                      - {priority: P3, name: 三级故障, definition: 偶发报错}
                    releases: {every: P1W, atLatest: P14D}
            """;

    @Autowired
    ContractImporter importer;
    @Autowired
    ReleaseCadenceRepository cadences;

    @Test
    void fusccReleasesEveryWeekAtTheLatestEveryTwoWeeks_othersHaveNoCadence() {
        importer.importFrom(new ClassPathResource("demo/contracts.yaml"));
        ReleaseCadence fuscc = cadences.findByContractCode("fuscc-internet-hospital").orElseThrow();
        assertThat(fuscc.getEvery()).isEqualTo(Period.ofDays(7));
        assertThat(fuscc.getAtLatest()).isEqualTo(Period.ofDays(14));
        assertThat(cadences.findByContractCode("nanshan-report")).isEmpty();
    }

    @Test
    void aContractThatDropsItsCadenceHasNone() {
        importer.importFrom(file(FILE));
        assertThat(cadences.findByContractCode("test-contract").orElseThrow().getAtLatest()).isEqualTo(Period.ofDays(14));
        importer.importFrom(file(FILE.replaceAll("(?m)^ *releases:.*\\n", "")));
        assertThat(cadences.findByContractCode("test-contract")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a period            | every: P1W          | every: weekly       | /releases/every    | not a period
            months                  | every: P1W          | every: P1M          | /releases/every    | weeks or days
            no at-latest            | , atLatest: P14D    | ''                  | /releases/atLatest | required
            at-latest shorter       | atLatest: P14D      | atLatest: P3D       | /releases/atLatest | must not be shorter
            unknown key             | atLatest: P14D      | atLatest: P14D, day: FRIDAY | /releases  | day
            """)
    void mistakesAreReportedWithTheirLine_andNothingIsStored(String what, String from, String to, String path,
                                                            String reason) {
        String text = FILE.replace(from, to);
        assertThatThrownBy(() -> importer.importFrom(file(text))).isInstanceOfSatisfying(YamlFileException.class, e -> {
            assertThat(e.line()).as(e.getMessage()).isEqualTo(12);
            assertThat(e.path()).startsWith("/hospitals/0/contracts/0" + path);
            assertThat(e.getMessage()).contains(reason);
        });
        assertThat(cadences.findByContractCode("test-contract")).isEmpty();
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

        /** The quality module's callbacks key (callback policies) of the demo file, taken and ignored here. */
        @org.springframework.context.annotation.Bean
        com.weibao.contract.ContractSection callbacksSection() {
            return new com.weibao.contract.ContractSection() {
                @Override
                public String key() {
                    return "callbacks";
                }

                @Override
                public void imported(com.weibao.contract.Contract contract,
                                     com.weibao.contract.ContractFileSection section) {
                }
            };
        }

        /** The quality module's complaints key (response deadline) of the demo file, taken and ignored here. */
        @org.springframework.context.annotation.Bean
        com.weibao.contract.ContractSection complaintsSection() {
            return new com.weibao.contract.ContractSection() {
                @Override
                public String key() {
                    return "complaints";
                }

                @Override
                public void imported(com.weibao.contract.Contract contract,
                                     com.weibao.contract.ContractFileSection section) {
                }
            };
        }
    }
}
