using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>
/// Schema version 2: when each event was entered (as well as when it happened), and a summary of each
/// case (level of need, lead practitioner and team) for caseloads. Existing events take their occurred
/// time as their recorded time; existing cases get their summary from <see cref="CaseSummaryBackfill"/>
/// at start-up, because it is computed from the history.
/// </summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.CaseSummaryAndRecordedAt)]
internal sealed class CaseSummaryAndRecordedAt : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(
            name: "recorded_at", table: "case_events", nullable: false, defaultValue: DateTime.UnixEpoch);
        migrationBuilder.Sql("UPDATE case_events SET recorded_at = occurred_at");

        migrationBuilder.AddColumn<string>(name: "level_of_need", table: "cases", nullable: true);
        migrationBuilder.AddColumn<string>(name: "lead_practitioner_id", table: "cases", nullable: true);
        migrationBuilder.AddColumn<string>(name: "lead_team_id", table: "cases", nullable: true);
        migrationBuilder.CreateIndex("ix_cases_lead_practitioner_id", "cases", "lead_practitioner_id");
        migrationBuilder.CreateIndex("ix_cases_lead_team_id_state", "cases", ["lead_team_id", "state"]);
    }
}
