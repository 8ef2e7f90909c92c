package com.piquetickets.saga.email;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes as PNG images: what a ticket shows at the door (its signed ticket code). */
public final class QrCodes {

    public static final int MIN_SIZE_PX = 64;
    public static final int MAX_SIZE_PX = 1024;

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, 2);

    private QrCodes() {
    }

    /** A square PNG, {@code sizePx} wide, encoding {@code content}. */
    public static byte[] png(String content, int sizePx) {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("QR code content must not be empty");
        }
        if (sizePx < MIN_SIZE_PX || sizePx > MAX_SIZE_PX) {
            throw new IllegalArgumentException(
                    "QR code size must be between " + MIN_SIZE_PX + " and " + MAX_SIZE_PX + " pixels: " + sizePx);
        }
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, sizePx, sizePx, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + e.getMessage(), e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
