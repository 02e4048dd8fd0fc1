package dev.nestql.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the README and the {@code docs/} pages leads somewhere: the file exists,
 * and the anchor is a heading of it (GitHub's rule: lower case, punctuation dropped, spaces as
 * hyphens). The README stays short enough to read in five minutes.
 */
class DocsLinksTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."), "..").normalize();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    @Test
    void everyRelativeLinkLeadsToAFileAndHeading() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            String text = withoutCode(Files.readString(page, StandardCharsets.UTF_8));
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // http:, https:, mailto:
                }
                int hash = target.indexOf('#');
                Path file = hash == 0 ? page : page.getParent().resolve(hash < 0 ? target : target.substring(0, hash));
                if (!Files.exists(file)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
                } else if (hash >= 0 && file.toString().endsWith(".md")
                        && !anchors(Files.readString(file, StandardCharsets.UTF_8)).contains(target.substring(hash + 1))) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theReadmeIsAFiveMinuteRead() throws IOException {
        long size = Files.size(ROOT.resolve("README.md"));
        assertEquals(true, size <= 15_000, "README.md is " + size + " bytes; move details into docs/");
    }

    private static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        for (String line : withoutCode(markdown).split("\n")) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
                StringBuilder anchor = new StringBuilder();
                for (char c : heading.toCharArray()) {
                    if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                        anchor.append(c);
                    } else if (c == ' ') {
                        anchor.append('-');
                    }
                }
                anchors.add(anchor.toString());
            }
        }
        return anchors;
    }

    /** The text without fenced code blocks, whose brackets and hashes are not links or headings. */
    private static String withoutCode(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }
}
