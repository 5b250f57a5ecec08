using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Scheduling;

internal sealed class JobRunRowConfiguration : IEntityTypeConfiguration<JobRunRow>
{
    public void Configure(EntityTypeBuilder<JobRunRow> row)
    {
        row.ToTable("job_runs");
        row.HasKey(r => r.Id);
        row.Property(r => r.Id).HasColumnName("id");
        row.Property(r => r.Job).HasColumnName("job").IsRequired();
        row.Property(r => r.StartedAt).HasColumnName("started_at");
        row.Property(r => r.FinishedAt).HasColumnName("finished_at");
        row.Property(r => r.Outcome).HasColumnName("outcome").IsRequired();
        row.Property(r => r.Error).HasColumnName("error");
        row.Property(r => r.Host).HasColumnName("host").IsRequired();
        row.Property(r => r.Reason).HasColumnName("reason").IsRequired();
        row.Property(r => r.RequestedBy).HasColumnName("requested_by");
        row.Property(r => r.RetryOf).HasColumnName("retry_of");
        // A job's runs, newest first: its last run, its failures of the last week, its page of runs.
        row.HasIndex(r => new { r.Job, r.StartedAt }).HasDatabaseName("ix_job_runs_job_started_at");
        // Runs left "running" by a host that stopped, found when it starts again.
        row.HasIndex(r => new { r.Outcome, r.Host }).HasDatabaseName("ix_job_runs_outcome_host");
    }
}
