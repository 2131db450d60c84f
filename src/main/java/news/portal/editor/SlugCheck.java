package news.portal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import news.portal.content.Document;
import news.portal.content.Reading;
import news.portal.problem.Problem;

/**
 * Documents that want the same address. The bake itself refuses every such clash, on the newer
 * document; the check makes each of those problems concern every document of the clash, so that
 * checking only the older file (or only a deleted one's neighbour) still reports it.
 */
final class SlugCheck {

    private final Map<String, Set<String>> clashingFiles = new HashMap<>();

    SlugCheck(Reading reading) {
        Map<String, List<Document>> claims = new LinkedHashMap<>();
        for (Document document : reading.documents()) {
            claims.computeIfAbsent(reading.wantedUri(document), u -> new ArrayList<>()).add(document);
        }
        claims.values().forEach(documents -> {
            if (documents.size() > 1) {
                Set<String> files = documents.stream().map(reading::shown).collect(Collectors.toSet());
                files.forEach(file -> clashingFiles.put(file, files));
            }
        });
    }

    /** The files a problem concerns: a {@code slug} problem of the bake concerns every document of its clash. */
    Set<String> filesOf(Problem problem) {
        if (problem.field().equals("slug") && clashingFiles.containsKey(problem.file())) {
            return clashingFiles.get(problem.file());
        }
        return Set.of(problem.file());
    }
}
