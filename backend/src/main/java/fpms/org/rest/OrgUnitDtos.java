package fpms.org.rest;

import fpms.common.web.VisibleText;
import fpms.org.OrgLevel;
import fpms.org.OrgUnit;
import fpms.org.service.OrgUnitService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/org-units. */
final class OrgUnitDtos {

    private OrgUnitDtos() {
    }

    static final String CODE_REGEXP = "\\d{2,12}";

    @Schema(name = "OrgUnitView", requiredProperties = {"id", "name", "level", "path", "version"}, description = "An org unit",
            example = "{\"id\": 4, \"parentId\": 3, \"name\": \"文昌镇\", \"level\": \"TOWN\", \"path\": \"/1/2/3/4/\", \"version\": 0}")
    record OrgUnitView(
            @Schema(example = "4") long id,
            @Schema(description = "The parent unit; null for the root", example = "3") Long parentId,
            @Schema(description = "Official administrative division code, where one exists", example = "640502") String code,
            @Schema(example = "文昌镇") String name,
            @Schema(example = "TOWN") OrgLevel level,
            @Schema(description = "Materialized path: the ids from the root down", example = "/1/2/3/4/") String path,
            @Schema(description = "Version for If-Match", example = "0") long version) {

        static OrgUnitView of(OrgUnit u) {
            return new OrgUnitView(u.id, u.parentId, u.code, u.name, u.level, u.path, u.version);
        }
    }

    @Schema(name = "OrgUnitListing", requiredProperties = {"id", "name", "level"}, description = "A unit anywhere in the tree, with the units above it",
            example = "{\"id\": 5, \"code\": \"640502100201\", \"name\": \"黑林村\", \"level\": \"VILLAGE\", \"above\": \"宁夏回族自治区 / 中卫市 / 沙坡头区 / 文昌镇\"}")
    record OrgUnitListing(
            @Schema(example = "5") long id,
            @Schema(example = "640502100201") String code,
            @Schema(example = "黑林村") String name,
            @Schema(example = "VILLAGE") OrgLevel level,
            @Schema(description = "The names of the units above it, from the root down", example = "宁夏回族自治区 / 中卫市 / 沙坡头区 / 文昌镇") String above) {

        static OrgUnitListing of(OrgUnitService.Listing l) {
            return new OrgUnitListing(l.id(), l.code(), l.name(), l.level(), l.above());
        }
    }

    @Schema(name = "OrgUnitNode", requiredProperties = {"id", "name", "level", "path", "version", "children"}, description = "An org unit with its children")
    record OrgUnitNode(
            @Schema(example = "4") long id,
            @Schema(example = "3") Long parentId,
            @Schema(example = "640502") String code,
            @Schema(example = "文昌镇") String name,
            @Schema(example = "TOWN") OrgLevel level,
            @Schema(example = "/1/2/3/4/") String path,
            @Schema(example = "0") long version,
            @Schema(description = "The units directly below") List<OrgUnitNode> children) {
    }

    @Schema(name = "OrgUnitCreate", description = "A new org unit under a parent one level up",
            example = "{\"parentId\": 4, \"name\": \"新建村\", \"level\": \"VILLAGE\"}")
    record OrgUnitCreate(
            @NotNull @Schema(example = "4") Long parentId,
            @Size(max = 12) @Pattern(regexp = CODE_REGEXP, message = "{org-unit.code.pattern}") @Schema(example = "640502") String code,
            @NotBlank @Size(max = 100) @VisibleText @Schema(example = "新建村") String name,
            @NotNull @Schema(example = "VILLAGE") OrgLevel level) {
    }

    @Schema(name = "OrgUnitRename", description = "A new name (and code) for an org unit", example = "{\"name\": \"东台社区\"}")
    record OrgUnitRename(
            @NotBlank @Size(max = 100) @VisibleText @Schema(example = "东台社区") String name,
            @Size(max = 12) @Pattern(regexp = CODE_REGEXP, message = "{org-unit.code.pattern}") @Schema(example = "640502") String code) {
    }

    @Schema(name = "OrgUnitMove", description = "The new parent, one level up", example = "{\"parentId\": 5}")
    record OrgUnitMove(@NotNull @Schema(example = "5") Long parentId) {
    }
}
