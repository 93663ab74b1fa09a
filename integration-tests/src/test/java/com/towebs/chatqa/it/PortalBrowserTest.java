package com.towebs.chatqa.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real headless Chromium, signed in through the real Keycloak login page: each role sees its
 * pages and nothing more, ids cannot be swapped, transcript text stays text, documents download, an override
 * changes the score and leaves its trail. Screenshots of each role's main page land in target/screenshots.
 */
@ExtendWith({ItEnvironment.class, ArquillianExtension.class})
class PortalBrowserTest {

    private static final String PAYLOAD = "<script>alert('xss')</script> y <img src=x onerror=alert(1)>";

    private static long florenciasChat;
    private static long diegosChat;
    private static long carlasChat;

    @BeforeAll
    static void theTeamsHaveGradedChatsInOctober() {
        String chats = String.join(
                "\n",
                chat(
                        "portal-1",
                        "florencia.rios",
                        "Florencia Ríos",
                        "hosting",
                        "2026-10-06",
                        "hola, me aparece esto en la web: " + PAYLOAD,
                        "¡Hola! Soy Florencia, de ToWebs. Entiendo, en tu sitio aparece un código raro. ¿Desde cuándo te pasa?",
                        "desde ayer",
                        "Listo, era un plugin comprometido; lo desactivé y limpié el sitio. ¿Te ayudo con algo más?",
                        "no, gracias!"),
                chat(
                        "portal-2",
                        "diego.acosta",
                        "Diego Acosta",
                        "hosting",
                        "2026-10-07",
                        "no puedo entrar al cpanel",
                        "fijate la clave",
                        "ya la probé",
                        "y bueno, reseteala"),
                chat(
                        "portal-3",
                        "carla.mendez",
                        "Carla Méndez",
                        "dominios",
                        "2026-10-08",
                        "quiero transferir mi dominio",
                        "¡Hola! Soy Carla. Claro, para transferirlo necesito el código EPP de tu proveedor actual. ¿Ya lo tenés?",
                        "sí, es AB12-CD34",
                        "Perfecto, ya inicié la transferencia; tarda hasta cinco días. ¿Algo más?"));
        assertThat(Application.post("/api/v1/chats", chats).body()).contains("\"accepted\":3");
        Application.await(
                "the portal chats graded and in the warehouse",
                Duration.ofSeconds(90),
                () -> Application.count(
                                "select count(*) from fact_chat_evaluation f join dim_agent a on a.agent_key = f.agent_key"
                                        + " where a.agent_id in ('florencia.rios', 'diego.acosta', 'carla.mendez')")
                        >= 3);
        florenciasChat = chatId("portal-1");
        diegosChat = chatId("portal-2");
        carlasChat = chatId("portal-3");
    }

    @Test
    void eachRoleSeesItsOwnPagesAndNothingMore() {
        try (Browser agent = new Browser().signIn("florencia.rios")) {
            agent.open("/app/agent/evaluations.xhtml").waitFor(By.id("evaluations"));
            assertThat(agent.find(By.id("evaluations")).getText())
                    .contains("portal-1")
                    .doesNotContain("portal-2", "portal-3");
            agent.screenshot("agent-mis-evaluaciones");
            assertForbidden(agent, "/app/manager/dashboard.xhtml");
            assertForbidden(agent, "/app/hr/export.xhtml");
            assertForbidden(agent, "/app/admin/ingestion.xhtml");
        }
        try (Browser manager = new Browser().signIn("valeria.paz")) {
            manager.open("/app/manager/dashboard.xhtml").waitFor(By.id("keyFigures"));
            manager.screenshot("manager-dashboard");
            assertThat(manager.find(By.id("agents")).getText())
                    .contains("Florencia", "Diego")
                    .doesNotContain("Carla");
            assertForbidden(manager, "/app/chat.xhtml?id=" + carlasChat);
            assertForbidden(manager, "/app/admin/rubric.xhtml");
        }
        try (Browser hr = new Browser().signIn("marta.ibanez")) {
            hr.open("/app/hr/evaluations.xhtml").waitFor(By.id("evaluations"));
            assertThat(hr.find(By.id("evaluations")).getText()).contains("portal-1", "portal-2", "portal-3");
            hr.screenshot("hr-evaluaciones");
            hr.open("/app/chat.xhtml?id=" + carlasChat).waitFor(By.id("transcript"));
            assertThat(hr.findAll(By.id("overrideForm")))
                    .as("HR reads, never overrides")
                    .isEmpty();
            assertForbidden(hr, "/app/manager/dashboard.xhtml");
        }
        try (Browser admin = new Browser().signIn("julian.ortiz")) {
            admin.open("/app/admin/ingestion.xhtml").waitFor(By.id("runs"));
            admin.screenshot("qa-admin-ingestion");
            admin.open("/app/admin/rubric.xhtml").waitFor(By.id("versions"));
            admin.screenshot("qa-admin-rubric");
        }
    }

    @Test
    void anAgentCannotReadAnotherAgentsChatByChangingTheId() {
        try (Browser agent = new Browser().signIn("florencia.rios")) {
            agent.open("/app/chat.xhtml?id=" + florenciasChat).waitFor(By.id("transcript"));
            assertForbidden(agent, "/app/chat.xhtml?id=" + diegosChat);
        }
        assertThat(Application.get(
                                "/api/v1/reports/agents/diego.acosta/2026-10",
                                ItEnvironment.userToken("florencia.rios"))
                        .statusCode())
                .as("the API applies the same rule")
                .isEqualTo(403);
        assertThat(Application.get("/api/v1/reports/teams/dominios/2026-10", ItEnvironment.userToken("valeria.paz"))
                        .statusCode())
                .as("a manager of other teams")
                .isEqualTo(403);
    }

    @Test
    void transcriptTextWithHtmlAndScriptRendersAsText() {
        try (Browser agent = new Browser().signIn("florencia.rios")) {
            agent.open("/app/chat.xhtml?id=" + florenciasChat);
            WebElement message = agent.waitFor(By.id("message-1"));
            assertThat(message.getText()).contains("<script>alert('xss')</script>", "<img src=x onerror=alert(1)>");
            assertThat(agent.findAll(By.cssSelector("#transcript script, #transcript img")))
                    .isEmpty();
            assertThatThrownBy(() -> agent.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            agent.screenshot("agent-chat");
        }
    }

    @Test
    void aManagerDownloadsTheTeamPdfAndHrTheExcelExport() throws IOException {
        try (Browser manager = new Browser().signIn("valeria.paz")) {
            manager.open("/app/manager/dashboard.xhtml?team=hosting&month=2026-10")
                    .waitFor(By.id("keyFigures"));
            String href = manager.find(By.id("teamPdf")).getAttribute("href");
            HttpResponse<byte[]> pdf = manager.download(href);
            assertThat(pdf.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains("hosting", "Octubre 2026", "Florencia Ríos");
            }
        }
        try (Browser hr = new Browser().signIn("marta.ibanez")) {
            hr.open("/app/hr/export.xhtml").waitFor(By.id("exportFrom"));
            type(hr.find(By.id("exportFrom")), "2026-10");
            type(hr.find(By.id("exportTo")), "2026-10");
            hr.find(By.id("startExport")).click();
            String href;
            try {
                href = settling(hr, 60)
                        .until(driver -> driver.findElements(By.id("downloadExport")).stream()
                                .filter(WebElement::isDisplayed)
                                .map(link -> link.getAttribute("href"))
                                .findFirst()
                                .orElse(null));
            } finally {
                hr.screenshot("hr-export");
            }
            HttpResponse<byte[]> xlsx = hr.download(href);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet chats = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
                assertThat(chats.getLastRowNum()).isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void aVerdictOverrideChangesTheScoreAndShowsInTheAuditTrail() {
        try (Browser manager = new Browser().signIn("valeria.paz")) {
            manager.open("/app/chat.xhtml?id=" + diegosChat).waitFor(By.id("overrideForm"));
            String before = manager.find(By.id("score")).getText();
            new Select(manager.find(By.id("overrideCriterion"))).selectByValue("GREETING");
            new Select(manager.find(By.id("overrideVerdict"))).selectByValue("NOT_MET");
            type(
                    manager.find(By.id("overrideReason")),
                    "El saludo fue el automático del sistema: el agente no saludó ni se presentó.");
            manager.find(By.id("override")).click();
            try {
                settling(manager, 20)
                        .until(driver ->
                                driver.findElement(By.id("overrides")).getText().contains("valeria.paz"));
            } catch (RuntimeException e) {
                manager.screenshot("manager-override-failed");
                throw e;
            }
            assertThat(manager.find(By.id("overrides")).getText()).contains("no saludó", "GREETING");
            assertThat(manager.find(By.id("score")).getText()).isNotEqualTo(before);
            manager.screenshot("manager-override");
        }
        assertThat(Application.count("select count(*) from verdict_override where overridden_by = 'valeria.paz'"))
                .isOne();
    }

    @Test
    void anAgentDisputesAVerdictAndTheManagerDecidesItFromTheQueue() {
        try (Browser agent = new Browser().signIn("florencia.rios")) {
            agent.open("/app/chat.xhtml?id=" + florenciasChat).waitFor(By.id("disputeForm"));
            new Select(agent.find(By.id("disputeCriterion"))).selectByValue("EMPATHY");
            type(agent.find(By.id("disputeComment")), "Le dije que entendía lo preocupante del sitio caído.");
            agent.find(By.id("openDispute")).click();
            settling(agent, 20)
                    .until(driver ->
                            driver.findElement(By.id("disputes")).getText().contains("preocupante"));
        }
        try (Browser manager = new Browser().signIn("valeria.paz")) {
            manager.open("/app/manager/disputes.xhtml");
            assertThat(manager.waitFor(By.id("disputes")).getText()).contains("portal-1", "preocupante");
            manager.screenshot("manager-disputas");
            type(
                    manager.find(By.id("decision")),
                    "El saludo y el cierre fueron correctos, pero no hubo empatía explícita.");
            manager.find(By.id("decide")).click();
            settling(manager, 20)
                    .until(driver -> driver.findElements(By.id("disputes")).isEmpty());
        }
        assertThat(Application.query("select state || ' ' || decided_by from dispute"))
                .containsExactly("REJECTED valeria.paz");
    }

    @Test
    void signingOutEndsThePortalAndKeycloakSessions() {
        try (Browser agent = new Browser().signIn("carla.mendez")) {
            agent.find(By.id("logout")).click();
            agent.waitFor(By.id("username"));
            agent.open("/app/index.xhtml");
            assertThat(agent.waitFor(By.id("username")).isDisplayed())
                    .as("Keycloak asks to sign in again")
                    .isTrue();
        }
    }

    /** A wait that tolerates the page being replaced under it (a form submit reloads it). */
    private static WebDriverWait settling(Browser browser, int seconds) {
        return (WebDriverWait) new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class);
    }

    private static void assertForbidden(Browser browser, String path) {
        browser.open(path);
        assertThat(browser.waitFor(By.tagName("body")).getText()).containsAnyOf("403", "No tenés permiso");
        assertThat(browser.findAll(By.id("transcript"))).isEmpty();
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static long chatId(String externalId) {
        return Long.parseLong(Application.query("select id from chat where external_id = ?", externalId)
                .get(0));
    }

    private static String chat(String id, String agent, String agentName, String team, String day, String... texts) {
        StringBuilder messages = new StringBuilder(
                "{\"at\":\"" + day + "T13:00:00Z\",\"from\":\"system\",\"text\":\"Bienvenido a ToWebs\"}");
        for (int i = 0; i < texts.length; i++) {
            messages.append(",{\"at\":\"")
                    .append(day)
                    .append("T13:")
                    .append(String.format("%02d", i + 1))
                    .append(":00Z\",\"from\":\"")
                    .append(i % 2 == 0 ? "customer" : "agent")
                    .append("\",\"text\":\"")
                    .append(texts[i].replace("\"", "\\\""))
                    .append("\"}");
        }
        return "{\"id\":\"" + id + "\",\"status\":\"closed\",\"agent\":{\"id\":\"" + agent + "\",\"name\":\""
                + agentName
                + "\",\"team\":\"" + team + "\"},\"customer\":{\"id\":\"c-" + id
                + "\",\"name\":\"Cliente\"},\"messages\":["
                + messages + "]}";
    }
}
