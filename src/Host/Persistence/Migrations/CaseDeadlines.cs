using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>Schema version 7: each case's deadlines as first computed, with their last status, and which case version was last checked.</summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.CaseDeadlines)]
internal sealed class CaseDeadlines : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "case_deadlines",
            columns: table => new
            {
                case_id = table.Column<Guid>(nullable: false),
                episode = table.Column<int>(nullable: false),
                kind = table.Column<string>(nullable: false),
                number = table.Column<int>(nullable: false),
                started_at = table.Column<DateTime>(nullable: false),
                amber_from = table.Column<DateTime>(nullable: false),
                due_on = table.Column<DateOnly>(nullable: false),
                late_from = table.Column<DateTime>(nullable: false),
                breach_on = table.Column<DateOnly>(nullable: false),
                breached_from = table.Column<DateTime>(nullable: false),
                met_at = table.Column<DateTime>(nullable: true),
                calendar_version = table.Column<string>(nullable: false),
                calendar_problem = table.Column<string>(nullable: true),
                status = table.Column<string>(nullable: false),
                team_id = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_case_deadlines", x => new { x.case_id, x.episode, x.kind, x.number }));
        migrationBuilder.CreateIndex("ix_case_deadlines_team_id_status", "case_deadlines", ["team_id", "status"]);
        migrationBuilder.CreateIndex("ix_case_deadlines_status_amber_from", "case_deadlines", ["status", "amber_from"]);
        migrationBuilder.CreateIndex("ix_case_deadlines_status_breached_from", "case_deadlines", ["status", "breached_from"]);

        migrationBuilder.CreateTable(
            name: "case_timeliness",
            columns: table => new
            {
                case_id = table.Column<Guid>(nullable: false),
                checked_version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_case_timeliness", x => x.case_id));
    }
}
