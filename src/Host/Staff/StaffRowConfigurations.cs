using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Staff;

internal sealed class TeamRowConfiguration : IEntityTypeConfiguration<TeamRow>
{
    public void Configure(EntityTypeBuilder<TeamRow> row)
    {
        row.ToTable("teams");
        row.HasKey(t => t.Id);
        row.Property(t => t.Id).HasColumnName("id");
        row.Property(t => t.Name).HasColumnName("name");
        row.Property(t => t.Active).HasColumnName("active");
    }
}

internal sealed class UserRowConfiguration : IEntityTypeConfiguration<UserRow>
{
    public void Configure(EntityTypeBuilder<UserRow> row)
    {
        row.ToTable("users");
        row.HasKey(u => u.Id);
        row.Property(u => u.Id).HasColumnName("id");
        row.Property(u => u.DisplayName).HasColumnName("display_name");
        row.Property(u => u.Roles).HasColumnName("roles");
        row.Property(u => u.TeamId).HasColumnName("team_id");
        row.Property(u => u.Active).HasColumnName("active");
        row.HasIndex(u => u.TeamId).HasDatabaseName("ix_users_team_id");
    }
}
