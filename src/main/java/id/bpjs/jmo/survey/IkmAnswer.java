package id.bpjs.jmo.survey;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An answer to one IKM unsur on the four-point scale of Permen PANRB 14/2017 (lampiran II): 1 (tidak baik / tidak
 * sesuai) to 4 (sangat baik / sangat sesuai). Values outside 1–4 fail validation with the message {@code jmo.ikmAnswer}.
 */
@Min(1)
@Max(4)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@jakarta.validation.ReportAsSingleViolation
public @interface IkmAnswer {

    String message() default "{jmo.ikmAnswer}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @OverridesAttribute(constraint = Min.class, name = "value")
    long min() default 1;

    @OverridesAttribute(constraint = Max.class, name = "value")
    long max() default 4;
}
