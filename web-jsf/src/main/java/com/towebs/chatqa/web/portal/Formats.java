package com.towebs.chatqa.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates, months and scores as the user's language writes them, in ToWebs' zone. */
@Named
@ApplicationScoped
public class Formats {

    @Inject
    ZoneId zone;

    public ZoneId zone() {
        return zone;
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(locale())
                        .withZone(zone)
                        .format(instant);
    }

    public String date(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .withZone(zone)
                        .format(instant);
    }

    public String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(instant);
    }

    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale()) + " " + month.getYear();
    }

    public String score(double score) {
        return String.format(locale(), "%.1f", score);
    }

    public String percent(double share) {
        return String.format(locale(), "%.0f %%", share * 100);
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.forLanguageTag("es-AR")
                : context.getViewRoot().getLocale();
    }
}
