package com.weibao.platform.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlDocumentTest {

    private static final String TEXT = """
            # a comment
            plans:
              - code: a
                items:
                  - {name: 磁盘, limit: 90}
                  - name: 日志
                    limit: 80
            """;

    private final YamlDocument document = YamlDocument.parse("plans.yaml", TEXT.getBytes(StandardCharsets.UTF_8));

    @Test
    void knowsTheLineOfEveryNodeInBlockAndFlowStyle() {
        assertThat(document.lineOf(JsonPointer.compile("/plans"))).isEqualTo(2);
        assertThat(document.lineOf(JsonPointer.compile("/plans/0"))).isEqualTo(3);
        assertThat(document.lineOf(JsonPointer.compile("/plans/0/items/0/limit"))).isEqualTo(5);
        assertThat(document.lineOf(JsonPointer.compile("/plans/0/items/1"))).isEqualTo(6);
        assertThat(document.lineOf(JsonPointer.compile("/plans/0/items/1/limit"))).isEqualTo(7);
        assertThat(document.lineOf(JsonPointer.compile("/plans/0/items/1/missing"))).as("nearest ancestor")
                .isEqualTo(6);
    }

    @Test
    void bindingErrorsNameTheirPlace() {
        assertThatThrownBy(() -> document.bind(JsonPointer.compile("/plans/0"), document.root().at("/plans/0"),
                Plan.class)).isInstanceOfSatisfying(YamlFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.path()).isEqualTo("/plans/0/items/0/limit");
                    assertThat(e.getMessage()).startsWith("plans.yaml line 5 (/plans/0/items/0/limit): ");
                });
    }

    @Test
    void yamlThatDoesNotParseIsReportedWithItsLine() {
        assertThatThrownBy(() -> YamlDocument.parse("bad.yaml", "a: [1, 2\nb: 3\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(YamlFileException.class, e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.getMessage()).startsWith("bad.yaml line ").contains("not valid YAML");
                });
    }

    record Plan(String code, List<Item> items) {
    }

    /** A limit that is a unit, so that 90 is refused. */
    record Item(String name, Unit limit) {
    }

    enum Unit {
        PERCENT
    }
}
