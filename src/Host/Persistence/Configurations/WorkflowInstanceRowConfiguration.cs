using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class WorkflowInstanceRowConfiguration : IEntityTypeConfiguration<WorkflowInstanceRow>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRow> row)
    {
        row.ToTable("workflow_instances");
        row.HasKey(i => i.Id);
        row.Property(i => i.Id).HasColumnName("id");
        row.Property(i => i.DefinitionId).HasColumnName("definition_id").IsRequired();
        row.Property(i => i.DefinitionVersion).HasColumnName("definition_version");
        row.Property(i => i.CaseId).HasColumnName("case_id");
        row.Property(i => i.Status).HasColumnName("status").IsRequired();
        // Each committed step adds one; a step names the version it read, so no step is applied twice.
        row.Property(i => i.Version).HasColumnName("version").IsConcurrencyToken();
        row.Property(i => i.OpenIncidents).HasColumnName("open_incidents");
        row.Property(i => i.State).HasColumnName("state").IsRequired();
        row.Property(i => i.StartedAt).HasColumnName("started_at");
        row.Property(i => i.EndedAt).HasColumnName("ended_at");
        row.Property(i => i.UpdatedAt).HasColumnName("updated_at");
        row.HasIndex(i => i.CaseId).HasDatabaseName("ix_workflow_instances_case_id");
        row.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion, i.Status }).HasDatabaseName("ix_workflow_instances_definition_status");
    }
}
