package fpms.oversight.rest;

import fpms.common.time.PlausibleYear;
import fpms.org.OrgLevel;
import fpms.oversight.AnnualTarget;
import fpms.oversight.TargetKind;
import fpms.oversight.service.TargetService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/targets. */
final class TargetDtos {

    static final int MAX_COUNT = 1_000_000;

    private TargetDtos() {
    }

    @Schema(name = "TargetView", description = "The annual target of an org unit for one kind",
            requiredProperties = {"id", "orgUnitId", "kind", "year", "count", "version"})
    record TargetView(
            @Schema(example = "1") long id,
            @Schema(example = "4") long orgUnitId,
            @Schema(example = "PREPREGNANCY_CHECK") TargetKind kind,
            @Schema(example = "2018") int year,
            @Schema(description = "How many to reach in the year (for PREPREGNANCY_CHECK: couples)", example = "470") int count,
            @Schema(example = "0") long version) {

        static TargetView of(AnnualTarget t) {
            return new TargetView(t.id, t.orgUnitId, t.kind, t.year, t.count, t.version);
        }
    }

    @Schema(name = "TargetCreate", description = "A target for an org unit strictly below the caller's own",
            example = "{\"orgUnitId\": 5, \"kind\": \"PREPREGNANCY_CHECK\", \"year\": 2018, \"count\": 60}")
    record TargetCreate(
            @NotNull @Schema(example = "5") Long orgUnitId,
            @NotNull @Schema(example = "PREPREGNANCY_CHECK") TargetKind kind,
            @NotNull @PlausibleYear @Schema(description = "From 2000 to 10 years ahead", example = "2018") Integer year,
            @NotNull @Min(value = 1, message = "{target.count.range}") @Max(value = MAX_COUNT, message = "{target.count.range}")
            @Schema(example = "60") Integer count) {
    }

    @Schema(name = "TargetUpdate", description = "The new number of a target", example = "{\"count\": 65}")
    record TargetUpdate(
            @NotNull @Min(value = 1, message = "{target.count.range}") @Max(value = MAX_COUNT, message = "{target.count.range}")
            @Schema(example = "65") Integer count) {
    }

    @Schema(name = "TargetProgressRow", description = "An org unit's target and what is done in its subtree",
            requiredProperties = {"orgUnitId", "name", "level", "done"})
    record ProgressRow(
            @Schema(example = "5") long orgUnitId,
            @Schema(example = "黑林村") String name,
            @Schema(example = "VILLAGE") OrgLevel level,
            @Schema(description = "The target's id (absent: no target set)", example = "51") Long targetId,
            @Schema(description = "The target's version, for If-Match when changing it", example = "0") Long targetVersion,
            @Schema(description = "The target (absent: none set)", example = "60") Integer target,
            @Schema(description = "Done in the year in the unit's subtree", example = "42") long done,
            @Schema(description = "done ÷ target, 4 decimals (may exceed 1); absent without a target", example = "0.7000") BigDecimal rate) {

        static ProgressRow of(TargetService.Row row) {
            AnnualTarget t = row.target();
            BigDecimal rate = t == null ? null
                    : BigDecimal.valueOf(row.done()).divide(BigDecimal.valueOf(t.count), 4, RoundingMode.HALF_UP);
            return new ProgressRow(row.unit().id, row.unit().name, row.unit().level, t == null ? null : t.id,
                    t == null ? null : t.version, t == null ? null : t.count, row.done(), rate);
        }
    }

    @Schema(name = "TargetMonth", description = "One month of the year for the org unit", requiredProperties = {"month", "done", "cumulative"})
    record MonthPoint(
            @Schema(description = "1 to 12", example = "5") int month,
            @Schema(description = "New in this month", example = "37") long done,
            @Schema(description = "From January to the end of this month", example = "180") long cumulative) {
    }

    @Schema(name = "TargetProgress", description = "Progress of an org unit and each direct child against the year's targets, computed now",
            requiredProperties = {"kind", "year", "orgUnit", "children", "months"})
    record Progress(
            @Schema(example = "PREPREGNANCY_CHECK") TargetKind kind,
            @Schema(example = "2018") int year,
            @Schema(description = "The org unit asked for") ProgressRow orgUnit,
            @Schema(description = "Each direct child, in id order") List<ProgressRow> children,
            @Schema(description = "12 points, January to December, for the org unit") List<MonthPoint> months) {

        static Progress of(TargetService.Progress p) {
            List<MonthPoint> months = new ArrayList<>();
            long cumulative = 0;
            for (int m = 0; m < 12; m++) {
                cumulative += p.newPerMonth()[m];
                months.add(new MonthPoint(m + 1, p.newPerMonth()[m], cumulative));
            }
            return new Progress(p.kind(), p.year(), ProgressRow.of(p.total()), p.children().stream().map(ProgressRow::of).toList(), months);
        }
    }
}
