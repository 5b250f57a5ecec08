using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Timeliness;

internal sealed class CaseTimelinessRowConfiguration : IEntityTypeConfiguration<CaseTimelinessRow>
{
    public void Configure(EntityTypeBuilder<CaseTimelinessRow> row)
    {
        row.ToTable("case_timeliness");
        row.HasKey(t => t.CaseId);
        row.Property(t => t.CaseId).HasColumnName("case_id");
        row.Property(t => t.CheckedVersion).HasColumnName("checked_version");
    }
}
