using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class FamilyRowConfiguration : IEntityTypeConfiguration<FamilyRow>
{
    public void Configure(EntityTypeBuilder<FamilyRow> family)
    {
        family.ToTable("families");
        family.HasKey(f => f.Id);
        family.Property(f => f.Id).HasColumnName("id");
        family.Property(f => f.Locality).HasColumnName("locality").IsRequired();
        family.Property(f => f.AddressLine1).HasColumnName("address_line1").IsRequired();
        family.Property(f => f.AddressLine2).HasColumnName("address_line2");
        family.Property(f => f.Town).HasColumnName("town").IsRequired();
        family.Property(f => f.Postcode).HasColumnName("postcode").IsRequired();
        family.HasMany(f => f.Members).WithOne().HasForeignKey(m => m.FamilyId).OnDelete(DeleteBehavior.Cascade);
    }
}
