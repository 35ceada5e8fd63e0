package io.github.vanban.formats.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a whole input while holding it to the size limit of {@link io.github.vanban.formats.ReadOptions}
 * (giới hạn kích thước đầu vào): reading stops as soon as the limit is passed, so a huge input is never
 * buffered.
 */
public final class BoundedInput {

    private BoundedInput() {
    }

    /** Where the bytes of an input come from. */
    @FunctionalInterface
    public interface Source {
        /**
         * @return every byte of the input
         * @throws IOException when the input fails or passes the limit
         */
        byte[] bytes() throws IOException;
    }

    /** The input is larger than the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLargeException(long limit) {
            super("the input is larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        /** @return the limit that was passed, in bytes */
        public long limit() {
            return limit;
        }
    }

    /**
     * @param in the input, not closed
     * @param maxBytes the largest input accepted
     * @return every byte of the input
     * @throws TooLargeException when the input has more than {@code maxBytes} bytes
     * @throws IOException when the input fails
     */
    public static byte[] readAll(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Reads characters and returns them as UTF-8 bytes, counting the limit in UTF-8 bytes.
     *
     * @param in the input, not closed
     * @param maxBytes the largest input accepted, in UTF-8 bytes
     * @return the input as UTF-8
     * @throws TooLargeException when the input is larger than {@code maxBytes}
     * @throws IOException when the input fails
     */
    public static byte[] readAll(Reader in, long maxBytes) throws IOException {
        StringBuilder s = new StringBuilder();
        char[] buffer = new char[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            s.append(buffer, 0, n);
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        return bytes;
    }
}
