package com.weibao.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Weibao's Chinese texts for Camunda's Tasklist, Cockpit, Admin and Welcome pages ({@code locales/zh.json}) cover
 * exactly the keys of the English texts shipped in the Camunda webjar in use, each translated, with its placeholders
 * and markup kept; each page's configuration offers Chinese first and English, and only locales that exist.
 */
class CamundaWebappLocalesTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** English texts that read the same in Chinese: product and file format names, identifiers, symbols. */
    private static final Set<String> SAME_IN_CHINESE = Set.of("Camunda", "Optimize", "ID", "ID*", "CSV", "JSON",
            "<null>", "<undefined>", "<", "<=", ">", ">=", "YYYY-MM-DDTHH:mm:ss");
    /** The English plural ending Cockpit appends to a noun ("instance" + "s"); Chinese nouns have none. */
    private static final Set<String> EMPTY_IN_CHINESE = Set.of("s");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|\\{}");
    private static final Pattern MARKUP = Pattern.compile("</?(a|b|br|code|em|i|p|span|strong)\\b[^>]*>");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern AVAILABLE_LOCALES = Pattern.compile("availableLocales:\\s*\\[([^]]*)]");
    private static final Pattern FALLBACK_LOCALE = Pattern.compile("fallbackLocale:\\s*('[^']*')");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseHasEveryKeyOfTheShippedEnglishAndNoOther(String app) {
        Set<String> english = keys(webjarLocale(app, "en").get("labels"));
        Set<String> chinese = keys(weibaoLocale(app, "zh").get("labels"));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(difference(english, chinese)).as(app + ": keys of the webjar's en.json missing in zh.json")
                .isEmpty();
        softly.assertThat(difference(chinese, english)).as(app + ": keys in zh.json the webjar's en.json does not have")
                .isEmpty();
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyTextIsTranslatedWithItsPlaceholdersAndMarkup(String app) {
        JsonNode english = webjarLocale(app, "en").get("labels");
        JsonNode chinese = weibaoLocale(app, "zh").get("labels");

        List<String> problems = new ArrayList<>();
        english.properties().forEach(label -> {
            String key = label.getKey();
            String en = label.getValue().asText();
            if (!chinese.has(key)) {
                return; // reported by the key test
            }
            String zh = chinese.get(key).asText();
            if (zh.isBlank() && !en.isBlank() && !EMPTY_IN_CHINESE.contains(en)) {
                problems.add(key + " is empty");
            } else if (zh.equals(en) && !en.isBlank() && !SAME_IN_CHINESE.contains(en)) {
                problems.add(key + " is still English: " + en);
            }
            if (!all(PLACEHOLDER, en).equals(all(PLACEHOLDER, zh))) {
                problems.add(key + " has placeholders " + all(PLACEHOLDER, zh) + " instead of " + all(PLACEHOLDER, en));
            }
            if (!all(MARKUP, en).equals(all(MARKUP, zh))) {
                problems.add(key + " has markup " + all(MARKUP, zh) + " instead of " + all(MARKUP, en));
            }
        });
        assertThat(problems).as(app + ": zh.json texts").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreChinese(String app) {
        JsonNode english = webjarLocale(app, "en").get("dateLocales");
        JsonNode chinese = weibaoLocale(app, "zh").get("dateLocales");

        assertThat(chinese).as(app + ": zh.json dateLocales").isNotNull();
        assertThat(shape(chinese, "")).as(app + ": fields of zh.json dateLocales").isEqualTo(shape(english, ""));
        for (String names : List.of("months", "monthsShort", "weekdays", "weekdaysShort", "weekdaysMin")) {
            chinese.get(names).forEach(name -> assertThat(name.asText()).as(app + " " + names).containsPattern(CJK));
        }
        assertThat(chinese.at("/longDateFormat/L").asText()).isEqualTo("YYYY-MM-DD");
        assertThat(chinese.at("/longDateFormat/LLL").asText()).isEqualTo("YYYY-MM-DD HH:mm");
        chinese.get("relativeTime").properties().forEach(unit -> assertThat(all(Pattern.compile("%[sd]"),
                unit.getValue().asText())).as(app + " relativeTime." + unit.getKey())
                .isEqualTo(all(Pattern.compile("%[sd]"), english.get("relativeTime").get(unit.getKey()).asText())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configurationOffersChineseFirstAndEnglishAndOnlyLocalesThatExist(String app) {
        String config = weibaoText(APP + app + "/scripts/config.js");

        List<String> available = declared(AVAILABLE_LOCALES, config);
        assertThat(available).as(app + ": availableLocales in config.js").containsExactly("zh", "en");
        assertThat(declared(FALLBACK_LOCALE, config)).as(app + ": fallbackLocale in config.js").containsExactly("en");
        for (String locale : available) {
            assertThat(resources(APP + app + "/locales/" + locale + ".json"))
                    .as(app + ": a locale file for the declared locale " + locale).isNotEmpty();
        }
    }

    private static JsonNode webjarLocale(String app, String locale) {
        URL shipped = resources(APP + app + "/locales/" + locale + ".json").stream()
                .filter(url -> url.toString().contains(WEBJAR)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + locale + ".json for " + app + " in " + WEBJAR));
        return read(shipped);
    }

    private static JsonNode weibaoLocale(String app, String locale) {
        URL ours = resources(APP + app + "/locales/" + locale + ".json").stream()
                .filter(url -> !url.toString().contains(WEBJAR)).findFirst()
                .orElseThrow(() -> new AssertionError("Weibao has no " + locale + ".json for " + app));
        return read(ours);
    }

    private static String weibaoText(String path) {
        URL ours = resources(path).stream().filter(url -> !url.toString().contains(WEBJAR)).findFirst()
                .orElseThrow(() -> new AssertionError("Weibao has no " + path));
        try (InputStream in = ours.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + ours, e);
        }
    }

    private static List<URL> resources(String path) {
        try {
            return Collections.list(CamundaWebappLocalesTest.class.getClassLoader().getResources(path));
        } catch (IOException e) {
            throw new AssertionError("cannot list " + path, e);
        }
    }

    private static JsonNode read(URL url) {
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in); // Jackson skips the byte order mark the webjar's files start with
        } catch (IOException e) {
            throw new AssertionError("cannot read " + url, e);
        }
    }

    private static Set<String> keys(JsonNode labels) {
        Set<String> keys = new TreeSet<>();
        labels.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> difference(Set<String> all, Set<String> without) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(without);
        return rest;
    }

    /** The matches of a pattern in a text, sorted, spaces normalised: {{ name }} and {{name}} are the same. */
    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s+", " ").replaceAll("\\{\\{ ", "{{").replaceAll(" }}", "}}"));
        }
        Collections.sort(found);
        return found;
    }

    /** Each field's path and JSON type, each array's length: the structure without the texts. */
    private static Set<String> shape(JsonNode node, String path) {
        Set<String> shape = new TreeSet<>();
        shape.add(path + ":" + node.getNodeType() + (node.isArray() ? "[" + node.size() + "]" : ""));
        if (node.isObject()) {
            node.properties().forEach(field -> shape.addAll(shape(field.getValue(), path + "/" + field.getKey())));
        }
        return shape;
    }

    private static List<String> declared(Pattern setting, String config) {
        Matcher matcher = setting.matcher(config);
        assertThat(matcher.find()).as("config.js sets " + setting.pattern()).isTrue();
        List<String> names = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(matcher.group(1));
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return names;
    }
}
