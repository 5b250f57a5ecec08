using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>Schema version 4: the audit record of every move of running instances between workflow versions.</summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.WorkflowMigrations)]
internal sealed class WorkflowMigrations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "workflow_migrations",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                workflow_id = table.Column<string>(nullable: false),
                from_version = table.Column<int>(nullable: false),
                to_version = table.Column<int>(nullable: false),
                activity_map = table.Column<string>(nullable: false),
                instance_ids = table.Column<string>(nullable: false),
                actor_id = table.Column<string>(nullable: false),
                actor_role = table.Column<string>(nullable: false),
                at = table.Column<DateTime>(nullable: false),
                reason = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_workflow_migrations", x => x.id));
        migrationBuilder.CreateIndex("ix_workflow_migrations_workflow_id_at", "workflow_migrations", ["workflow_id", "at"]);
    }
}
