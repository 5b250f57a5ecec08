using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Configurations;
using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Persistence;

/// <summary>
/// The model as schema version 1 knew it: no recorded time on events, no case summary (neither version 2's nor version 8's columns). Writes data the
/// way the first release did, so the upgrade test starts from a real version 1 database.
/// </summary>
internal sealed class SchemaVersion1Context(DbContextOptions<SchemaVersion1Context> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new FamilyRowConfiguration());
        modelBuilder.ApplyConfiguration(new FamilyMemberRowConfiguration());
        modelBuilder.ApplyConfiguration(new CaseChildRowConfiguration());
        modelBuilder.ApplyConfiguration(new CaseRowConfiguration());
        modelBuilder.ApplyConfiguration(new CaseEventRowConfiguration());
        var cases = modelBuilder.Entity<CaseRow>();
        foreach (var index in cases.Metadata.GetIndexes().ToList())
        {
            if (index.Properties.Any(p => p.Name is nameof(CaseRow.LeadPractitionerId) or nameof(CaseRow.LeadTeamId)
                    or nameof(CaseRow.ReceivedAt) or nameof(CaseRow.Urgency) or nameof(CaseRow.Reference)))
            {
                cases.Metadata.RemoveIndex(index);
            }
        }

        cases.Ignore(c => c.LevelOfNeed).Ignore(c => c.LeadPractitionerId).Ignore(c => c.LeadTeamId)
            .Ignore(c => c.ReceivedAt).Ignore(c => c.Urgency).Ignore(c => c.Reference);
        modelBuilder.Entity<CaseEventRow>().Ignore(e => e.RecordedAt);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        EarlyHelpDbContext.UseConventions(configurationBuilder);
}
