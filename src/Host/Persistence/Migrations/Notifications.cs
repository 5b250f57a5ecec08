using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>
/// Schema version 5: the notifications outbox. A row is queued once per deduplication key, claimed by one
/// host at a time for delivery, retried with back-off, and, once delivered, is an item of the recipient's
/// in-app list.
/// </summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.Notifications)]
internal sealed class Notifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "notifications",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dedup_key = table.Column<string>(nullable: false),
                recipient = table.Column<string>(nullable: false),
                kind = table.Column<string>(nullable: false),
                subject = table.Column<string>(nullable: false),
                body = table.Column<string>(nullable: false),
                case_id = table.Column<Guid>(nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                not_before = table.Column<DateTime>(nullable: true),
                status = table.Column<string>(nullable: false),
                attempts = table.Column<int>(nullable: false),
                next_attempt_at = table.Column<DateTime>(nullable: false),
                claimed_by = table.Column<string>(nullable: true),
                claimed_until = table.Column<DateTime>(nullable: true),
                delivered_at = table.Column<DateTime>(nullable: true),
                last_error = table.Column<string>(nullable: true),
                read_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_notifications", x => x.id));
        migrationBuilder.CreateIndex("ux_notifications_dedup_key", "notifications", "dedup_key", unique: true);
        migrationBuilder.CreateIndex("ix_notifications_status_next_attempt_at", "notifications", ["status", "next_attempt_at"]);
        migrationBuilder.CreateIndex("ix_notifications_recipient_status_delivered_at", "notifications", ["recipient", "status", "delivered_at"]);
    }
}
