package id.bpjs.jmo.survey.ui;

import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.survey.KioskService;
import id.bpjs.jmo.survey.PublicSurveyForm;
import id.bpjs.jmo.survey.PublicSurveyService;
import id.bpjs.jmo.survey.PublicSurveyService.FieldError;
import id.bpjs.jmo.survey.PublicSurveyService.Outcome;
import id.bpjs.jmo.survey.SurveyClient;
import id.bpjs.jmo.survey.ui.SurveyPage.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The participants' survey as a light server-rendered page beside the Vaadin app (issue 17: the Vaadin view needed
 * ~780 KB and 6–7 s on a throttled phone before the first control). {@code /survei/PWT} is the address the posters'
 * QR codes print ({@code SurveyPosters}); {@code ?lang=en} for English, {@code ?kiosk=1} on a counter tablet: large
 * type, one question per screen (with JavaScript), an inactivity timeout and a fresh form after each participant.
 * The form works without JavaScript; {@code survey.js} only enhances it. Every rule lives in
 * {@link PublicSurveyService}: this class reads the request and lays out what the service answers. Its paths are
 * served by Spring MVC (request mappings come before Vaadin's catch-all forwarding) through the public filter chain
 * of {@code SecurityConfig} (no login, no session, CSRF token in a cookie).
 */
@Controller
class PublicSurveyController {

    /** Query parameter of the thank-you page when a follow-up case was opened (closed loop, issue 16 §3). */
    static final String FOLLOW_UP_PARAM = "tindaklanjut";

    /** The thank-you screen of a kiosk starts a fresh form by itself after this long. */
    static final int KIOSK_RESET_SECONDS = 8;
    /**
     * The completion time the page states: the whole form (23 questions, the IKM part included) filled at the pace
     * of a careful first-time reader takes 3–4 minutes (docs/PERFORMANCE.md, "Public survey on a phone"); the page
     * says the upper end.
     */
    static final int MINUTES = 4;

    private static final Logger LOG = LoggerFactory.getLogger(PublicSurveyController.class);
    private static final List<String> ASSETS = List.of("survey.css", "survey.js");

    private final PublicSurveyService service;
    private final KioskService kiosks;
    /** Changes with the assets' content, so browsers may keep them for a year. */
    private final String assetVersion;
    private final int idleSeconds;
    private final int warningSeconds;

    /**
     * {@code jmo.survey.kiosk.idle-seconds} (default 90): a kiosk form left alone this long after its last touch asks
     * whether someone is still filling it in; {@code jmo.survey.kiosk.warning-seconds} (default 20): without an
     * answer it is cleared for the next person after this long.
     */
    PublicSurveyController(PublicSurveyService service, KioskService kiosks,
            @Value("${jmo.survey.kiosk.idle-seconds:90}") int idleSeconds,
            @Value("${jmo.survey.kiosk.warning-seconds:20}") int warningSeconds) {
        this.service = service;
        this.kiosks = kiosks;
        this.idleSeconds = idleSeconds;
        this.warningSeconds = warningSeconds;
        var crc = new CRC32();
        for (var asset : ASSETS) {
            try (var in = new ClassPathResource("survey-assets/" + asset).getInputStream()) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("survey asset " + asset + " missing", e);
            }
        }
        this.assetVersion = Long.toHexString(crc.getValue());
    }

    @GetMapping("/survei/{code}")
    String form(@PathVariable String code, @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String kiosk, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var page = new Request(code, lang, kiosk != null);
        if (!service.branchExists(page.code)) {
            return unknownBranch(page, response, model);
        }
        var opening = service.open(page.code, SurveyCookies.client(request, response, page.kiosk));
        if (!opening.allowed()) {
            long minutes = Math.max(1, (opening.retryAfter().toSeconds() + 59) / 60);
            return message(page, model, opening.branchName(), page.texts.get("survey.title"),
                    page.texts.get("survey.limit.exhausted", minutes), "survey-limit-exhausted", null, null);
        }
        var notice = page.kiosk && opening.kiosk() == null ? page.texts.get("survey.limit.notKiosk") : null;
        return form(page, model, opening.branchName(), opening.token(), PublicSurveyForm.empty(), List.of(), notice,
                false);
    }

    @PostMapping("/survei/{code}")
    String submit(@PathVariable String code, @RequestParam MultiValueMap<String, String> posted,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var page = new Request(code, posted.getFirst("lang"), posted.getFirst("kiosk") != null);
        var form = new PublicSurveyForm(posted.toSingleValueMap());
        var token = posted.getFirst("token") == null ? "" : posted.getFirst("token");
        var client = SurveyCookies.client(request, response, page.kiosk);
        if (!service.branchExists(page.code)) {
            return unknownBranch(page, response, model);
        }
        var branchName = service.branchName(page.code);
        PublicSurveyService.Submission submission;
        try {
            submission = service.submit(page.code, form, client, token);
        } catch (RuntimeException failed) {
            // the person must know their answers are not stored; the page keeps them for the retry
            LOG.error("Public survey response for {} not stored", page.code, failed);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return form(page, model, branchName, token, form, List.of(), page.texts.get("survey.limit.notSaved"), true);
        }
        if (submission.outcome() == null) {
            response.setStatus(422);
            return form(page, model, branchName, token, form, submission.errors(), null, false);
        }
        return switch (submission.outcome()) {
            // answered with the thank-you page itself, not a redirect to it: on a phone network every request costs
            // a round trip (docs/PERFORMANCE.md, "Public survey on a phone"). Sending again (reload, back and send)
            // finds the form's token used and stores nothing; the page's script puts the thank-you address in the
            // history entry, so a reload asks for that page instead of posting again.
            case STORED, ALREADY_STORED -> thanks(page, model, response, branchName, form.followUp().requested());
            case RATE_LIMITED -> {
                response.setStatus(429);
                yield form(page, model, branchName, token, form, List.of(), page.texts.get("survey.rateLimited"),
                        false);
            }
            case FORM_EXPIRED -> {
                // the form was open longer than its token lives: a new token, the answers stay, one press sends them
                var opening = service.open(page.code, client);
                yield form(page, model, branchName, opening.allowed() ? opening.token() : token, form, List.of(),
                        page.texts.get(opening.allowed() ? "survey.limit.formExpired" : "survey.rateLimited"), false);
            }
            case UNKNOWN_BRANCH -> unknownBranch(page, response, model);
        };
    }

    @GetMapping("/survei/{code}/terima-kasih")
    String thanks(@PathVariable String code, @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String kiosk,
            @RequestParam(name = FOLLOW_UP_PARAM, required = false) @Nullable String followUp,
            HttpServletResponse response, Model model) {
        var page = new Request(code, lang, kiosk != null);
        if (!service.branchExists(page.code)) {
            return unknownBranch(page, response, model);
        }
        return thanks(page, model, response, service.branchName(page.code), followUp != null);
    }

    /**
     * The thank-you page, as the answer to a stored post or to {@code GET /survei/{code}/terima-kasih}; its address
     * goes into {@code Content-Location} and the page's {@code data-thanks-url}, where the script puts it in the
     * browser's history.
     *
     * @param followUp a follow-up case was opened: the page says the branch will call
     */
    private String thanks(Request page, Model model, HttpServletResponse response, String branchName,
            boolean followUp) {
        var address = page.thanks(page.english, followUp);
        response.setHeader(HttpHeaders.CONTENT_LOCATION, address);
        page.common(model, branchName, assetVersion);
        model.addAttribute("thanksUrl", address);
        model.addAttribute("resetSeconds", KIOSK_RESET_SECONDS);
        model.addAttribute("followUpThanks", followUp);
        // the other language of this same page: a new form there looked as if the answers had been lost
        model.addAttribute("switchUrl", page.thanks(!page.english, followUp));
        return "survey/thanks";
    }

    /**
     * Opened once on a counter tablet with the link from the kiosk registration: keeps the secret in a cookie on the
     * tablet and links to the branch's survey in kiosk mode. A revoked or unknown secret sets nothing.
     */
    @GetMapping("/kiosk/{secret}")
    String activateKiosk(@PathVariable String secret, @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var page = new Request("", lang, true);
        var kiosk = kiosks.bySecret(secret);
        var title = page.texts.get("kiosk.activation.title");
        if (kiosk.isEmpty()) {
            return message(page, model, null, title, page.texts.get("kiosk.activation.invalid"),
                    "kiosk-activation-invalid", null, null);
        }
        SurveyCookies.rememberKiosk(request, response, secret);
        var k = kiosk.get();
        var start = new Request(k.branchCode(), lang, true);
        return message(page, model, null, title, page.texts.get("kiosk.activation.done", k.name(), k.branchCode()),
                "kiosk-activation-done", start.url("/survei/" + start.code),
                page.texts.get("kiosk.activation.start"));
    }

    @GetMapping("/survei/aset/{file:survey\\.(?:css|js)}")
    ResponseEntity<Resource> asset(@PathVariable String file) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .contentType(file.endsWith(".css") ? MediaType.valueOf("text/css;charset=UTF-8")
                        : MediaType.valueOf("text/javascript;charset=UTF-8"))
                .body(new ClassPathResource("survey-assets/" + file));
    }

    private String form(Request page, Model model, String branchName, @Nullable String token, PublicSurveyForm form,
            List<FieldError> errors, @Nullable String notice, boolean retry) {
        page.common(model, branchName, assetVersion);
        var steps = SurveyPage.steps(page.texts, service.followUpRetentionDays());
        var messages = new LinkedHashMap<String, String>();
        errors.forEach(e -> messages.put(e.field(), page.texts.get(e.messageKey())));
        model.addAttribute("steps", steps);
        model.addAttribute("questions", SurveyPage.questions(steps).stream()
                .collect(java.util.stream.Collectors.toMap(SurveyPage.Question::field, q -> q)));
        model.addAttribute("form", form);
        model.addAttribute("errors", messages);
        model.addAttribute("errorList", errors);
        model.addAttribute("notice", notice);
        model.addAttribute("retry", retry);
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("minutes", MINUTES);
        model.addAttribute("idleSeconds", idleSeconds);
        model.addAttribute("warningSeconds", warningSeconds);
        return "survey/form";
    }

    private String unknownBranch(Request page, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return message(page, model, null, page.texts.get("survey.unknownBranch.title"),
                page.texts.get("survey.unknownBranch.text", page.code), "survey-unknown-branch", null, null);
    }

    private String message(Request page, Model model, @Nullable String branchName, String title, String text,
            String id, @Nullable String link, @Nullable String linkText) {
        page.common(model, branchName, assetVersion);
        model.addAttribute("title", title);
        model.addAttribute("text", text);
        model.addAttribute("textId", id);
        model.addAttribute("link", link);
        model.addAttribute("linkText", linkText);
        return "survey/message";
    }

    /** What every public page reads from the request: branch code, language, kiosk mode. */
    private static final class Request {
        final String code;
        final boolean english;
        final boolean kiosk;
        final Texts texts;

        Request(String code, @Nullable String lang, boolean kiosk) {
            this.code = code.toUpperCase(java.util.Locale.ROOT);
            var locale = Formats.language(lang == null ? null : java.util.Locale.forLanguageTag(lang));
            this.english = Formats.isEnglish(locale);
            this.kiosk = kiosk;
            this.texts = new Texts(locale);
        }

        /** {@code path} with this page's language and kiosk mode. */
        String url(String path) {
            return url(path, english);
        }

        String url(String path, boolean inEnglish) {
            var builder = UriComponentsBuilder.fromPath(path);
            if (inEnglish) {
                builder.queryParam("lang", "en");
            }
            if (kiosk) {
                builder.queryParam("kiosk", "1");
            }
            return builder.encode().build().toUriString();
        }

        /**
         * The thank-you page after a stored response, in a language; with the follow-up flag when a follow-up case
         * was opened. Only the language, kiosk mode and that flag travel in the address, never an answer.
         */
        String thanks(boolean inEnglish, boolean followUp) {
            var thanks = url("/survei/" + code + "/terima-kasih", inEnglish);
            return followUp ? thanks + (thanks.contains("?") ? "&" : "?") + FOLLOW_UP_PARAM + "=1" : thanks;
        }

        void common(Model model, @Nullable String branchName, String assetVersion) {
            model.addAttribute("t", texts);
            model.addAttribute("lang", texts.locale().getLanguage());
            model.addAttribute("kiosk", kiosk);
            model.addAttribute("code", code);
            model.addAttribute("branchName", branchName);
            model.addAttribute("assetVersion", assetVersion);
            model.addAttribute("action", "/survei/" + code);
            model.addAttribute("freshUrl", url("/survei/" + code));
            model.addAttribute("switchUrl", url("/survei/" + code, !english));
        }
    }
}
