package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Typing in a combo box and pressing Enter selects the first item the typed text matches, in every combo box of the
 * app. Vaadin 25.2's combo box commits on Enter only when the text equals a whole item label; a partial match has to
 * be highlighted with the Down arrow first, which slows down counter staff typing "pur" for "PWT – Purwokerto".
 * Vaadin 25.3 adds this as {@code partialMatchMode="first-match"} (vaadin/web-components#12438); until the app can
 * move to 25.3 (not served by this registry yet), one document-level key listener focuses the first matching item
 * just before the combo box handles Enter. Combo boxes that accept custom values are left alone.
 */
public final class ComboBoxEnter {

    // capture phase on the document runs before the combo box's own keydown handler on its host element
    static final String SCRIPT = """
            if (!window.__jmoComboBoxEnter) {
              window.__jmoComboBoxEnter = true;
              document.addEventListener('keydown', (event) => {
                if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) {
                  return;
                }
                const combo = event.target && event.target.closest
                    ? event.target.closest('vaadin-combo-box') : null;
                if (!combo || !combo.opened || combo.allowCustomValue || combo._focusedIndex > -1) {
                  return;
                }
                const typed = combo.inputElement ? combo.inputElement.value : '';
                // the list the combo box commits from: _dropdownItems in recent versions, _getOverlayItems() before
                const items = Array.isArray(combo._dropdownItems) ? combo._dropdownItems
                    : typeof combo._getOverlayItems === 'function' ? combo._getOverlayItems() : combo.filteredItems;
                if (!typed || !items) {
                  return;
                }
                // placeholders of not yet loaded pages carry no key; Flow's items always do
                const first = items.findIndex((item) => item && item.key !== undefined);
                if (first > -1) {
                  combo._focusedIndex = first;
                }
              }, true);
            }
            """;

    private ComboBoxEnter() {
    }

    /** Installs the listener in the browser page of this UI (once per page). */
    public static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
