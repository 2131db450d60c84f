package news.portal.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;

/**
 * What a JBake template gets as {@code data}: the YAML files of the data folder ({@code data.folder},
 * default {@code data}), read once by JBake's own YAML engine and looked up by their path in that folder,
 * as in {@code data.get("team.yaml").members}.
 */
public final class DataFiles {

    private final Map<String, Map<String, Object>> files;

    private DataFiles(Map<String, Map<String, Object>> files) {
        this.files = files;
    }

    /**
     * Reads every {@code .yaml} and {@code .yml} file below {@code folder}; none when it does not exist.
     * Links below it are followed: the caller has made sure they stay inside it
     * ({@code news.portal.content.FolderLinks}).
     */
    public static DataFiles read(Path folder, JBakeEngines engines) {
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return new DataFiles(files);
        }
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            List<Path> found = walk.filter(Files::isRegularFile).filter(DataFiles::isData).sorted().toList();
            for (Path file : found) {
                String extension = file.getFileName().toString().replaceFirst(".*\\.", "").toLowerCase(Locale.ROOT);
                DocumentModel model = Engines.get(extension).parse(engines.configuration(), file.toFile());
                Map<String, Object> fields = new LinkedHashMap<>();
                if (model != null) {
                    fields.putAll(model);
                }
                files.put(folder.relativize(file).toString().replace('\\', '/'), Collections.unmodifiableMap(fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data folder " + folder, e);
        }
        return new DataFiles(files);
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The data file at {@code ref} below the data folder, or an empty map when there is none (as in JBake). */
    public Map<String, Object> get(String ref) {
        return files.getOrDefault(ref, Map.of());
    }

    /** The paths of the data files read, for tests and {@code check}. */
    public List<String> names() {
        return List.copyOf(files.keySet());
    }
}
