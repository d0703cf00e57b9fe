package fpms.household.rest;

import fpms.common.web.VisibleText;
import fpms.household.Household;
import fpms.household.HouseholdMembership;
import fpms.household.HouseholdType;
import fpms.household.MembershipEvent;
import fpms.household.Relation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/households. */
final class HouseholdDtos {

    static final String CODE = "[A-Za-z0-9-]{1,32}";
    static final String CODE_MESSAGE = "{household.code.pattern}";

    private HouseholdDtos() {
    }

    @Schema(name = "HouseholdView", description = "A household",
            requiredProperties = {"id", "orgUnitId", "code", "address", "type", "status", "memberCount", "version"})
    record HouseholdView(
            @Schema(example = "1001") long id,
            @Schema(description = "The village", example = "5") long orgUnitId,
            @Schema(example = "HL-0012") String code,
            @Schema(example = "黑林村三组12号") String address,
            @Schema(example = "REGISTERED") HouseholdType type,
            @Schema(example = "1203") Long headId,
            @Schema(description = "The head's name", example = "马建国") String headName,
            @Schema(example = "ACTIVE") Household.Status status,
            @Schema(example = "4") int memberCount,
            LocalDate closedOn,
            @Schema(description = "Why it was closed; one the system wrote comes in the Accept-Language", example = "全户迁出")
            String closedReason,
            @Schema(example = "0") long version) {
    }

    @Schema(name = "HouseholdDetail", description = "A household with its members and the history of who was in it when",
            requiredProperties = {"household", "members", "history"})
    record HouseholdDetail(HouseholdView household, List<PersonDtos.PersonView> members, List<Stay> history) {
    }

    @Schema(name = "HouseholdStay", description = "One person's stay in the household", requiredProperties = {"personId", "personName", "relation", "joinedOn", "joinedBy"})
    record Stay(
            @Schema(example = "1203") long personId,
            @Schema(example = "马秀英") String personName,
            @Schema(example = "SPOUSE") Relation relation,
            @Schema(example = "2018-07-01") LocalDate joinedOn,
            @Schema(example = "ADD") MembershipEvent joinedBy,
            LocalDate leftOn,
            MembershipEvent leftBy) {

        static Stay of(HouseholdMembership m, String name) {
            return new Stay(m.personId, name, m.relation, m.joinedOn, m.joinedBy, m.leftOn, m.leftBy);
        }
    }

    @Schema(name = "HouseholdWrite", description = "A household's code (unique in its village), address and type",
            example = "{\"orgUnitId\": 5, \"code\": \"HL-0012\", \"address\": \"黑林村三组12号\", \"type\": \"REGISTERED\"}")
    record HouseholdWrite(
            @Schema(description = "The village (on create)", example = "5") Long orgUnitId,
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "HL-0012") String code,
            @NotBlank @Size(max = 200) @VisibleText @Schema(example = "黑林村三组12号") String address,
            @NotNull @Schema(example = "REGISTERED") HouseholdType type) {
    }

    @Schema(name = "HouseholdMember", description = "A person and their relation to the head", example = "{\"personId\": 1203, \"relation\": \"SPOUSE\"}")
    record Member(@NotNull @Schema(example = "1203") Long personId, @NotNull @Schema(example = "SPOUSE") Relation relation) {
    }

    @Schema(name = "MemberMove", description = "Move a member into another household", example = "{\"personId\": 1203, \"toHouseholdId\": 1002, \"relation\": \"OTHER\"}")
    record MemberMove(
            @NotNull @Schema(example = "1203") Long personId,
            @NotNull @Schema(example = "1002") Long toHouseholdId,
            @NotNull @Schema(example = "OTHER") Relation relation) {
    }

    @Schema(name = "HeadChange", description = "The new head, and what the former head becomes", example = "{\"personId\": 1204, \"formerHeadRelation\": \"PARENT\"}")
    record HeadChange(
            @NotNull @Schema(example = "1204") Long personId,
            @NotNull @Schema(example = "PARENT") Relation formerHeadRelation) {
    }

    @Schema(name = "HouseholdSplit", description = "Members that leave to form a new household; exactly one is its HEAD",
            example = "{\"code\": \"HL-0013\", \"address\": \"黑林村三组13号\", \"members\": [{\"personId\": 1205, \"relation\": \"HEAD\"}, {\"personId\": 1206, \"relation\": \"SPOUSE\"}]}")
    record Split(
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "HL-0013") String code,
            @NotBlank @Size(max = 200) @VisibleText @Schema(example = "黑林村三组13号") String address,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Member> members) {
    }

    @Schema(name = "HouseholdMerge", description = "Another household whose members join this one; it is then closed",
            example = "{\"fromHouseholdId\": 1002, \"relations\": [{\"personId\": 1207, \"relation\": \"PARENT\"}], \"reason\": \"老人随子女生活\"}")
    record Merge(
            @NotNull @Schema(example = "1002") Long fromHouseholdId,
            @Size(max = 100) @Schema(description = "Relations to this household's head; OTHER where none is given")
            List<@Valid @NotNull Member> relations,
            @Size(max = 500) @Schema(example = "老人随子女生活") String reason) {
    }

    @Schema(name = "HouseholdClose", description = "Why the household is closed", example = "{\"reason\": \"全户迁出\"}")
    record Close(@NotBlank @Size(max = 500) @Schema(example = "全户迁出") String reason) {
    }
}
