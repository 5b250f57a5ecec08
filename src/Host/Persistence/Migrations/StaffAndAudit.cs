using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>Schema version 8: teams and users who sign in, the audit trail of every view and change of a child's record, and the triage inbox's columns on cases.</summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.StaffAndAudit)]
internal sealed class StaffAndAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "teams",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                active = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_teams", x => x.id));

        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                display_name = table.Column<string>(nullable: false),
                roles = table.Column<string>(nullable: false),
                team_id = table.Column<string>(nullable: true),
                active = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_users", x => x.id));
        migrationBuilder.CreateIndex("ix_users_team_id", "users", "team_id");

        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                at = table.Column<DateTime>(nullable: false),
                user_id = table.Column<string>(nullable: false),
                role = table.Column<string>(nullable: false),
                action = table.Column<string>(nullable: false),
                record_kind = table.Column<string>(nullable: false),
                record_id = table.Column<string>(nullable: false),
                case_id = table.Column<Guid>(nullable: true),
                outcome = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_audit_entries", x => x.id));
        migrationBuilder.CreateIndex("ix_audit_entries_case_id_at", "audit_entries", ["case_id", "at"]);
        migrationBuilder.CreateIndex("ix_audit_entries_user_id_at", "audit_entries", ["user_id", "at"]);

        // The triage inbox: by team (the lead team, else the locality) and state, ordered by when received.
        // Cases saved before this version get the two columns from CaseSummaryBackfill at start-up.
        migrationBuilder.AddColumn<DateTime>(name: "received_at", table: "cases", nullable: true);
        migrationBuilder.AddColumn<string>(name: "urgency", table: "cases", nullable: true);
        migrationBuilder.AddColumn<string>(name: "reference", table: "cases", nullable: true);
        migrationBuilder.CreateIndex("ix_cases_reference", "cases", "reference");
        migrationBuilder.CreateIndex("ix_cases_locality_state", "cases", ["locality", "state", "urgency", "received_at", "id"]);
    }
}
