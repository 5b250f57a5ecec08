using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class FamilyMemberRowConfiguration : IEntityTypeConfiguration<FamilyMemberRow>
{
    public void Configure(EntityTypeBuilder<FamilyMemberRow> member)
    {
        member.ToTable("family_members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Id).HasColumnName("id");
        member.Property(m => m.FamilyId).HasColumnName("family_id");
        member.Property(m => m.Position).HasColumnName("position");
        member.Property(m => m.GivenName).HasColumnName("given_name").IsRequired();
        member.Property(m => m.FamilyName).HasColumnName("family_name").IsRequired();
        member.Property(m => m.DateOfBirth).HasColumnName("date_of_birth");
        member.Property(m => m.Role).HasColumnName("role").IsRequired();
        member.HasIndex(m => m.FamilyId).HasDatabaseName("ix_family_members_family_id");
    }
}
