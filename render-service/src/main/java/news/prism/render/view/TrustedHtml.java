package news.prism.render.view;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML that this package built from escaped text, written into the page as it is. Only this package can make
 * one, so editor text cannot reach the page unescaped through it.
 */
public final class TrustedHtml implements Content {

    private final String html;

    TrustedHtml(String html) {
        this.html = html;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }

    @Override
    public boolean isEmptyContent() {
        return html.isEmpty();
    }

    @Override
    public String toString() {
        return html;
    }
}
