using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class WorkflowTraceRowConfiguration : IEntityTypeConfiguration<WorkflowTraceRow>
{
    public void Configure(EntityTypeBuilder<WorkflowTraceRow> row)
    {
        row.ToTable("workflow_trace");
        row.HasKey(t => new { t.InstanceId, t.Step, t.Line });
        row.Property(t => t.InstanceId).HasColumnName("instance_id");
        row.Property(t => t.Step).HasColumnName("step");
        row.Property(t => t.Line).HasColumnName("line");
        row.Property(t => t.At).HasColumnName("at");
        row.Property(t => t.Kind).HasColumnName("kind").IsRequired();
        row.Property(t => t.ActivityId).HasColumnName("activity_id");
        row.Property(t => t.Detail).HasColumnName("detail").IsRequired();
    }
}
