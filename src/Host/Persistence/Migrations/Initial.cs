using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>Schema version 1: families, cases, the children they concern, and the case history.</summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.Initial)]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "families",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                locality = table.Column<string>(nullable: false),
                address_line1 = table.Column<string>(nullable: false),
                address_line2 = table.Column<string>(nullable: true),
                town = table.Column<string>(nullable: false),
                postcode = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_families", x => x.id));

        migrationBuilder.CreateTable(
            name: "family_members",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                family_id = table.Column<Guid>(nullable: false),
                position = table.Column<int>(nullable: false),
                given_name = table.Column<string>(nullable: false),
                family_name = table.Column<string>(nullable: false),
                date_of_birth = table.Column<DateOnly>(nullable: true),
                role = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_family_members", x => x.id);
                table.ForeignKey("fk_family_members_families_family_id", x => x.family_id, "families", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_family_members_family_id", "family_members", "family_id");

        migrationBuilder.CreateTable(
            name: "cases",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                family_id = table.Column<Guid>(nullable: false),
                locality = table.Column<string>(nullable: false),
                state = table.Column<string>(nullable: false),
                version = table.Column<int>(nullable: false),
                opened_at = table.Column<DateTime>(nullable: false),
                ended_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_cases", x => x.id);
                table.ForeignKey("fk_cases_families_family_id", x => x.family_id, "families", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_cases_family_id", "cases", "family_id");

        migrationBuilder.CreateTable(
            name: "case_children",
            columns: table => new
            {
                case_id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_case_children", x => new { x.case_id, x.child_id });
                table.ForeignKey("fk_case_children_cases_case_id", x => x.case_id, "cases", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_case_children_child_id", "case_children", "child_id");

        migrationBuilder.CreateTable(
            name: "case_events",
            columns: table => new
            {
                case_id = table.Column<Guid>(nullable: false),
                sequence = table.Column<int>(nullable: false),
                type = table.Column<string>(nullable: false),
                from_state = table.Column<string>(nullable: true),
                to_state = table.Column<string>(nullable: false),
                actor_id = table.Column<string>(nullable: false),
                actor_role = table.Column<string>(nullable: false),
                occurred_at = table.Column<DateTime>(nullable: false),
                data = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_case_events", x => new { x.case_id, x.sequence });
                table.ForeignKey("fk_case_events_cases_case_id", x => x.case_id, "cases", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_case_events_type_occurred_at", "case_events", ["type", "occurred_at"]);
    }
}
