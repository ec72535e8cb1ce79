package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * Full-screen slides drawn by {@code frontend/src/jmo-deck.ts}: children with the class {@code slide}, one shown at
 * a time, moved through with the keys presentation clickers send (arrows, PageUp/PageDown), F for full screen,
 * Esc to leave. Navigation runs in the browser; the server only hears about leaving.
 */
@Tag("jmo-deck")
@JsModule("./src/jmo-deck.ts")
public class SlideDeck extends Component implements HasComponents {

    public Registration addExitListener(Runnable listener) {
        return getElement().addEventListener("deck-exit", e -> listener.run());
    }
}
