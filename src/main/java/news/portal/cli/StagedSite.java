package news.portal.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import news.portal.config.SiteConfig;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * A site folder as git has it staged for the next commit, written to a scratch folder for {@code check
 * --staged}: what the pre-commit hook must judge is the commit, not the working folder. An article edited
 * again after {@code git add}, or an image that is on disk but was never added, would otherwise pass the
 * check and break the published site. Text the check reads (Markdown, {@code .properties}, ignore files)
 * is written from the index; every other staged file is written empty, since the check asks only whether
 * an image exists, and copying a newsroom's gigabytes of photos for each commit would make committing slow.
 * Even so a copy of 10,000 articles takes seconds, so when the folder already matches what is staged
 * ({@link #matchesFolder}) the folder itself is checked.
 */
final class StagedSite {

    private StagedSite() {
    }

    /**
     * Whether the folder already holds exactly what is staged, for every file the check reads (the content
     * and asset folders and the configuration): no edit after {@code git add}, no file left out of it (new
     * or ignored), none deleted but still staged. Then the folder itself can be checked, as is usual when an
     * editor adds everything before committing, and no copy is made: writing one costs seconds on a big site.
     */
    static boolean matchesFolder(Path site) {
        SiteConfig.Paths paths;
        try {
            paths = SiteConfig.load(site).paths();
        } catch (ProblemException e) {
            return false; // the staged configuration may differ, and the copy's check will tell
        }
        Path folder = paths.site();
        if (!isRepository(folder)) {
            return false; // write() says so
        }
        List<String> command = new ArrayList<>(List.of("status", "--porcelain", "-z", "--untracked-files=all",
                "--ignored=matching", "--", "jbake.properties", "custom.properties"));
        for (Path read : List.of(paths.content(), paths.assets())) {
            command.add(folder.relativize(read).toString());
        }
        String status = git(folder, command.toArray(String[]::new));
        String[] entries = status.split("\0");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i];
            if (entry.length() < 3) {
                continue;
            }
            if (entry.charAt(1) != ' ') {
                return false; // changed in the folder since git add, untracked ("??") or ignored ("!!")
            }
            if (entry.charAt(0) == 'R' || entry.charAt(0) == 'C') {
                i++; // a rename or copy is followed by the path it came from
            }
        }
        return true;
    }

    private static boolean isRepository(Path folder) {
        return !git(folder, "rev-parse", "--show-toplevel").isBlank();
    }

    /**
     * Writes the staged files of {@code site} below {@code scratch}.
     *
     * @return the site folder inside {@code scratch}
     * @throws ProblemException when {@code site} is not inside a git work tree
     */
    static Path write(Path site, Path scratch) {
        Path folder = site.toAbsolutePath().normalize();
        String top = git(folder, "rev-parse", "--show-toplevel").strip();
        if (top.isEmpty()) {
            throw new ProblemException(Problem.ofFile(folder.toString(), "不在 git 仓库里，--staged 无从读起"));
        }
        Path root;
        Path prefix;
        try {
            root = Path.of(top).toRealPath();
            prefix = root.relativize(folder.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find the site folder " + folder, e);
        }
        Map<String, String> blobs = new LinkedHashMap<>();
        List<String> empty = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> links = new LinkedHashMap<>();
        // -z: names as they are, Chinese included, without git's quoting
        String listing = git(root, "ls-files", "-z", "--stage", "--", prefix.toString().isEmpty() ? "." : prefix.toString());
        for (String entry : listing.split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] fields = entry.substring(0, tab).split(" ");
            String path = entry.substring(tab + 1);
            if (fields[0].equals("160000") || !seen.add(path)) {
                continue; // a submodule; a path in conflict is listed once per side
            }
            if (fields[0].equals("120000")) {
                links.put(path, fields[1]);
                continue;
            }
            if (isText(path)) {
                blobs.put(path, fields[1]);
            } else {
                empty.add(path);
            }
        }
        try {
            for (String path : empty) {
                Path file = scratch.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, new byte[0]);
            }
            writeBlobs(root, blobs, scratch);
            // a staged link is made again, to the target git holds for it: the check then judges it as a
            // bake of the commit would (one leaving its folder is an error, one inside it is followed)
            for (Map.Entry<String, String> link : links.entrySet()) {
                Path file = scratch.resolve(link.getKey());
                Files.createDirectories(file.getParent());
                Files.createSymbolicLink(file, Path.of(git(root, "cat-file", "blob", link.getValue())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staged site to " + scratch, e);
        }
        return scratch.resolve(prefix.toString());
    }

    private static boolean isText(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".properties")
                || name.startsWith(".");
    }

    /** Every blob through one {@code git cat-file --batch}: one process, however many articles. */
    private static void writeBlobs(Path root, Map<String, String> blobs, Path scratch) throws IOException {
        if (blobs.isEmpty()) {
            return;
        }
        StringBuilder ids = new StringBuilder();
        blobs.values().forEach(id -> ids.append(id).append('\n'));
        Process process = new ProcessBuilder("git", "cat-file", "--batch").directory(root.toFile()).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(ids.toString().getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // git stopped reading; its exit code says why
            }
        });
        feeder.start();
        try (InputStream out = new BufferedInputStream(process.getInputStream())) {
            for (String path : blobs.keySet()) {
                String header = line(out);
                String[] parts = header.split(" ");
                if (parts.length != 3) {
                    throw new IOException("git cat-file: " + header);
                }
                byte[] content = out.readNBytes(Integer.parseInt(parts[2]));
                out.read(); // the newline after each object
                Path file = scratch.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            }
        }
        waitFor(process, "cat-file");
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("git cat-file ended early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Runs git in {@code folder}; the output, or empty when git fails there (not a repository). */
    private static String git(Path folder, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return waitFor(process, args[0]) == 0 ? output : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run git", e);
        }
    }

    private static int waitFor(Process process, String what) {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + what + " did not finish in 60 s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for git " + what, e);
        }
    }
}
