using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EarlyHelp.Host.Persistence.Configurations;

internal sealed class NotificationRowConfiguration : IEntityTypeConfiguration<NotificationRow>
{
    public void Configure(EntityTypeBuilder<NotificationRow> row)
    {
        row.ToTable("notifications");
        row.HasKey(n => n.Id);
        row.Property(n => n.Id).HasColumnName("id");
        row.Property(n => n.DedupKey).HasColumnName("dedup_key").IsRequired();
        row.Property(n => n.Recipient).HasColumnName("recipient").IsRequired();
        row.Property(n => n.Kind).HasColumnName("kind").IsRequired();
        row.Property(n => n.Subject).HasColumnName("subject").IsRequired();
        row.Property(n => n.Body).HasColumnName("body").IsRequired();
        row.Property(n => n.CaseId).HasColumnName("case_id");
        row.Property(n => n.CreatedAt).HasColumnName("created_at");
        row.Property(n => n.NotBefore).HasColumnName("not_before");
        row.Property(n => n.Status).HasColumnName("status").IsRequired();
        row.Property(n => n.Attempts).HasColumnName("attempts");
        row.Property(n => n.NextAttemptAt).HasColumnName("next_attempt_at");
        row.Property(n => n.ClaimedBy).HasColumnName("claimed_by");
        row.Property(n => n.ClaimedUntil).HasColumnName("claimed_until");
        row.Property(n => n.DeliveredAt).HasColumnName("delivered_at");
        row.Property(n => n.LastError).HasColumnName("last_error");
        row.Property(n => n.ReadAt).HasColumnName("read_at");
        // The key is unique, so queueing the same notification twice (even from two hosts at once) keeps one.
        row.HasIndex(n => n.DedupKey).IsUnique().HasDatabaseName("ux_notifications_dedup_key");
        // Delivery: queued rows, soonest due first.
        row.HasIndex(n => new { n.Status, n.NextAttemptAt }).HasDatabaseName("ix_notifications_status_next_attempt_at");
        // The in-app list: a recipient's delivered notifications, newest first.
        row.HasIndex(n => new { n.Recipient, n.Status, n.DeliveredAt }).HasDatabaseName("ix_notifications_recipient_status_delivered_at");
    }
}
