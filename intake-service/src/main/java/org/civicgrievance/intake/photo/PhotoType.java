package org.civicgrievance.intake.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a file really is, judged by its content, never by its name or declared type: a JPEG or a
 * PNG that an image reader decodes whole, of a size a phone takes. The dimensions are checked from
 * the header first, so a small file claiming a gigantic picture (a decompression bomb) is refused
 * without decoding it; the decoding itself skips pixels, so it costs little memory.
 */
public enum PhotoType {
    JPEG("image/jpeg", "jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

    /** 50 megapixels: more than any phone camera, far less than a bomb. */
    static final long MAX_PIXELS = 50_000_000L;
    /** Decoding every n-th pixel of every n-th row keeps this check under about a megapixel. */
    private static final long SAMPLED_PIXELS = 1_000_000L;

    private final String mediaType;
    private final String readerFormat;
    private final byte[] signature;

    PhotoType(String mediaType, String readerFormat, byte[] signature) {
        this.mediaType = mediaType;
        this.readerFormat = readerFormat;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The photo's type, or empty when the content is not a plausible JPEG or PNG. */
    public static Optional<PhotoType> of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        for (PhotoType type : values()) {
            if (head.length >= type.signature.length
                    && Arrays.equals(Arrays.copyOf(head, type.signature.length), type.signature)
                    && type.headerIsSound(file)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private boolean headerIsSound(Path file) throws IOException {
        try (ImageInputStream image = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(readerFormat);
            if (image == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return false;
                }
                ImageReadParam sampled = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.ceil(Math.sqrt(pixels / (double) SAMPLED_PIXELS)));
                sampled.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, sampled); // reads every byte: a truncated or corrupt image fails here
                return true;
            } catch (IOException | RuntimeException unreadable) {
                return false;
            } finally {
                reader.dispose();
            }
        }
    }
}
