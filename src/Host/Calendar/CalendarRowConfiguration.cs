using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Calendar;

internal sealed class CalendarRowConfiguration : IEntityTypeConfiguration<CalendarRow>
{
    public void Configure(EntityTypeBuilder<CalendarRow> row)
    {
        row.ToTable("calendars");
        row.HasKey(c => c.Version);
        row.Property(c => c.Version).HasColumnName("version");
        row.Property(c => c.BankHolidays).HasColumnName("bank_holidays").IsRequired();
        row.Property(c => c.ClosureDays).HasColumnName("closure_days").IsRequired();
        row.Property(c => c.IsCurrent).HasColumnName("is_current");
        row.Property(c => c.ImportedAt).HasColumnName("imported_at");
        row.Property(c => c.Source).HasColumnName("source").IsRequired();
    }
}
