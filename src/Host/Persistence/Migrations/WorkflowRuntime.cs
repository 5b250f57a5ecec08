using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>
/// Schema version 3: the workflow engine's tables. Definitions by version; instances with their state as
/// JSON; human tasks and timers as rows the worklists and the scheduler query; the trace of every step.
/// </summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.WorkflowRuntime)]
internal sealed class WorkflowRuntime : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "workflow_definitions",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                version = table.Column<int>(nullable: false),
                name = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                json = table.Column<string>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                published_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_workflow_definitions", x => new { x.id, x.version }));

        migrationBuilder.CreateTable(
            name: "workflow_instances",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                definition_id = table.Column<string>(nullable: false),
                definition_version = table.Column<int>(nullable: false),
                case_id = table.Column<Guid>(nullable: true),
                status = table.Column<string>(nullable: false),
                version = table.Column<int>(nullable: false),
                open_incidents = table.Column<int>(nullable: false),
                state = table.Column<string>(nullable: false),
                started_at = table.Column<DateTime>(nullable: false),
                ended_at = table.Column<DateTime>(nullable: true),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_workflow_instances", x => x.id));
        migrationBuilder.CreateIndex("ix_workflow_instances_case_id", "workflow_instances", "case_id");
        migrationBuilder.CreateIndex("ix_workflow_instances_definition_status", "workflow_instances", ["definition_id", "definition_version", "status"]);

        migrationBuilder.CreateTable(
            name: "human_tasks",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                instance_id = table.Column<Guid>(nullable: false),
                activity_id = table.Column<string>(nullable: false),
                case_id = table.Column<Guid>(nullable: true),
                task_type = table.Column<string>(nullable: false),
                title = table.Column<string>(nullable: false),
                assignee_kind = table.Column<string>(nullable: false),
                assignee_value = table.Column<string>(nullable: false),
                outcomes = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                due_at = table.Column<DateTime>(nullable: true),
                ended_at = table.Column<DateTime>(nullable: true),
                completed_by = table.Column<string>(nullable: true),
                outcome = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_human_tasks", x => x.id));
        migrationBuilder.CreateIndex("ix_human_tasks_worklist", "human_tasks", ["status", "assignee_kind", "assignee_value", "due_at"]);
        migrationBuilder.CreateIndex("ix_human_tasks_case_id", "human_tasks", "case_id");
        migrationBuilder.CreateIndex("ix_human_tasks_instance_id", "human_tasks", "instance_id");

        migrationBuilder.CreateTable(
            name: "workflow_timers",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                instance_id = table.Column<Guid>(nullable: false),
                activity_id = table.Column<string>(nullable: false),
                due_at = table.Column<DateTime>(nullable: false),
                status = table.Column<string>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                ended_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_workflow_timers", x => x.id));
        migrationBuilder.CreateIndex("ix_workflow_timers_status_due_at", "workflow_timers", ["status", "due_at"]);

        migrationBuilder.CreateTable(
            name: "workflow_trace",
            columns: table => new
            {
                instance_id = table.Column<Guid>(nullable: false),
                step = table.Column<int>(nullable: false),
                line = table.Column<int>(nullable: false),
                at = table.Column<DateTime>(nullable: false),
                kind = table.Column<string>(nullable: false),
                activity_id = table.Column<string>(nullable: true),
                detail = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_workflow_trace", x => new { x.instance_id, x.step, x.line }));
    }
}
