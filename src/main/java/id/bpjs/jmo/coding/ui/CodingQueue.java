package id.bpjs.jmo.coding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.coding.CodedExcerpts;
import java.util.function.Consumer;

/**
 * The texts people left in the product (survey comments, complaint descriptions) waiting to be coded, newest first,
 * with how many are shown: a click takes one into the form; the button below starts an excerpt of an interview,
 * an observation or a document instead.
 */
final class CodingQueue extends VerticalLayout {

    /** How many texts the queue shows at most; the count says when more are waiting. */
    static final int SIZE = 50;

    private final Grid<CodedExcerpts.QueueItem> grid = new Grid<>();
    private final Span count = new Span();

    CodingQueue(Consumer<CodedExcerpts.QueueItem> picked, Runnable newExcerpt) {
        var heading = new H3(getTranslation("coding.queue"));
        count.addClassName("coding-queue-count");
        grid.setId("coding-queue");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(item -> getTranslation("enum.SourceType." + item.source().name()))
                .setHeader(getTranslation("coding.col.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> Formats.date(item.date(), getLocale())).setHeader(getTranslation("coding.col.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CodedExcerpts.QueueItem::branchCode).setHeader(getTranslation("list.branch"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CodedExcerpts.QueueItem::text).setHeader(getTranslation("coding.col.text")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("coding.queue.empty"));
        grid.setHeight("28rem");
        grid.addItemClickListener(e -> picked.accept(e.getItem()));
        var newButton = new Button(getTranslation("coding.new"), VaadinIcon.PLUS.create(), e -> newExcerpt.run());
        newButton.setId("coding-new");
        add(new HorizontalLayout(heading, count), new Paragraph(getTranslation("coding.queue.hint")), grid, newButton);
        setPadding(false);
        addClassName("coding-queue-panel");
        setWidth("50%");
    }

    void show(CodedExcerpts.QueueHead head) {
        grid.setItems(head.items());
        count.setText(head.more() ? getTranslation("coding.queue.countMore", Formats.number(SIZE, getLocale()))
                : getTranslation("coding.queue.count", Formats.number(head.items().size(), getLocale())));
    }
}
