using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class WorkflowTimerRowConfiguration : IEntityTypeConfiguration<WorkflowTimerRow>
{
    public void Configure(EntityTypeBuilder<WorkflowTimerRow> row)
    {
        row.ToTable("workflow_timers");
        row.HasKey(t => t.Id);
        row.Property(t => t.Id).HasColumnName("id");
        row.Property(t => t.InstanceId).HasColumnName("instance_id");
        row.Property(t => t.ActivityId).HasColumnName("activity_id").IsRequired();
        row.Property(t => t.DueAt).HasColumnName("due_at");
        row.Property(t => t.Status).HasColumnName("status").IsRequired();
        row.Property(t => t.CreatedAt).HasColumnName("created_at");
        row.Property(t => t.EndedAt).HasColumnName("ended_at");
        row.HasIndex(t => new { t.Status, t.DueAt }).HasDatabaseName("ix_workflow_timers_status_due_at");
    }
}
