using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class CaseRowConfiguration : IEntityTypeConfiguration<CaseRow>
{
    public void Configure(EntityTypeBuilder<CaseRow> row)
    {
        row.ToTable("cases");
        row.HasKey(c => c.Id);
        row.Property(c => c.Id).HasColumnName("id");
        row.Property(c => c.FamilyId).HasColumnName("family_id");
        row.Property(c => c.Locality).HasColumnName("locality").IsRequired();
        row.Property(c => c.State).HasColumnName("state").IsRequired();
        // The version is the number of events in the history; an update names the version it read.
        row.Property(c => c.Version).HasColumnName("version").IsConcurrencyToken();
        row.Property(c => c.OpenedAt).HasColumnName("opened_at");
        row.Property(c => c.EndedAt).HasColumnName("ended_at");
        row.Property(c => c.LevelOfNeed).HasColumnName("level_of_need");
        row.Property(c => c.LeadPractitionerId).HasColumnName("lead_practitioner_id");
        row.Property(c => c.LeadTeamId).HasColumnName("lead_team_id");
        row.Property(c => c.ReceivedAt).HasColumnName("received_at");
        row.Property(c => c.Urgency).HasColumnName("urgency");
        row.Property(c => c.Reference).HasColumnName("reference");
        row.HasIndex(c => c.Reference).HasDatabaseName("ix_cases_reference");
        row.HasMany(c => c.Children).WithOne().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        row.HasOne<FamilyRow>().WithMany().HasForeignKey(c => c.FamilyId).OnDelete(DeleteBehavior.Restrict);
        row.HasIndex(c => c.FamilyId).HasDatabaseName("ix_cases_family_id");
        row.HasIndex(c => c.LeadPractitionerId).HasDatabaseName("ix_cases_lead_practitioner_id");
        row.HasIndex(c => new { c.LeadTeamId, c.State }).HasDatabaseName("ix_cases_lead_team_id_state");
        row.HasIndex(c => new { c.Locality, c.State, c.Urgency, c.ReceivedAt, c.Id }).HasDatabaseName("ix_cases_locality_state");
    }
}
