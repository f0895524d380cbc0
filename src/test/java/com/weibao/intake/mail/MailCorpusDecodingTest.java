package com.weibao.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What Weibao's parser reads from each mail of the shared corpus ({@code ../shared/mail-corpus}, or
 * {@code -Dweibao.mail-corpus=<folder>}): sender and subject, or why it cannot read it, one line per mail in
 * {@code target/corpus-decoded.tsv}, for comparison with a reference decoding (Python's {@code email} package,
 * see docs/intake.md). Tagged "corpus": {@code ./mvnw test -Dtest=MailCorpusDecodingTest -Dit.excludedGroups=none}.
 */
@Tag("corpus")
class MailCorpusDecodingTest {

    @Test
    void readsEveryMailOfTheCorpus() throws IOException {
        Path folder = Path.of(System.getProperty("weibao.mail-corpus", "../shared/mail-corpus"));
        assertThat(folder).isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".eml")).sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
        List<String> lines = new ArrayList<>();
        int unreadable = 0;
        for (Path file : files) {
            byte[] raw = Files.readAllBytes(file);
            String name = folder.relativize(file).toString();
            try {
                ParsedMail mail = MailParser.parse(raw);
                lines.add(String.join("\t", name, "OK", clean(mail.fromAddress()), clean(mail.subject()),
                        String.valueOf(mail.text().length()), mail.isReport() ? "report" : ""));
            } catch (UnreadableMailException e) {
                unreadable++;
                lines.add(String.join("\t", name, "UNREADABLE", clean(e.getMessage())));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/corpus-decoded.tsv"), lines, StandardCharsets.UTF_8);
        System.out.println("corpus decoding: " + files.size() + " mails, " + unreadable + " unreadable");
        assertThat(lines).hasSize(files.size());
    }

    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ");
    }
}
