package com.weibao.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weibao.platform.identity.HospitalDirectory;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.NotFoundException;
import com.weibao.platform.yaml.YamlFileException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract file on a real database: the seed contracts as imported, a re-import, every kind of mistake an
 * administrator makes reported with its line and nothing stored, a feature's own section, and the lookups.
 */
@DataJpaTest
@Import({ContractImporter.class, ContractService.class, ContractImporterTest.Features.class,
        ContractImporterTest.CallbackSection.class, ContractImporterTest.ReleaseSection.class,
        ContractImporterTest.ComplaintSection.class})
class ContractImporterTest {

    /** A small valid contract file; the table below breaks one line of it at a time. */
    private static final String VALID = """
            hospitals:
              - code: testhosp
                name: 测试医院
                contracts:
                  - code: test-contract
                    name: 测试合同
                    start: 2026-01-01
                    end: 2026-12-31
                    engineerGroups: [engineers]
                    systems:
                      - {code: app, name: 应用, kind: SOFTWARE}
                    faultLevels:
                      - {priority: P1, name: 一级故障, definition: 系统瘫痪}
                    serviceWindows:
                      - {name: office, days: WORKING_DAYS, hours: "09:00-17:00"}
                    slaTargets:
                      - {code: P1-RESPONSE, kind: RESPONSE, priorities: [P1], duration: PT1H, clock: BUSINESS_HOURS, window: office, description: 一小时响应}
                    mail: {addresses: [it@testhosp.example], domains: [testhosp.example]}
                    quality: {rate: 20}
            """;

    @Autowired
    ContractImporter importer;
    @Autowired
    ContractService contracts;
    @Autowired
    ContractRepository contractRepository;
    @Autowired
    HospitalRepository hospitals;
    @Autowired
    Features features;

    @BeforeEach
    void forgetEarlierImports() {
        features.registered.clear();
        features.terms.clear();
    }

    @Test
    void importsTheSeedContractsWithTheirTerms() {
        assertThat(importer.importFrom(new ClassPathResource("demo/contracts.yaml"))).isEqualTo(5);

        assertThat(hospitals.findAll()).extracting(Hospital::getCode)
                .containsExactlyInAnyOrder("nanshan", "renmin", "zhongyi", "fuscc", "zhanjiang");
        assertThat(features.registered).containsExactly("nanshan", "renmin", "zhongyi", "fuscc", "zhanjiang");
        Contract einvoice = contracts.find("e-invoice").orElseThrow();
        assertThat(einvoice.getHospital().getCode()).isEqualTo("renmin");
        assertThat(einvoice.getSystems()).extracting(CoveredSystem::getCode)
                .containsExactly("einvoice-app", "einvoice-db", "einvoice-interface", "einvoice-server");
        assertThat(einvoice.faultLevel(Priority.P1)).get().extracting(FaultLevelDefinition::getName)
                .isEqualTo("一级故障");
        assertThat(einvoice.getDeskWindow()).isEqualTo("weekday-day");
        assertThat(einvoice.serviceWindow("weekday-day")).get().extracting(w -> w.window().intervals().toString())
                .isEqualTo("[09:00-18:00]");
        assertThat(einvoice.getSlaTargets()).extracting(SlaTargetDefinition::getCode)
                .contains("FAULT-RESPONSE", "FAULT-ONSITE");
        assertThat(einvoice.knowsMailAddress("it-renmin@renmin.example")).isTrue();
        assertThat(einvoice.knowsMailDomain("mail.renmin.example")).as("subdomains too").isTrue();
        assertThat(einvoice.isAlertSource("monitor@renmin.example")).isTrue();
        assertThat(einvoice.knowsMailAddress("monitor@renmin.example")).as("an alert source is a sender").isTrue();
        assertThat(einvoice.isAlertSource("it-renmin@renmin.example")).isFalse();
        assertThat(contracts.find("fuscc-internet-hospital").orElseThrow().getRepeatCount()).isEqualTo(3);
    }

    @Test
    void aReimportUpdatesWhatChangedAndKeepsSystemsThatCasesReferTo() {
        importer.importFrom(file(VALID));
        Long id = contracts.find("test-contract").orElseThrow().getId();

        importer.importFrom(file(VALID.replace("name: 测试合同", "name: 测试合同（续签）")
                .replace("{code: app, name: 应用, kind: SOFTWARE}", "{code: db, name: 数据库, kind: SOFTWARE}")));

        Contract renewed = contracts.find("test-contract").orElseThrow();
        assertThat(renewed.getId()).isEqualTo(id);
        assertThat(renewed.getName()).isEqualTo("测试合同（续签）");
        assertThat(renewed.getSystems()).extracting(CoveredSystem::getCode).containsExactly("app", "db");
        assertThat(contractRepository.count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hours that are no interval     | hours: "09:00-17:00"     | hours: "9-17"                  | 15 | /hospitals/0/contracts/0/serviceWindows/0/hours | '9-17' is not an interval like 09:00-17:30
            a window the contract lacks    | window: office           | window: night                  | 17 | /hospitals/0/contracts/0/slaTargets/0/window    | 'night' is not one of the contract's
            a duration that is no duration | duration: PT1H           | duration: one hour             | 17 | /hospitals/0/contracts/0/slaTargets/0/duration  | no valid ISO-8601 duration ('one hour')
            an unknown system kind         | kind: SOFTWARE           | kind: FIRMWARE                 | 11 | /hospitals/0/contracts/0/systems/0/kind         | 'FIRMWARE' is not one of SOFTWARE, HARDWARE
            an unknown key                 | end: 2026-12-31          | end: 2026-12-31\\n        colour: red | 9 | /hospitals/0/contracts/0/colour            | unknown key 'colour'
            an end before the start        | end: 2026-12-31          | end: 2025-12-31                | 8  | /hospitals/0/contracts/0/end                    | ends (2025-12-31) before it starts (2026-01-01)
            a level written twice          | definition: 系统瘫痪}     | definition: 系统瘫痪}\\n          - {priority: P1, name: 重复, definition: 重复} | 14 | /hospitals/0/contracts/0/faultLevels/1/priority | fault level P1 twice
            a code with capitals           | code: test-contract      | code: Test_Contract            | 5  | /hospitals/0/contracts/0/code                   | 'Test_Contract' is not a code
            no covered systems             | - {code: app, name: 应用, kind: SOFTWARE} | ''            | 10 | /hospitals/0/contracts/0/systems                | needs at least one entry
            a sender that is no address    | it@testhosp.example      | it-at-testhosp                 | 18 | /hospitals/0/contracts/0/mail/addresses/0       | 'it-at-testhosp' is not an e-mail address
            an alert source that is no address | domains: [testhosp.example] | domains: [testhosp.example], alerts: [zabbix] | 18 | /hospitals/0/contracts/0/mail/alerts/0 | 'zabbix' is not an e-mail address
            a feature's value out of range | rate: 20                 | rate: 150                      | 19 | /hospitals/0/contracts/0/quality/rate           | a share of 0 to 100 %
            a feature's value of a wrong type | rate: 20              | rate: lots                     | 19 | /hospitals/0/contracts/0/quality/rate           | Cannot deserialize value of type
            a missing name                 | name: 测试合同            | seed: "000"                    | 5  | /hospitals/0/contracts/0/name                   | required
            YAML that does not parse       | engineerGroups: [engineers] | engineerGroups: [engineers  | 10 | ''                                              | not valid YAML
            """)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aBadFileIsRefusedWithItsLineAndNothingOfItIsStored(String mistake, String valid, String broken, int line,
                                                            String path, String reason) {
        String text = VALID.replace(valid, broken.replace("\\n", "\n"));
        assertThat(text).as("the table's text must be in the file").isNotEqualTo(VALID);
        long hospitalsBefore = hospitals.count();

        assertThatThrownBy(() -> importer.importFrom(file(text))).isInstanceOfSatisfying(YamlFileException.class, e -> {
            assertThat(e.source()).isEqualTo("contracts-under-test.yaml");
            assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.getMessage()).startsWith("contracts-under-test.yaml line " + line).contains(reason);
        });
        assertThat(hospitals.count()).as("nothing stored").isEqualTo(hospitalsBefore);
        assertThat(contracts.find("test-contract")).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aMistakeInTheSecondHospitalRollsBackTheFirst() {
        String two = VALID + """
                  - code: second
                    name: 第二医院
                    contracts:
                      - code: second-contract
                        name: 第二份合同
                        engineerGroups: [engineers]
                        systems:
                          - {code: app, name: 应用, kind: SOFTWARE}
                        faultLevels:
                          - {priority: P9, name: 九级, definition: 不存在}
                """;

        assertThatThrownBy(() -> importer.importFrom(file(two))).isInstanceOfSatisfying(YamlFileException.class,
                e -> assertThat(e.line()).isEqualTo(29));
        assertThat(hospitals.findByCode("testhosp")).isEmpty();
    }

    @Test
    void aContractCannotMoveToAnotherHospital() {
        importer.importFrom(file(VALID));

        assertThatThrownBy(() -> importer.importFrom(file(VALID.replace("code: testhosp", "code: otherhosp"))))
                .isInstanceOf(YamlFileException.class)
                .hasMessageContaining("line 5").hasMessageContaining("belongs to hospital 'testhosp', not 'otherhosp'");
    }

    @Test
    void aFeatureReadsItsOwnSectionAndGetsNothingForContractsWithout() {
        importer.importFrom(file(VALID));
        importer.importFrom(file(VALID.replace("code: test-contract", "code: bare-contract")
                .replace("code: testhosp", "code: barehosp").replace("        quality: {rate: 20}\n", "")));

        assertThat(features.terms).containsEntry("test-contract", 20).containsEntry("bare-contract", null);
    }

    @Test
    void lookupsShowAHospitalItsOwnContractsOnly() {
        importer.importFrom(new ClassPathResource("demo/contracts.yaml"));
        // vendor staff are members of every hospital's tenant (CallerDirectory reads the memberships)
        Caller agent = new Caller("agent", Set.of("agents"),
                Set.of("nanshan", "renmin", "zhongyi", "fuscc", "zhanjiang"));
        Caller renmin = new Caller("it-renmin", Set.of("hospital-it-renmin"), Set.of("renmin"));

        assertThat(contracts.visibleContracts(agent)).hasSize(5);
        assertThat(contracts.visibleContracts(renmin)).extracting(Contract::getCode).containsExactly("e-invoice");
        assertThat(contracts.findVisible("e-invoice", renmin)).isPresent();
        assertThat(contracts.findVisible("queue-call", renmin)).as("another hospital's, as if it did not exist")
                .isEmpty();
        assertThatThrownBy(() -> contracts.visibleContract("queue-call", renmin))
                .isInstanceOf(NotFoundException.class).hasMessage("no contract 'queue-call'");
        assertThatThrownBy(() -> contracts.visibleContract("nope", agent))
                .isInstanceOf(NotFoundException.class).hasMessage("no contract 'nope'");
        assertThat(contracts.find("queue-call")).isPresent();
    }

    private static ByteArrayResource file(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "contracts-under-test.yaml";
            }
        };
    }

    /** Stand-ins for the engine's identity service and for a feature with its own contract section. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Features implements HospitalDirectory, ContractSection {

        final List<String> registered = new ArrayList<>();
        final Map<String, Integer> terms = new HashMap<>();

        @Override
        public void hospitalRegistered(String code, String name) {
            registered.add(code);
        }

        @Override
        public String key() {
            return "quality";
        }

        @Override
        public void imported(Contract contract, ContractFileSection section) {
            Integer rate = section.isPresent() ? section.as(QualityTerms.class).rate() : null;
            if (rate != null && (rate < 0 || rate > 100)) {
                throw new InvalidContractTerms("/rate", "a share of 0 to 100 %");
            }
            terms.put(contract.getCode(), rate);
        }

        record QualityTerms(Integer rate) {
        }
    }

    /** The quality module's own key of the demo file (callback policies), taken so the core entry binds strictly. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CallbackSection implements ContractSection {

        @Override
        public String key() {
            return "callbacks";
        }

        @Override
        public void imported(Contract contract, ContractFileSection section) {
        }
    }

    /** The quality module's complaints key of the demo file (response deadline), taken so the entry binds strictly. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ComplaintSection implements ContractSection {

        @Override
        public String key() {
            return "complaints";
        }

        @Override
        public void imported(Contract contract, ContractFileSection section) {
        }
    }

    /** The change module's own key of the demo file (release cadence), taken so the core entry binds strictly. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ReleaseSection implements ContractSection {

        @Override
        public String key() {
            return "releases";
        }

        @Override
        public void imported(Contract contract, ContractFileSection section) {
        }
    }
}
