using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class CaseEventRowConfiguration : IEntityTypeConfiguration<CaseEventRow>
{
    public void Configure(EntityTypeBuilder<CaseEventRow> row)
    {
        row.ToTable("case_events");
        // (case, sequence) is unique, so two writers can never both append event N to one case.
        row.HasKey(e => new { e.CaseId, e.Sequence });
        row.Property(e => e.CaseId).HasColumnName("case_id");
        row.Property(e => e.Sequence).HasColumnName("sequence");
        row.Property(e => e.Type).HasColumnName("type").IsRequired();
        row.Property(e => e.FromState).HasColumnName("from_state");
        row.Property(e => e.ToState).HasColumnName("to_state").IsRequired();
        row.Property(e => e.ActorId).HasColumnName("actor_id").IsRequired();
        row.Property(e => e.ActorRole).HasColumnName("actor_role").IsRequired();
        row.Property(e => e.OccurredAt).HasColumnName("occurred_at");
        row.Property(e => e.RecordedAt).HasColumnName("recorded_at");
        row.Property(e => e.Data).HasColumnName("data").IsRequired();
        row.HasOne<CaseRow>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        row.HasIndex(e => new { e.Type, e.OccurredAt }).HasDatabaseName("ix_case_events_type_occurred_at");
    }
}
