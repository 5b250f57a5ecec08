using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class WorkflowDefinitionRowConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRow>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRow> row)
    {
        row.ToTable("workflow_definitions");
        row.HasKey(d => new { d.Id, d.Version });
        row.Property(d => d.Id).HasColumnName("id");
        row.Property(d => d.Version).HasColumnName("version");
        row.Property(d => d.Name).HasColumnName("name").IsRequired();
        row.Property(d => d.Status).HasColumnName("status").IsRequired();
        row.Property(d => d.Json).HasColumnName("json").IsRequired();
        row.Property(d => d.CreatedAt).HasColumnName("created_at");
        row.Property(d => d.PublishedAt).HasColumnName("published_at");
    }
}
