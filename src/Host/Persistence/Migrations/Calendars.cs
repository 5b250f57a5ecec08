using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>
/// Schema version 6: working-day calendars by version. A deadline names the calendar it was computed with;
/// importing the newest official bank-holiday list adds a version and makes it current.
/// </summary>
[DbContext(typeof(EarlyHelpDbContext))]
[Migration(SchemaVersions.Calendars)]
internal sealed class Calendars : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "calendars",
            columns: table => new
            {
                version = table.Column<string>(nullable: false),
                bank_holidays = table.Column<string>(nullable: false),
                closure_days = table.Column<string>(nullable: false),
                is_current = table.Column<bool>(nullable: false),
                imported_at = table.Column<DateTime>(nullable: false),
                source = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_calendars", x => x.version));
}
