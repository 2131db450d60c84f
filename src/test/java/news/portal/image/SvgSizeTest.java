package news.portal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgSizeTest {

    @TempDir
    Path dir;

    private Optional<ImageSizes.Size> read(String svg) throws IOException {
        return SvgSize.read(Files.writeString(dir.resolve("image.svg"), svg));
    }

    private static Optional<ImageSizes.Size> size(int width, int height) {
        return Optional.of(new ImageSizes.Size(width, height));
    }

    @Test
    void takes_width_and_height_of_the_root_element() throws IOException {
        assertThat(read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- 夜游线路示意图 -->
                <svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 1280 720">
                  <svg width="10" height="10"/>
                </svg>
                """)).isEqualTo(size(640, 360));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "640px   | 360px  | -             | 640 | 360",
            "1in     | 0.5in  | -             | 96  | 48",
            "72pt    | 36pt   | -             | 96  | 48",
            "10.4    | 20.6   | -             | 10  | 21",
            "-       | -      | 0 0 480 320   | 480 | 320",
            "100%    | 100%   | 0,0,480,320   | 480 | 320",
            "240     | -      | 0 0 480 320   | 240 | 160",
            "-       | 160    | -10 -10 480 320 | 240 | 160",
            "2em     | 3em    | 0 0 48 32     | 48  | 32",
    })
    void size_follows_the_units_and_the_view_box(String width, String height, String viewBox, int w, int h) {
        assertThat(SvgSize.size(width, height, viewBox)).isEqualTo(size(w, h));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-    | -    | -",
            "100% | 100% | -",
            "0    | 10   | -",
            "-    | -    | 0 0 0 320",
            "-    | -    | 0 0 480",
            "-    | -    | a b c d",
            "-    | -    | 0 0 NaN 320",
            "640  | -    | -",
    })
    void no_size_without_absolute_lengths_or_a_view_box(String width, String height, String viewBox) {
        assertThat(SvgSize.size(width, height, viewBox)).isEmpty();
    }

    @Test
    void an_external_dtd_is_never_read() throws IOException {
        // were the DTD read, it would declare w and the width would be 4242
        Path dtd = Files.writeString(dir.resolve("sizes.dtd"), "<!ENTITY w \"4242\">");
        Optional<ImageSizes.Size> size = read("""
                <?xml version="1.0"?>
                <!DOCTYPE svg SYSTEM "%s">
                <svg xmlns="http://www.w3.org/2000/svg" width="&w;" height="10"/>
                """.formatted(dtd.toUri()));

        assertThat(size).isEmpty();
    }

    @Test
    void an_external_parameter_entity_is_never_read() throws IOException {
        Path dtd = Files.writeString(dir.resolve("sizes.dtd"), "<!ENTITY w \"4242\">");
        Optional<ImageSizes.Size> size = read("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY %% p SYSTEM "%s"> %%p;]>
                <svg xmlns="http://www.w3.org/2000/svg" width="&w;" height="10"/>
                """.formatted(dtd.toUri()));

        assertThat(size).isEmpty();
    }

    @Test
    void internal_entities_are_not_expanded() throws IOException {
        Optional<ImageSizes.Size> size = read("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY a "1"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <svg xmlns="http://www.w3.org/2000/svg" width="&b;" height="10"/>
                """);

        assertThat(size).isEmpty();
    }

    @Test
    void the_svg_1_1_doctype_does_not_stop_the_read() throws IOException {
        // the doctype many drawing programs still write: skipped, not loaded
        Optional<ImageSizes.Size> size = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"/>
                """);

        assertThat(size).isEqualTo(size(600, 60));
    }

    @Test
    void a_file_whose_root_is_not_svg_has_no_size() throws IOException {
        assertThat(read("<html width=\"600\" height=\"60\"/>")).isEmpty();
        assertThat(read("<svg width=\"600\" height=\"60\"")).isEmpty();
        assertThat(read("")).isEmpty();
    }
}
