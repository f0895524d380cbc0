package com.weibao.platform.yaml;

/** A YAML file that cannot be taken as it is: which file, which line, which path, and why. */
public class YamlFileException extends IllegalArgumentException {

    private final String source;
    private final int line;
    private final String path;
    private final String reason;

    public YamlFileException(String source, int line, String path, String reason) {
        super(source + (line > 0 ? " line " + line : "") + (path.isEmpty() ? "" : " (" + path + ")") + ": " + reason);
        this.source = source;
        this.line = line;
        this.path = path;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
