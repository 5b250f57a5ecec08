using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Audit;

internal sealed class AuditEntryRowConfiguration : IEntityTypeConfiguration<AuditEntryRow>
{
    public void Configure(EntityTypeBuilder<AuditEntryRow> row)
    {
        row.ToTable("audit_entries");
        row.HasKey(a => a.Id);
        row.Property(a => a.Id).HasColumnName("id");
        row.Property(a => a.At).HasColumnName("at");
        row.Property(a => a.UserId).HasColumnName("user_id");
        row.Property(a => a.Role).HasColumnName("role");
        row.Property(a => a.Action).HasColumnName("action");
        row.Property(a => a.RecordKind).HasColumnName("record_kind");
        row.Property(a => a.RecordId).HasColumnName("record_id");
        row.Property(a => a.CaseId).HasColumnName("case_id");
        row.Property(a => a.Outcome).HasColumnName("outcome");
        row.HasIndex(a => new { a.CaseId, a.At }).HasDatabaseName("ix_audit_entries_case_id_at");
        row.HasIndex(a => new { a.UserId, a.At }).HasDatabaseName("ix_audit_entries_user_id_at");
    }
}
