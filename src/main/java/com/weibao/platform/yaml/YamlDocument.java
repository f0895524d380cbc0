package com.weibao.platform.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;

/**
 * A YAML file an administrator writes (contracts, inspection plans), read as a tree that remembers the line of
 * every node, so that whatever is wrong with it is reported with the file, the line and the path.
 */
public final class YamlDocument {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper BINDER = new ObjectMapper(YAML).registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final String source;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(String source, JsonNode root, Map<String, Integer> lines) {
        this.source = source;
        this.root = root;
        this.lines = lines;
    }

    public static YamlDocument read(Resource resource) {
        String source = resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
        return parse(source, bytes);
    }

    public static YamlDocument parse(String source, byte[] bytes) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
            JsonNode root = BINDER.readTree(bytes);
            return new YamlDocument(source, root == null ? BINDER.nullNode() : root, lines);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new YamlFileException(source, line, "", "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The line a node starts on; for a path the file does not have, the line of its nearest ancestor. */
    public int lineOf(JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null; p = p.head()) {
            Integer line = lines.get(p.toString());
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /** What is wrong at this place of the file. */
    public YamlFileException error(JsonPointer at, String message) {
        return new YamlFileException(source, lineOf(at), at.toString(), message);
    }

    /**
     * The node at this place as the given type; a wrong type, an unknown key or a value that is not one of an
     * enum's names is reported where it stands.
     */
    public <T> T bind(JsonPointer at, JsonNode node, Class<T> type) {
        try {
            return BINDER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            JsonPointer where = at;
            for (JsonMappingException.Reference reference : e.getPath()) {
                where = reference.getFieldName() != null ? where.appendProperty(reference.getFieldName())
                        : where.appendIndex(reference.getIndex());
            }
            throw error(where, describe(e));
        } catch (JsonProcessingException e) {
            throw error(at, e.getOriginalMessage());
        }
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "'" + invalid.getValue() + "' is not one of " + Arrays.stream(invalid.getTargetType()
                    .getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return e.getOriginalMessage();
    }
}
