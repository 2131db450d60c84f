import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

/**
 * The cost of one article's QR code with ZXing's encoder (what the share widget used) beside nayuki's
 * qrcodegen (what it uses): the same addresses, level M, every mask scored, alternating rounds in one JVM
 * with the quick compiler the bake runs on, so the ratio holds on a busy machine.
 *
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -XX:TieredStopAtLevel=1 -cp "$(cat /tmp/cp.txt)" bench/QrBench.java [ADDRESSES] [ROUNDS]
 * </pre>
 */
public class QrBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // the bench corpus's addresses: https://host/yyyy/MM/aNNNNN.html, and a longer pinyin slug now and then
            urls.add("https://news.example.cn/2026/" + String.format("%02d/a%05d", 1 + i % 12, i)
                    + (i % 3 == 0 ? "-shan-hai-wen-lv-xin-wen" : "") + ".html");
        }
        long zxingTotal = 0;
        long nayukiTotal = 0;
        long check = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            for (String url : urls) {
                check += Encoder.encode(url, ErrorCorrectionLevel.M, new EnumMap<>(EncodeHintType.class)).getVersion().getVersionNumber();
            }
            long zxing = System.nanoTime() - start;
            start = System.nanoTime();
            for (String url : urls) {
                check -= QrCode.encodeSegments(QrSegment.makeSegments(url), QrCode.Ecc.MEDIUM, QrCode.MIN_VERSION,
                        QrCode.MAX_VERSION, -1, false).version;
            }
            long nayuki = System.nanoTime() - start;
            if (round > 1) { // the first round is the compiler's
                zxingTotal += zxing;
                nayukiTotal += nayuki;
            }
            System.out.printf("round %d: ZXing %.3f ms per code, qrcodegen %.3f ms per code, ratio %.2f%n", round,
                    zxing / 1e6 / n, nayuki / 1e6 / n, (double) zxing / nayuki);
        }
        if (check != 0) {
            throw new AssertionError("the two encoders chose different versions");
        }
        if (rounds > 1) {
            System.out.printf("rounds 2-%d: ZXing %.3f ms per code, qrcodegen %.3f ms per code, ZXing / qrcodegen = %.2f%n",
                    rounds, zxingTotal / 1e6 / n / (rounds - 1), nayukiTotal / 1e6 / n / (rounds - 1),
                    (double) zxingTotal / nayukiTotal);
        }
    }
}
