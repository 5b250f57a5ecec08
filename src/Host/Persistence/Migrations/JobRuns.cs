using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>Schema version 9: each run of a recurring job, for the administrators' jobs page.</summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.JobRuns)]
internal sealed class JobRuns : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "job_runs",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                job = table.Column<string>(nullable: false),
                started_at = table.Column<DateTime>(nullable: false),
                finished_at = table.Column<DateTime>(nullable: true),
                outcome = table.Column<string>(nullable: false),
                error = table.Column<string>(nullable: true),
                host = table.Column<string>(nullable: false),
                reason = table.Column<string>(nullable: false),
                requested_by = table.Column<string>(nullable: true),
                retry_of = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_job_runs", x => x.id));
        migrationBuilder.CreateIndex("ix_job_runs_job_started_at", "job_runs", ["job", "started_at"]);
        migrationBuilder.CreateIndex("ix_job_runs_outcome_host", "job_runs", ["outcome", "host"]);
    }
}
