package news.portal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebpHeaderTest {

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(ImageSizesTest.fixture(name));
    }

    @ParameterizedTest
    @CsvSource({"lossy.webp, 'VP8 ', 48, 36", "lossless.webp, VP8L, 30, 20", "alpha.webp, VP8X, 24, 18"})
    void reads_each_kind_of_first_chunk(String name, String chunk, int width, int height) throws IOException {
        byte[] header = Arrays.copyOf(fixture(name), 30);

        assertThat(new String(header, 12, 4, StandardCharsets.US_ASCII)).isEqualTo(chunk);
        assertThat(WebpHeader.isWebp(header)).isTrue();
        assertThat(WebpHeader.read(header)).contains(new ImageSizes.Size(width, height));
    }

    @Test
    void a_lossy_chunk_without_its_start_code_has_no_size() throws IOException {
        byte[] header = Arrays.copyOf(fixture("lossy.webp"), 30);
        header[23] = 0;

        assertThat(WebpHeader.read(header)).isEmpty();
    }

    @Test
    void other_riff_files_and_short_headers_are_not_read() throws IOException {
        byte[] wave = Arrays.copyOf(fixture("lossy.webp"), 30);
        System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, wave, 8, 4);

        assertThat(WebpHeader.isWebp(wave)).isFalse();
        assertThat(WebpHeader.isWebp(new byte[4])).isFalse();
        assertThat(WebpHeader.read(Arrays.copyOf(fixture("lossy.webp"), 20))).isEmpty();
    }
}
