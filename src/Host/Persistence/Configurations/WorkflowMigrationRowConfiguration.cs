using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class WorkflowMigrationRowConfiguration : IEntityTypeConfiguration<WorkflowMigrationRow>
{
    public void Configure(EntityTypeBuilder<WorkflowMigrationRow> row)
    {
        row.ToTable("workflow_migrations");
        row.HasKey(m => m.Id);
        row.Property(m => m.Id).HasColumnName("id");
        row.Property(m => m.WorkflowId).HasColumnName("workflow_id").IsRequired();
        row.Property(m => m.FromVersion).HasColumnName("from_version");
        row.Property(m => m.ToVersion).HasColumnName("to_version");
        row.Property(m => m.ActivityMap).HasColumnName("activity_map").IsRequired();
        row.Property(m => m.InstanceIds).HasColumnName("instance_ids").IsRequired();
        row.Property(m => m.ActorId).HasColumnName("actor_id").IsRequired();
        row.Property(m => m.ActorRole).HasColumnName("actor_role").IsRequired();
        row.Property(m => m.At).HasColumnName("at");
        row.Property(m => m.Reason).HasColumnName("reason");
        row.HasIndex(m => new { m.WorkflowId, m.At }).HasDatabaseName("ix_workflow_migrations_workflow_id_at");
    }
}
