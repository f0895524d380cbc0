package com.weibao.platform.engine;

import camundajar.impl.scala.collection.immutable.Map$;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine, parsing each unary test and expression of a decision table once instead of on every
 * evaluation. Camunda 7's {@link ScalaFeelEngine} hands the text to feel-scala, which parses it anew each time
 * (camunda/feel-scala#1149): for the fault-level decision, evaluated for every new case, that parsing took 7–8 % of
 * the CPU of a case intake. Evaluation itself, the variables it sees and its errors are Camunda's own:
 * the same context is built as {@code ScalaFeelEngine} builds it, and text that does not parse is left to it, so
 * that it reports the failure as usual.
 */
final class ParsedOnceFeelEngine extends ScalaFeelEngine {

    /** Decision tables are deployed, not user input; the bound only guards against an unforeseen caller. */
    private static final int MAX_CACHED = 10_000;

    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();

    ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
    }

    /** For the DMN engine of this configuration, with the custom functions it is given. */
    static FeelEngineFactory factory(DefaultDmnEngineConfiguration dmn) {
        return () -> new ParsedOnceFeelEngine(dmn.getFeelCustomFunctionProviders());
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
        if (parsed == null) {
            return super.evaluateSimpleExpression(expression, variables);
        }
        @SuppressWarnings("unchecked")
        T value = (T) valueOf(feelEngine.eval(parsed, context(new ContextVariableWrapper(variables))));
        return value;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String tests, String inputName, VariableContext variables) {
        ParsedExpression parsed = parsed(unaryTests, tests, feelEngine::parseUnaryTests);
        if (parsed == null) {
            return super.evaluateSimpleUnaryTests(tests, inputName, variables);
        }
        VariableProvider input = new VariableProvider.StaticVariableProvider(
                Map$.MODULE$.<String, Object>empty().updated(INPUT_VARIABLE_NAME, inputName));
        VariableProvider all = new VariableProvider.CompositeVariableProvider(
                toScalaList(input, new ContextVariableWrapper(variables)));
        return BoxesRunTime.unboxToBoolean(valueOf(feelEngine.eval(parsed, context(all))));
    }

    int cachedTexts() {
        return unaryTests.size() + expressions.size();
    }

    /** The parsed form, from the cache or parsed now; null if the text does not parse. */
    private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String text,
                                           Function<String, Either<Failure, ParsedExpression>> parser) {
        ParsedExpression cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        Either<Failure, ParsedExpression> result = parser.apply(text);
        if (!(result instanceof Right<Failure, ParsedExpression> right)) {
            return null;
        }
        if (cache.size() < MAX_CACHED) {
            cache.put(text, right.value());
        }
        return right.value();
    }

    private static Object valueOf(Either<Failure, Object> result) {
        if (result instanceof Right<Failure, Object> right) {
            return right.value();
        }
        throw LOGGER.evaluationException(((Left<Failure, Object>) result).value().message());
    }

    private static CustomContext context(VariableProvider variables) {
        return new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return variables;
            }
        };
    }
}
