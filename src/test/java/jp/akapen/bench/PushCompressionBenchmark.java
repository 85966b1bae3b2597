package jp.akapen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: what a WebSocket with per-message compression would keep outside the Java heap for as long as its page is
 * open, measured as Tomcat sets it up (a raw zlib compressor at the default level and a decompressor per WebSocket):
 * the JVM's resident memory with 500 such pairs after one small push message each, then after 200 more. Why
 * {@code UncompressedPush} declines the compression. Run with {@code .ci/mvn -o test -Dtest=PushCompressionBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PushCompressionBenchmark {

    private static final int PAIRS = 500;

    @Test
    void native_memory_of_a_compressed_websocket() throws IOException, DataFormatException {
        byte[] push = ("{\"syncId\":12,\"changes\":[{\"node\":42,\"type\":\"put\",\"key\":\"text\",\"feat\":7,"
                + "\"value\":\"閲覧中: 田中さん、佐藤さん\"}]}").repeat(4).getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[4096];
        List<Deflater> compressors = new ArrayList<>();
        List<Inflater> decompressors = new ArrayList<>();
        System.gc();
        long before = residentKb();
        for (int i = 0; i < PAIRS; i++) {
            var compressor = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            var decompressor = new Inflater(true);
            compressor.setInput(push);
            int length = compressor.deflate(frame, 0, frame.length, Deflater.SYNC_FLUSH);
            decompressor.setInput(frame, 0, length);
            decompressor.inflate(new byte[8192]);
            compressors.add(compressor);
            decompressors.add(decompressor);
        }
        long afterOne = residentKb();
        for (int message = 0; message < 200; message++) {
            for (Deflater compressor : compressors) {
                compressor.setInput(push);
                compressor.deflate(frame, 0, frame.length, Deflater.SYNC_FLUSH);
            }
        }
        long afterMany = residentKb();
        System.out.printf("resident memory per compressed WebSocket (zlib compressor and decompressor): %d KB after one"
                + " small push message, %d KB after 200%n", (afterOne - before) / PAIRS, (afterMany - before) / PAIRS);
        compressors.forEach(Deflater::end);
        decompressors.forEach(Inflater::end);
        assertThat(afterMany).isGreaterThan(before);
    }

    private static long residentKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElseThrow();
    }
}
