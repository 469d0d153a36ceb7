package org.corroborate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict decoding of bytes to text, with the offset of the first bad byte when it fails. */
final class TextDecoder {

    /** The outcome of decoding: the text, or why the bytes are not text. */
    record Decoded(Optional<String> text, String problemCode, String problem) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, Charset charset, String origin) {
        if (bytes.length == 0) {
            return failure("empty-file", "'" + origin + "' is empty; there is nothing to analyse");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0 && !charset.name().startsWith("UTF-16")) {
            return failure("binary-file", "'" + origin + "' looks binary (NUL byte at offset " + nul
                    + "); give a text file, a folder of them, or a .jsonl file");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            String hint = charset.equals(StandardCharsets.UTF_8)
                    ? "; pass --encoding (e.g. --encoding ISO-8859-1) or convert the file to UTF-8"
                    : "; check --encoding";
            return failure("bad-encoding", "'" + origin + "' is not valid " + charset.name() + " at byte "
                    + in.position() + hint);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failure("empty-file", "'" + origin + "' holds only whitespace; there is nothing to analyse");
        }
        return new Decoded(Optional.of(text), "", "");
    }

    private static Decoded failure(String code, String message) {
        return new Decoded(Optional.empty(), code, message);
    }

    private static int indexOf(byte[] bytes, byte b) {
        int limit = Math.min(bytes.length, 1 << 20);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
