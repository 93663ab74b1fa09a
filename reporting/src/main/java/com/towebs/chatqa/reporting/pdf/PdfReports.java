package com.towebs.chatqa.reporting.pdf;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.reporting.model.AgentMonthReport;
import com.towebs.chatqa.reporting.model.AgentMonthSummary;
import com.towebs.chatqa.reporting.model.CriterionPassRate;
import com.towebs.chatqa.reporting.model.MonthScore;
import com.towebs.chatqa.reporting.model.NotableChat;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import com.towebs.chatqa.reporting.pdf.ReportRows.AdviceRow;
import com.towebs.chatqa.reporting.pdf.ReportRows.AgentRow;
import com.towebs.chatqa.reporting.pdf.ReportRows.CriterionRow;
import com.towebs.chatqa.reporting.pdf.ReportRows.NotableRow;
import com.towebs.chatqa.reporting.pdf.ReportRows.TrendPoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders the monthly team and agent reports to PDF from templates compiled at build time (see
 * {@link TemplateCompiler}): nothing is compiled at run time. Labels come from the {@code messages} bundle of
 * this package (Spanish by default, English for English locales); numbers and dates follow the locale.
 * Instances are immutable and safe to share between threads.
 */
public final class PdfReports {

    /** The language of ToWebs' managers and agents. */
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("es-AR");

    /** Longer quotes are cut (on a word boundary) so that one chat cannot take a page. */
    static final int MAX_QUOTE_LENGTH = 400;

    private static final String TEMPLATES = "/com/towebs/chatqa/reporting/pdf/";
    private static final String BUNDLE = "com.towebs.chatqa.reporting.pdf.messages";
    private static final String PRODUCT = "ToWebs Chat QA";

    private final JasperReport teamTemplate;
    private final JasperReport agentTemplate;

    public PdfReports() {
        teamTemplate = load("team-month.jasper");
        agentTemplate = load("agent-month.jasper");
    }

    /** The team's monthly report; {@code locale} null means {@link #DEFAULT_LOCALE}. */
    public byte[] team(TeamMonthReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Locale loc = locale == null ? DEFAULT_LOCALE : locale;
        ResourceBundle messages = messages(loc);

        Map<String, Object> params = common(loc, messages, report.month(), report.rubricVersion());
        params.put("TEAM_NAME", report.teamName());
        params.put("CHATS", report.chats());
        params.put("AVERAGE", number(report.averageScore()));
        params.put("CRITICAL_SHARE", number(report.criticalShare()));
        params.put("PREVIOUS_AVERAGE", report.previousAverage());
        params.put(
                "CHANGE",
                report.previousAverage() == null || Double.isNaN(report.averageScore())
                        ? null
                        : report.averageScore() - report.previousAverage());
        params.put("TREND", source(trend(report.trend(), loc)));
        params.put("CRITERIA", source(criteria(report.criteria(), List.of(), messages)));
        params.put("LOWEST", source(notable(report.lowestScores(), loc, messages)));
        params.put("LOWEST_COUNT", report.lowestScores().size());
        params.put("THANKS", source(notable(report.customerThanks(), loc, messages)));
        params.put("THANKS_COUNT", report.customerThanks().size());

        List<AgentRow> agents = new ArrayList<>();
        for (AgentMonthSummary a : report.agents()) {
            agents.add(new AgentRow(
                    a.agentName() == null ? a.agentId() : a.agentName(),
                    a.chats(),
                    number(a.averageScore()),
                    a.criticalShare(),
                    a.changeFromPrevious(),
                    a.weakestCriterion() == null ? null : criterionLabel(a.weakestCriterion(), messages)));
        }
        return render(teamTemplate, params, agents, metadataTitle(messages, "team.title", report.teamName()));
    }

    /** The agent's own monthly report; {@code locale} null means {@link #DEFAULT_LOCALE}. */
    public byte[] agent(AgentMonthReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Locale loc = locale == null ? DEFAULT_LOCALE : locale;
        ResourceBundle messages = messages(loc);
        AgentMonthSummary a = report.agent();

        Map<String, Object> params = common(loc, messages, a.month(), report.rubricVersion());
        params.put("AGENT_NAME", a.agentName() == null ? a.agentId() : a.agentName());
        params.put("TEAM_NAME", a.teamName());
        params.put("CHATS", a.chats());
        params.put("AVERAGE", number(a.averageScore()));
        params.put("CRITICAL_SHARE", number(a.criticalShare()));
        params.put("CHANGE", a.changeFromPrevious());
        params.put("TEAM_AVERAGE", number(report.teamAverageScore()));
        params.put("TEAM_CRITICAL_SHARE", number(report.teamCriticalShare()));
        params.put("TREND", source(trend(report.trend(), loc)));
        List<CriterionRow> criteria = criteria(report.criteria(), report.teamCriteria(), messages);
        params.put("CRITERIA_CHART", source(criteria));
        params.put("EXAMPLES", source(notable(report.examples(), loc, messages)));
        params.put("EXAMPLES_COUNT", report.examples().size());
        params.put("ADVICE", source(advice(report, messages)));
        params.put("ADVICE_COUNT", report.workOnNext().size());
        return render(agentTemplate, params, criteria, metadataTitle(messages, "agent.title", (String)
                params.get("AGENT_NAME")));
    }

    // ---------------------------------------------------------------------------------------------------

    private static Map<String, Object> common(
            Locale locale, ResourceBundle messages, YearMonth month, String rubricVersion) {
        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_LOCALE, locale);
        params.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages);
        params.put("PRODUCT", PRODUCT);
        params.put("PERIOD", period(month, locale));
        params.put("RUBRIC_VERSION", rubricVersion);
        return params;
    }

    private static byte[] render(JasperReport template, Map<String, Object> params, Collection<?> rows, String title) {
        try {
            JasperPrint print = JasperFillManager.fillReport(template, params, new JRBeanCollectionDataSource(rows));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(title);
            configuration.setMetadataAuthor(PRODUCT);
            configuration.setMetadataCreator(PRODUCT);
            configuration.setDisplayMetadataTitle(true);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("could not render the PDF report " + template.getName(), e);
        }
    }

    private static JasperReport load(String name) {
        try (InputStream in = PdfReports.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("compiled template " + TEMPLATES + name
                        + " is missing: it is compiled from src/main/jasperreports at build time");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("could not load the compiled template " + name, e);
        }
    }

    /**
     * The bundle for the locale, falling back to the Spanish base bundle and never to the JVM's default
     * locale (on an English server an es-AR report must stay Spanish).
     */
    static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "Octubre 2026": the month's standalone name, capitalised as a title. */
    static String period(YearMonth month, Locale locale) {
        String text = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static List<TrendPoint> trend(List<MonthScore> months, Locale locale) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("LLL yy", locale);
        List<TrendPoint> points = new ArrayList<>();
        for (MonthScore m : months) {
            points.add(new TrendPoint(label.format(m.month()).replace(".", ""), number(m.averageScore()), m.chats()));
        }
        return points;
    }

    /** Criterion rows in the rubric's order; team rates matched by criterion when given. */
    private static List<CriterionRow> criteria(
            List<CriterionPassRate> rates, List<CriterionPassRate> teamRates, ResourceBundle messages) {
        Map<CriterionId, CriterionPassRate> team = new EnumMap<>(CriterionId.class);
        teamRates.forEach(r -> team.put(r.criterion(), r));
        List<CriterionRow> rows = new ArrayList<>();
        rates.stream().sorted((x, y) -> x.criterion().compareTo(y.criterion())).forEach(r -> {
            CriterionPassRate t = team.get(r.criterion());
            rows.add(new CriterionRow(
                    criterionLabel(r.criterion(), messages),
                    percent(r.passRate()),
                    t == null ? null : percent(t.passRate()),
                    r.assessed()));
        });
        return rows;
    }

    private static List<NotableRow> notable(List<NotableChat> chats, Locale locale, ResourceBundle messages) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<NotableRow> rows = new ArrayList<>();
        for (NotableChat c : chats) {
            rows.add(new NotableRow(
                    c.date() == null ? null : date.format(c.date()),
                    c.chatId(),
                    c.agentName(),
                    number(c.score()),
                    c.criterion() == null ? null : criterionLabel(c.criterion(), messages),
                    quote(c.quote())));
        }
        return rows;
    }

    private static List<AdviceRow> advice(AgentMonthReport report, ResourceBundle messages) {
        Map<CriterionId, CriterionPassRate> own = new EnumMap<>(CriterionId.class);
        report.criteria().forEach(r -> own.put(r.criterion(), r));
        Map<CriterionId, CriterionPassRate> team = new EnumMap<>(CriterionId.class);
        report.teamCriteria().forEach(r -> team.put(r.criterion(), r));
        List<AdviceRow> rows = new ArrayList<>();
        for (CriterionId id : report.workOnNext()) {
            rows.add(new AdviceRow(
                    criterionLabel(id, messages),
                    messages.getString("advice." + id.name()),
                    own.containsKey(id) ? percent(own.get(id).passRate()) : null,
                    team.containsKey(id) ? percent(team.get(id).passRate()) : null));
        }
        return rows;
    }

    static String criterionLabel(CriterionId id, ResourceBundle messages) {
        return messages.getString("criterion." + id.name());
    }

    /** NotableChat names its criterion as text: the enum's name when it is one, shown as is otherwise. */
    private static String criterionLabel(String criterion, ResourceBundle messages) {
        try {
            return messages.getString("criterion." + criterion.trim().toUpperCase(Locale.ROOT));
        } catch (MissingResourceException e) {
            return criterion;
        }
    }

    /**
     * Quotes are plain text from chats (the templates print them with markup none). Control characters and
     * runs of blanks are folded so that a pasted log prints as a paragraph; long quotes are cut on a word.
     */
    static String quote(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (plain.length() <= MAX_QUOTE_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', MAX_QUOTE_LENGTH);
        return plain.substring(0, cut > MAX_QUOTE_LENGTH / 2 ? cut : MAX_QUOTE_LENGTH)
                        .strip() + " …";
    }

    private static String metadataTitle(ResourceBundle messages, String key, String name) {
        return messages.getString(key) + " — " + name;
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static Double percent(double rate) {
        return Double.isNaN(rate) ? null : rate * 100;
    }

    private static JRBeanCollectionDataSource source(Collection<?> rows) {
        return new JRBeanCollectionDataSource(rows);
    }
}
