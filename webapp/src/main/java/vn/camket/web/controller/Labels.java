package vn.camket.web.controller;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.camket.parse.Theme;
import vn.camket.parse.ThemeClassifier;

/** Display labels for facet values (themes, record types, deadline kinds, plans) in the page's language. */
@Component
public class Labels {
    private final MessageSource messages;
    private final Map<String, Theme> themes = new HashMap<>();

    public Labels(MessageSource messages) {
        this.messages = messages;
        for (Theme t : ThemeClassifier.load().themes()) themes.put(t.id(), t);
    }

    public String facet(String dim, String value) {
        Locale locale = LocaleContextHolder.getLocale();
        if (dim.equals("theme") && themes.containsKey(value)) {
            Theme t = themes.get(value);
            return locale.getLanguage().equals("en") ? t.labelEn() : t.labelVi();
        }
        if (dim.equals("type") || dim.equals("deadline")) {
            return messages.getMessage("value." + value, null, value, locale);
        }
        return value;
    }

    public String note(String code) {
        return messages.getMessage("note." + code, null, code, LocaleContextHolder.getLocale());
    }
}
