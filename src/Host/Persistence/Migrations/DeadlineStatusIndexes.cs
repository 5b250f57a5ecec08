using EarlyHelp.Host.Timeliness;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>
/// Schema version 10: the daily check's indexes hold only the deadlines of the status each serves, and a
/// deadline's meeting is given its status when the case is checked, not by a later pass. Rows left by older
/// versions without a status of their own, or met without one, are handed back to the next check.
/// </summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.DeadlineStatusIndexes)]
internal sealed class DeadlineStatusIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_case_deadlines_status_amber_from", "case_deadlines");
        migrationBuilder.DropIndex("ix_case_deadlines_status_breached_from", "case_deadlines");
        migrationBuilder.Sql("""
            UPDATE case_timeliness SET checked_version = -1
            WHERE case_id IN (
                SELECT case_id FROM case_deadlines
                WHERE status = 'unchecked' OR (met_at IS NOT NULL AND status IN ('on-track', 'amber', 'breached')))
            """);
        migrationBuilder.Sql("UPDATE case_deadlines SET status = 'on-track' WHERE status = 'unchecked'");
        migrationBuilder.CreateIndex(CaseDeadlineRowConfiguration.AmberFromIndex, "case_deadlines", "amber_from", filter: CaseDeadlineRowConfiguration.AmberFromFilter);
        migrationBuilder.CreateIndex(CaseDeadlineRowConfiguration.BreachedFromIndex, "case_deadlines", "breached_from", filter: CaseDeadlineRowConfiguration.BreachedFromFilter);
    }
}
