using EarlyHelp.Host.Persistence.Configurations;
using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EarlyHelp.Host.Persistence;

internal sealed class EarlyHelpDbContext(DbContextOptions<EarlyHelpDbContext> options) : DbContext(options)
{
    public DbSet<FamilyRow> Families => Set<FamilyRow>();
    public DbSet<FamilyMemberRow> FamilyMembers => Set<FamilyMemberRow>();
    public DbSet<CaseRow> Cases => Set<CaseRow>();
    public DbSet<CaseChildRow> CaseChildren => Set<CaseChildRow>();
    public DbSet<CaseEventRow> CaseEvents => Set<CaseEventRow>();
    public DbSet<WorkflowDefinitionRow> WorkflowDefinitions => Set<WorkflowDefinitionRow>();
    public DbSet<WorkflowInstanceRow> WorkflowInstances => Set<WorkflowInstanceRow>();
    public DbSet<HumanTaskRow> HumanTasks => Set<HumanTaskRow>();
    public DbSet<WorkflowTimerRow> WorkflowTimers => Set<WorkflowTimerRow>();
    public DbSet<WorkflowTraceRow> WorkflowTrace => Set<WorkflowTraceRow>();
    public DbSet<WorkflowMigrationRow> WorkflowMigrations => Set<WorkflowMigrationRow>();
    public DbSet<NotificationRow> Notifications => Set<NotificationRow>();
    public DbSet<Calendar.CalendarRow> Calendars => Set<Calendar.CalendarRow>();
    public DbSet<Timeliness.CaseDeadlineRow> CaseDeadlines => Set<Timeliness.CaseDeadlineRow>();
    public DbSet<Timeliness.CaseTimelinessRow> CaseTimeliness => Set<Timeliness.CaseTimelinessRow>();
    public DbSet<Staff.TeamRow> Teams => Set<Staff.TeamRow>();
    public DbSet<Staff.UserRow> Users => Set<Staff.UserRow>();
    public DbSet<Audit.AuditEntryRow> AuditEntries => Set<Audit.AuditEntryRow>();
    public DbSet<Scheduling.JobRunRow> JobRuns => Set<Scheduling.JobRunRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new FamilyRowConfiguration());
        modelBuilder.ApplyConfiguration(new FamilyMemberRowConfiguration());
        modelBuilder.ApplyConfiguration(new CaseRowConfiguration());
        modelBuilder.ApplyConfiguration(new CaseChildRowConfiguration());
        modelBuilder.ApplyConfiguration(new CaseEventRowConfiguration());
        modelBuilder.ApplyConfiguration(new WorkflowDefinitionRowConfiguration());
        modelBuilder.ApplyConfiguration(new WorkflowInstanceRowConfiguration());
        modelBuilder.ApplyConfiguration(new HumanTaskRowConfiguration());
        modelBuilder.ApplyConfiguration(new WorkflowTimerRowConfiguration());
        modelBuilder.ApplyConfiguration(new WorkflowTraceRowConfiguration());
        modelBuilder.ApplyConfiguration(new WorkflowMigrationRowConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationRowConfiguration());
        modelBuilder.ApplyConfiguration(new Calendar.CalendarRowConfiguration());
        modelBuilder.ApplyConfiguration(new Timeliness.CaseDeadlineRowConfiguration());
        modelBuilder.ApplyConfiguration(new Timeliness.CaseTimelinessRowConfiguration());
        modelBuilder.ApplyConfiguration(new Staff.TeamRowConfiguration());
        modelBuilder.ApplyConfiguration(new Staff.UserRowConfiguration());
        modelBuilder.ApplyConfiguration(new Audit.AuditEntryRowConfiguration());
        modelBuilder.ApplyConfiguration(new Scheduling.JobRunRowConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => UseConventions(configurationBuilder);

    public static void UseConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored in UTC. SQLite hands DateTime back without a kind; saying it is UTC
        // here keeps both providers returning the same values.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
