package org.corroborate.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.corroborate.article.Article;

/**
 * Turns a PDF into an article: its text in reading order (PDFBox), the title, author and creation date from the
 * document information when present. A scanned PDF without a text layer becomes a failed result that says so.
 */
final class PdfReader {

    ReadResult read(byte[] bytes, String origin, String id, ReadOptions options) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replace("\r\n", "\n").strip();
            if (text.isEmpty()) {
                return ReadResult.failed(origin, "no-text", "'" + origin + "' has no text layer (a scanned PDF?); "
                        + "run OCR on it first");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            Optional<String> title = Optional.ofNullable(info.getTitle()).filter(t -> !t.isBlank());
            Optional<String> author = Optional.ofNullable(info.getAuthor()).filter(a -> !a.isBlank());
            Optional<LocalDate> created = Optional.ofNullable(info.getCreationDate())
                    .map(c -> c.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            return ReadResult.of(new Article(id, text, title, options.outlet(), author, Optional.empty(),
                    options.published().or(() -> created), Optional.empty(), origin), java.util.List.of());
        } catch (IOException e) {
            return ReadResult.failed(origin, "bad-pdf", "'" + origin + "' is not a readable PDF: " + e.getMessage());
        }
    }
}
