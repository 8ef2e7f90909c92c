package com.piquetickets.saga.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void pngOfTheRequestedSizeDecodesBackToTheContent() throws Exception {
        String attendee = UUID.randomUUID().toString();

        byte[] png = QrCodes.png(attendee, 300);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(attendee);
    }

    @Test
    void sizeOutsideTheAllowedRangeIsRefused() {
        assertThatThrownBy(() -> QrCodes.png("x", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.png("x", 5000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyContentIsRefused() {
        assertThatThrownBy(() -> QrCodes.png("", 200)).isInstanceOf(IllegalArgumentException.class);
    }
}
