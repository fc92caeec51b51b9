package vn.camket.web.controller;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Model values every page uses: the link that switches language on the same page, and the page language. */
@ControllerAdvice(assignableTypes = {PageController.class, CompareController.class, TargetsController.class})
public class GlobalModel {
    @ModelAttribute("langSwitchUrl")
    public String langSwitchUrl(HttpServletRequest request) {
        String other = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "vi" : "en";
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other).build().toUriString();
    }

    @ModelAttribute("pageLang")
    public String pageLang() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
    }
}
