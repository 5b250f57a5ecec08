using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class CaseChildRowConfiguration : IEntityTypeConfiguration<CaseChildRow>
{
    public void Configure(EntityTypeBuilder<CaseChildRow> child)
    {
        child.ToTable("case_children");
        child.HasKey(c => new { c.CaseId, c.ChildId });
        child.Property(c => c.CaseId).HasColumnName("case_id");
        child.Property(c => c.ChildId).HasColumnName("child_id");
        // Finding a child's open episodes before opening a new one starts from the child.
        child.HasIndex(c => c.ChildId).HasDatabaseName("ix_case_children_child_id");
    }
}
