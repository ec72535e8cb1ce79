package id.bpjs.jmo.survey;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records survey responses one at a time, keeping the daily aggregates exact in the same transaction. */
@Service
@Transactional
public class SurveyService {

    private final SurveyResponseRepository responses;
    private final SurveyAggregates aggregates;
    private final Validator validator;

    SurveyService(SurveyResponseRepository responses, SurveyAggregates aggregates, Validator validator) {
        this.responses = responses;
        this.aggregates = aggregates;
        this.validator = validator;
    }

    /** Stores a valid response; an invalid one is refused with every violation and nothing is stored. */
    public SurveyResponse record(SurveyResponse response) {
        var violations = validator.validate(response);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return store(response);
    }

    /**
     * Stores a response from the public survey form, which asks for every field of our questionnaire (channel, "uses
     * JMO", all Rogers items, overall satisfaction) besides what {@link #record} requires; refused like there.
     */
    public SurveyResponse recordPublicForm(SurveyResponse response) {
        var violations = validator.validate(response, jakarta.validation.groups.Default.class,
                SurveyResponse.PublicForm.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return store(response);
    }

    private SurveyResponse store(SurveyResponse response) {
        var saved = responses.save(response);
        aggregates.add(saved);
        return saved;
    }
}
