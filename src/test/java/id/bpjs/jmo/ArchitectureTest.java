package id.bpjs.jmo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The package-by-feature rules of the team's house style (a shared style guide kept outside this repository; what
 * they mean here is in docs/ARCHITECTURE.md), kept by the build.
 */
class ArchitectureTest {

    private static final String BASE = "id.bpjs.jmo";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void domain_and_services_do_not_depend_on_the_user_interface() {
        // Spring configuration may name the login view (the security configurer needs it); nothing else may.
        noClasses().that().resideOutsideOfPackages("..ui..", BASE + ".layout..")
                .and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAnyPackage(BASE + "..ui..", BASE + ".layout..")
                .check(CLASSES);
    }

    @Test
    void services_and_entities_do_not_use_vaadin_components() {
        noClasses().that().resideOutsideOfPackages("..ui..", BASE + ".layout..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_by_transactional_services() {
        classes().that().areAssignableTo(Repository.class).should().onlyBeAccessed()
                .byClassesThat().areAnnotatedWith(Transactional.class).check(CLASSES);
    }

    @Test
    void repositories_are_package_private() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void every_view_declares_who_may_see_it() {
        classes().that().areAnnotatedWith(Route.class).should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .check(CLASSES);
    }

    @Test
    void views_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).and().areAssignableTo(Component.class)
                .should().resideInAPackage("..ui..").check(CLASSES);
    }

    @Test
    void views_do_not_compute_statistics() {
        // significance, intervals and the like are judged once, in services; views only show the verdicts
        // (a view may read a verdict the service returned — Significance.Change, .Verdict — but never run a test)
        noClasses().that().resideInAnyPackage("..ui..", BASE + ".layout..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a test of base.stats.Significance", (com.tngtech.archunit.core.domain.JavaMethodCall call) ->
                                call.getTargetOwner().getName().equals(BASE + ".base.stats.Significance")))
                .check(CLASSES);
    }

    @Test
    void views_only_format_figures_the_services_computed() {
        // Changes, shares, means, crossings and rounding to "as shown" are computed once, on the service side, and
        // returned as records (issue 14): a view may read a verdict or a record's field, never do the arithmetic.
        noClasses().that().resideInAnyPackage("..ui..", BASE + ".layout..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "arithmetic of base.stats or base.domain.Ratio, the IKM's calculator, or a mean",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) -> {
                            var owner = call.getTargetOwner().getName();
                            var method = call.getName();
                            if (owner.startsWith(BASE + ".base.stats.")) {
                                // reading what a service returned (Change.verdict(), Verdict.significant(), a switch
                                // over a verdict) is fine
                                return !call.getTargetOwner().isEnum()
                                        && (!call.getTarget().getRawParameterTypes().isEmpty()
                                        || call.getTarget().resolveMember().map(m -> m.getModifiers()
                                                .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                                                .orElse(true));
                            }
                            if (owner.equals(BASE + ".base.domain.Ratio")) {
                                return true;
                            }
                            // the IKM of a page's sums is computed on the service side (DashboardData.ikm(), the
                            // findings, the report) and handed over as a result; a view never runs the calculator
                            if (owner.equals(BASE + ".ikm.IkmCalculator")) {
                                return true;
                            }
                            if (owner.equals(BASE + ".survey.ImportancePerformance") && method.equals("of")) {
                                return true;
                            }
                            return method.equals("average") && (owner.equals("java.util.stream.DoubleStream")
                                    || owner.equals("java.util.stream.IntStream")
                                    || owner.equals("java.util.stream.LongStream"))
                                    || owner.equals("java.util.stream.Collectors") && method.startsWith("averaging");
                        }))
                .because("views only lay out and bind; numbers come from services (docs/ARCHITECTURE.md, How a"
                        + " request flows)")
                .check(CLASSES);
    }

    @Test
    void the_ikm_lives_in_the_ikm_feature() {
        // Issue 14: the IKM's report, exports, follow-up plan and view live in ikm/ beside the calculator. The one
        // exception is the survey's own constraint on a U1..U9 answer, which belongs to the response it validates.
        classes().that().haveNameMatching(".*\\.[^.$]*Ikm[^.]*").and().doNotHaveFullyQualifiedName(
                        BASE + ".survey.IkmAnswer")
                .should().resideInAPackage(BASE + ".ikm..")
                .check(CLASSES);
    }

    @Test
    void the_layout_package_holds_only_layouts() {
        // BranchScope once sat here though it is the user's branch rule (now security.ui); keep layout for layouts.
        classes().that().resideInAPackage(BASE + ".layout").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().beAssignableTo(Component.class)
                .check(CLASSES);
    }

    @Test
    void chart_js_configurations_are_built_by_chart_configs_classes_in_ui() {
        // One naming convention for charts (docs/ARCHITECTURE.md): <Page>ChartConfigs in a ui package turns records
        // into Chart.js configurations, base.ui.ChartJs draws them, <X>ChartImages draws PNGs for exports.
        noClasses().that(DescribedPredicate.describe("are not a *ChartConfigs class (or nested in one) or ChartJs",
                        (JavaClass c) -> {
                            var top = c;
                            while (top.getEnclosingClass().isPresent()) {
                                top = top.getEnclosingClass().get();
                            }
                            return !(top.getSimpleName().endsWith("ChartConfigs") && top.getPackageName().contains(".ui")
                                    || top.getName().equals(BASE + ".base.ui.ChartJs"));
                        }))
                .should().callConstructorWhere(DescribedPredicate.describe("a Chart.js model class",
                        (com.tngtech.archunit.core.domain.JavaConstructorCall call) ->
                                call.getTargetOwner().getPackageName().startsWith("software.xdev.chartjs")))
                .check(CLASSES);
    }

    @Test
    void complaint_deadline_rules_live_in_complaint_deadlines() {
        // open / overdue / age are decided by ComplaintDeadlines; no one else reads the time limits to decide them
        noClasses().that().doNotHaveFullyQualifiedName(BASE + ".complaint.ComplaintDeadlines")
                .should().callMethod(id.bpjs.jmo.calendar.WorkingDayCalendar.class, "earliestDateWithAgeAtMost",
                        java.time.LocalDate.class, int.class)
                .check(CLASSES);
    }

    @Test
    void time_comes_from_the_service_time_not_from_the_jvm_zone() {
        // The shipped image runs in UTC: a no-arg now() or the default zone there is 7 hours behind WIB, so "today"
        // and working-day ages were a day off between 00:00 and 07:00. Now and today come from base.time.ServiceTime.
        noClasses().that().resideOutsideOfPackage(BASE + ".base.time..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.util.TimeZone.class, "getDefault")
                .because("now and today depend on the branch's zone (ServiceTime), never on the server's")
                .check(CLASSES);
    }

    @Test
    void every_dialog_opens_with_the_cursor_in_its_first_field_and_saves_on_ctrl_enter() {
        // issue 17: three dialogs (claim rating, kiosk registration and revocation) were made without it and opened
        // with the focus nowhere. The method that makes a Dialog wires its keyboard; a question without a field is a
        // ConfirmDialog (not a Dialog), which opens with the focus on its confirm button.
        codeUnits().that(DescribedPredicate.describe("make a Dialog", (JavaCodeUnit unit) ->
                        unit.getConstructorCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
                                .isAssignableTo(com.vaadin.flow.component.dialog.Dialog.class))))
                .should(ArchCondition.from(DescribedPredicate.describe("call Dialogs.keyboard", (JavaCodeUnit unit) ->
                        unit.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("keyboard")
                                && call.getTargetOwner().isEquivalentTo(id.bpjs.jmo.base.ui.Dialogs.class)))))
                .because("every dialog puts the cursor in its first field and saves with Ctrl+Enter (base.ui.Dialogs)")
                .check(CLASSES);
    }

    @Test
    void date_pickers_are_made_by_date_pickers_so_they_speak_the_page_language() {
        // a picker made elsewhere showed English month names and M/d/yyyy on the Indonesian page (issue 17)
        noClasses().that().doNotHaveSimpleName("DatePickers")
                .should().callConstructorWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a DatePicker or DateTimePicker constructor", call -> call.getTargetOwner().isAssignableTo(
                                com.vaadin.flow.component.datepicker.DatePicker.class) || call.getTargetOwner()
                                .isAssignableTo(com.vaadin.flow.component.datetimepicker.DateTimePicker.class)))
                .check(CLASSES);
    }
}
