package vn.camket.pdf;

import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The resolution a scanned page was captured at: the pixels per inch of the largest image drawn on
 * it, as placed on the page (an image of 1,653 pixels drawn 8.27 inches wide was scanned at 200 dpi),
 * when that image covers at least half the page. A page of text with a picture or a logo on it is
 * no scan: it has no resolution of its own.
 */
final class ScanResolution extends PDFStreamEngine {
    private double largestArea;
    private double dpi;

    private ScanResolution() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    /** Share of the page a scan covers at the least. */
    static final double MIN_COVER = 0.5;

    /** The pixels per inch of the page's largest image, or empty when it draws none that covers half the page. */
    static OptionalDouble of(PDPage page) throws IOException {
        ScanResolution engine = new ScanResolution();
        engine.processPage(page);
        var box = page.getCropBox();
        double pageArea = (double) box.getWidth() * box.getHeight();
        return engine.largestArea > 0 && engine.largestArea >= MIN_COVER * pageArea ? OptionalDouble.of(engine.dpi) : OptionalDouble.empty();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.getFirst() instanceof COSName name) {
            PDXObject object = getResources().getXObject(name);
            if (object instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                // the unit square the image fills, in points: its drawn width and height whatever the rotation
                double wide = Math.hypot(ctm.getValue(0, 0), ctm.getValue(0, 1));
                double high = Math.hypot(ctm.getValue(1, 0), ctm.getValue(1, 1));
                double area = wide * high;
                if (area > largestArea && wide > 0 && high > 0) {
                    largestArea = area;
                    dpi = Math.min(image.getWidth() / (wide / 72), image.getHeight() / (high / 72));
                }
                return;
            }
            if (object instanceof PDFormXObject form) {
                showForm(form);
                return;
            }
        }
        super.processOperator(operator, operands);
    }
}
