package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.bpjs.jmo.base.stats.Significance;

/** One key figure: a label, a big value, a detail line and the change against the previous period. */
public class KeyFigure extends Div {

    /** Whether a rise is good news (satisfaction), bad news (errors) or neither (number of responses). */
    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL
    }

    private final Span value = new Span();
    private final Span detail = new Span();
    private final Span change = new Span();

    public KeyFigure(String id, String label) {
        setId(id);
        addClassName("key-figure");
        var title = new Span(label);
        title.addClassName("key-figure-label");
        value.addClassName("key-figure-value");
        detail.addClassName("key-figure-detail");
        change.addClassName("key-figure-change");
        add(title, value, detail, change);
    }

    public void show(String valueText, String detailText) {
        value.setText(valueText);
        detail.setText(detailText);
        change.setText("");
        change.removeClassNames("better", "worse");
    }

    /** The change against the previous period; {@code delta} decides the arrow and colour. */
    public void showChange(double delta, String text, Direction direction) {
        showChange(change, delta, text, direction);
    }

    private static void showChange(Span change, double delta, String text, Direction direction) {
        change.removeClassNames("better", "worse");
        if (Math.abs(delta) < 1e-9) {
            change.setText("= " + text);
            return;
        }
        change.setText((delta > 0 ? "▲ " : "▼ ") + text);
        if (direction != Direction.NEUTRAL) {
            boolean better = (delta > 0) == (direction == Direction.HIGHER_IS_BETTER);
            change.addClassName(better ? "better" : "worse");
        }
    }

    /**
     * The change against the previous period with the verdict of its significance test: an arrow and colour only for
     * a change beyond chance at 95 %; "≈" in grey for one chance explains; {@code note} says which (and p).
     */
    public void showChange(double delta, String text, Direction direction, Significance.Verdict verdict,
            String note) {
        showChange(change, delta, text, direction, verdict, note);
    }

    /**
     * A change line outside a key figure (the findings page), written exactly as {@link #showChange(double, String,
     * Direction, Significance.Verdict, String)} writes it: the span gets the "key-figure-change" look.
     */
    public static Span changeLine(String id, double delta, String text, Direction direction,
            Significance.Verdict verdict, String note) {
        var line = new Span();
        line.setId(id);
        line.addClassName("key-figure-change");
        showChange(line, delta, text, direction, verdict, note);
        return line;
    }

    private static void showChange(Span change, double delta, String text, Direction direction,
            Significance.Verdict verdict, String note) {
        if (verdict.significant() && Math.abs(delta) >= 1e-9) {
            showChange(change, delta, text, direction);
        } else {
            change.removeClassNames("better", "worse");
            change.setText((Math.abs(delta) < 1e-9 ? "= " : "≈ ") + text);
        }
        change.setText(change.getText() + " · " + note);
        change.getElement().setAttribute("title", note);
    }

    public void setAlert(boolean alert) {
        if (alert) {
            addClassName("alert");
        } else {
            removeClassName("alert");
        }
    }
}
