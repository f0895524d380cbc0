package com.weibao.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parsed-once engine answers exactly as Camunda's own FEEL engine, and parses each text once. */
class ParsedOnceFeelEngineTest {

    private final FeelEngine camunda = new ScalaFeelEngineFactory().createInstance();
    private final ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "\"FAULT\"                                 | FAULT",
            "\"FAULT\"                                 | COMPLAINT",
            "\"SYSTEM_DOWN\",\"PAYMENT_DOWN\"          | PAYMENT_DOWN",
            "\"SYSTEM_DOWN\",\"PAYMENT_DOWN\"          | PARTIAL_OUTAGE",
            "not(null)                                 | P1",
            "not(null)                                 | -",
            "null                                      | -",
            "not(\"CHANGE_REQUEST\")                   | FAULT",
            "< 10                                      | 3",
            "[1..5]                                    | 7",
            "? = upper case(\"fault\")                 | FAULT",
    })
    void unaryTestsAsCamunda(String tests, String input) {
        Object value = input != null && input.chars().allMatch(Character::isDigit) ? Integer.valueOf(input) : input;
        VariableContext variables = Variables.createVariables().putValue("input", value).asVariableContext();

        boolean expected = camunda.evaluateSimpleUnaryTests(tests, "input", variables);

        assertThat(parsedOnce.evaluateSimpleUnaryTests(tests, "input", variables)).isEqualTo(expected);
        assertThat(parsedOnce.evaluateSimpleUnaryTests(tests, "input", variables)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"P4\"",
            "reportedPriority",
            "impact",
            "count + 1",
            "date(\"2026-10-01\") + duration(\"P7D\")",
            "if impact = \"SYSTEM_DOWN\" then \"P1\" else \"P3\"",
            "unknownVariable",
    })
    void expressionsAsCamunda(String expression) {
        VariableContext variables = Variables.createVariables().putValue("reportedPriority", "P2")
                .putValue("impact", "SYSTEM_DOWN").putValue("count", 2).asVariableContext();

        Object expected = camunda.evaluateSimpleExpression(expression, variables);

        assertThat((Object) parsedOnce.evaluateSimpleExpression(expression, variables)).isEqualTo(expected);
        assertThat((Object) parsedOnce.evaluateSimpleExpression(expression, variables)).isEqualTo(expected);
    }

    @Test
    void aTextIsParsedOnceWhateverTheInput() {
        for (String impact : List.of("SYSTEM_DOWN", "PAYMENT_DOWN", "PARTIAL_OUTAGE", "NO_BUSINESS_IMPACT")) {
            parsedOnce.evaluateSimpleUnaryTests("\"SYSTEM_DOWN\",\"PAYMENT_DOWN\"", "impact",
                    Variables.createVariables().putValue("impact", impact).asVariableContext());
            parsedOnce.evaluateSimpleExpression("impact",
                    Variables.createVariables().putValue("impact", impact).asVariableContext());
        }

        assertThat(parsedOnce.cachedTexts()).isEqualTo(2);
        assertThat((Object) parsedOnce.evaluateSimpleExpression("date(\"2026-10-01\")",
                Variables.createVariables().asVariableContext())).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void textThatDoesNotParseFailsAsWithCamunda() {
        VariableContext variables = Variables.createVariables().putValue("input", "x").asVariableContext();

        assertThatThrownBy(() -> camunda.evaluateSimpleUnaryTests("\"open", "input", variables))
                .isInstanceOf(FeelException.class);
        String camundaMessage = catchMessage(() -> camunda.evaluateSimpleUnaryTests("\"open", "input", variables));

        assertThatThrownBy(() -> parsedOnce.evaluateSimpleUnaryTests("\"open", "input", variables))
                .isInstanceOf(FeelException.class).hasMessage(camundaMessage);
        assertThatThrownBy(() -> parsedOnce.evaluateSimpleExpression("1 +", variables))
                .isInstanceOf(FeelException.class)
                .hasMessage(catchMessage(() -> camunda.evaluateSimpleExpression("1 +", variables)));
        assertThat(parsedOnce.cachedTexts()).isZero();
    }

    @Test
    void evaluationFailureIsReportedAsWithCamunda() {
        VariableContext variables = Variables.createVariables().asVariableContext();
        String expression = "assert(1, 1 > 2)";

        assertThatThrownBy(() -> parsedOnce.evaluateSimpleExpression(expression, variables))
                .isInstanceOf(FeelException.class)
                .hasMessage(catchMessage(() -> camunda.evaluateSimpleExpression(expression, variables)));
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
        } catch (FeelException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a FeelException");
    }
}
