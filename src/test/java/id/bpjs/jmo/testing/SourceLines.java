package id.bpjs.jmo.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The code lines of the Java sources below a folder, for the scans that keep a rule in one place (a language fork, a
 * query string written by hand): every line that is not a comment line ({@code *}, {@code //}, {@code /*}), with its
 * file and number, except in the one file allowed to hold the thing scanned for.
 */
public final class SourceLines {

    /** One line of code: {@code file:number: text} when printed, the text stripped. */
    public record Line(Path file, int number, String text) {

        @Override
        public String toString() {
            return file + ":" + number + ": " + text;
        }
    }

    private SourceLines() {
    }

    /** The code lines of the {@code .java} files below {@code root} that match {@code wanted}, in file order. */
    public static List<Line> matching(Path root, Path allowed, Predicate<String> wanted) throws IOException {
        var found = new ArrayList<Line>();
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.endsWith(allowed)) {
                    continue;
                }
                var lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    var text = lines.get(i).strip();
                    if (!text.startsWith("*") && !text.startsWith("//") && !text.startsWith("/*")
                            && wanted.test(text)) {
                        found.add(new Line(file, i + 1, text));
                    }
                }
            }
        }
        return found;
    }
}
