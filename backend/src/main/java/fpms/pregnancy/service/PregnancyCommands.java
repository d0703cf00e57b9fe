package fpms.pregnancy.service;

import fpms.household.Sex;
import fpms.pregnancy.OutcomeType;
import java.time.LocalDate;
import java.util.List;

/** What callers ask of pregnancies, as the service receives them (validated for shape by the REST layer). */
public final class PregnancyCommands {

    private PregnancyCommands() {
    }

    /** Registration, and correction (then with a reason): LMP (a reason at a rare age), EDD (LMP + 280 unless corrected with a reason), … */
    public record Registration(Long personId, LocalDate lmp, String ageReason, LocalDate edd, String eddReason, LocalDate registeredOn,
            Integer birthOrder, String birthOrderReason, List<String> riskFactors, Long responsibleWorkerId) {
    }

    public record Baby(Sex sex, Integer weightGrams, boolean alive, String name) {
    }

    /** The reason says why a live birth before 22 weeks is recorded as a birth (kept as the outcome's reason). */
    public record Delivery(LocalDate date, String place, Long fatherId, List<Baby> babies, String reason) {
    }

    public record End(LocalDate date, OutcomeType type, String reason) {
    }

    public record Transfer(LocalDate date, Long toOrgUnitId, String reason) {
    }
}
