using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class HumanTaskRowConfiguration : IEntityTypeConfiguration<HumanTaskRow>
{
    public void Configure(EntityTypeBuilder<HumanTaskRow> row)
    {
        row.ToTable("human_tasks");
        row.HasKey(t => t.Id);
        row.Property(t => t.Id).HasColumnName("id");
        row.Property(t => t.InstanceId).HasColumnName("instance_id");
        row.Property(t => t.ActivityId).HasColumnName("activity_id").IsRequired();
        row.Property(t => t.CaseId).HasColumnName("case_id");
        row.Property(t => t.TaskType).HasColumnName("task_type").IsRequired();
        row.Property(t => t.Title).HasColumnName("title").IsRequired();
        row.Property(t => t.AssigneeKind).HasColumnName("assignee_kind").IsRequired();
        row.Property(t => t.AssigneeValue).HasColumnName("assignee_value").IsRequired();
        row.Property(t => t.Outcomes).HasColumnName("outcomes").IsRequired();
        row.Property(t => t.Status).HasColumnName("status").IsRequired();
        row.Property(t => t.CreatedAt).HasColumnName("created_at");
        row.Property(t => t.DueAt).HasColumnName("due_at");
        row.Property(t => t.EndedAt).HasColumnName("ended_at");
        row.Property(t => t.CompletedBy).HasColumnName("completed_by");
        row.Property(t => t.Outcome).HasColumnName("outcome");
        // Worklists: open tasks for an assignee, soonest due first.
        row.HasIndex(t => new { t.Status, t.AssigneeKind, t.AssigneeValue, t.DueAt }).HasDatabaseName("ix_human_tasks_worklist");
        row.HasIndex(t => t.CaseId).HasDatabaseName("ix_human_tasks_case_id");
        row.HasIndex(t => t.InstanceId).HasDatabaseName("ix_human_tasks_instance_id");
    }
}
