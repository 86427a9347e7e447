using Frivillighed.AssociationReadModel;
using Frivillighed.Booking.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Data;

public sealed class BookingDbContext(DbContextOptions<BookingDbContext> options) : DbContext(options)
{
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<ClosedPeriod> ClosedPeriods => Set<ClosedPeriod>();
    public DbSet<FacilityBooking> Bookings => Set<FacilityBooking>();
    public DbSet<BookingSeries> Series => Set<BookingSeries>();
    public DbSet<BookingRight> BookingRights => Set<BookingRight>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<SeasonRound> SeasonRounds => Set<SeasonRound>();
    public DbSet<SeasonRequest> SeasonRequests => Set<SeasonRequest>();
    public DbSet<BookingQuota> Quotas => Set<BookingQuota>();
    public DbSet<CalendarLink> CalendarLinks => Set<CalendarLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Facility>(facility =>
        {
            facility.HasKey(f => f.Id);
            facility.Property(f => f.Name).HasMaxLength(200);
            facility.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            facility.Property(f => f.Town).HasMaxLength(50);
            facility.Property(f => f.Address).HasMaxLength(200);
            facility.Property(f => f.HourlyPrice).HasPrecision(10, 2);
            facility.OwnsMany(f => f.OpeningHours, hours => hours.ToJson());
            facility.ToTable(t =>
            {
                t.HasCheckConstraint("ck_facilities_capacity", "capacity > 0");
                t.HasCheckConstraint("ck_facilities_booking_rules",
                    "booking_unit_minutes > 0 AND minimum_minutes > 0 AND maximum_minutes >= minimum_minutes AND bookable_days_ahead >= 0 AND hourly_price >= 0");
            });
        });

        modelBuilder.Entity<ClosedPeriod>(period =>
        {
            period.HasKey(p => p.Id);
            period.HasOne<Facility>().WithMany().HasForeignKey(p => p.FacilityId).OnDelete(DeleteBehavior.Cascade);
            period.Property(p => p.Reason).HasMaxLength(200);
            period.ToTable(t => t.HasCheckConstraint("ck_closed_periods_dates", "\"to\" >= \"from\""));
        });

        // The exclusion constraint that makes double bookings impossible is created in the migration
        // (EF has no model for it): EXCLUDE USING gist (facility_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        // WHERE (status = 'Confirmed').
        modelBuilder.Entity<FacilityBooking>(booking =>
        {
            booking.HasKey(b => b.Id);
            booking.HasOne<Facility>().WithMany().HasForeignKey(b => b.FacilityId).OnDelete(DeleteBehavior.Restrict);
            booking.HasOne<BookingSeries>().WithMany().HasForeignKey(b => b.SeriesId).OnDelete(DeleteBehavior.Restrict);
            booking.Property(b => b.Activity).HasMaxLength(200);
            booking.Property(b => b.BookedByName).HasMaxLength(200);
            booking.Property(b => b.CancellationReason).HasMaxLength(500);
            booking.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
            booking.Property(b => b.Attendance).HasConversion<string>().HasMaxLength(20);
            booking.Property(b => b.Price).HasPrecision(10, 2);
            booking.Property(b => b.Version).IsRowVersion();
            booking.HasIndex(b => new { b.AssociationId, b.StartsAt });
            booking.HasIndex(b => new { b.FacilityId, b.StartsAt });
            booking.HasIndex(b => b.SeriesId);
            booking.ToTable("bookings", t => t.HasCheckConstraint("ck_bookings_time", "ends_at > starts_at"));
        });

        modelBuilder.Entity<BookingSeries>(series =>
        {
            series.ToTable("booking_series");
            series.HasKey(s => s.Id);
            series.Ignore(s => s.Weekday);
            series.Property(s => s.Activity).HasMaxLength(200);
        });

        modelBuilder.Entity<BookingRight>(right =>
        {
            right.HasKey(r => r.AssociationId);
            right.Ignore(r => r.Suspended);
            right.Property(r => r.LiftReason).HasMaxLength(500);
        });

        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.HasKey(r => new { r.UserId, r.Key });
            record.Property(r => r.Key).HasMaxLength(200);
            record.Property(r => r.RequestHash).HasMaxLength(64);
            record.Property(r => r.ResponseBody).HasColumnType("jsonb");
        });

        modelBuilder.Entity<SeasonRound>(round =>
        {
            round.HasKey(r => r.Id);
            round.Property(r => r.Name).HasMaxLength(200);
            round.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            round.ToTable(t => t.HasCheckConstraint("ck_season_rounds_dates", "season_end > season_start AND requests_close >= requests_open"));
        });

        modelBuilder.Entity<SeasonRequest>(request =>
        {
            request.HasKey(r => r.Id);
            request.HasOne<SeasonRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
            request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Town).HasMaxLength(50);
            request.Property(r => r.Activity).HasMaxLength(200);
            request.Property(r => r.TargetGroup).HasConversion<string>().HasMaxLength(40);
            request.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(30);
            request.Property(r => r.Reason).HasMaxLength(2000);
            request.Ignore(r => r.End);
            request.HasIndex(r => r.RoundId);
        });

        modelBuilder.Entity<BookingQuota>(quota =>
        {
            quota.ToTable("booking_quotas", t => t.HasCheckConstraint("ck_booking_quotas_used", "used_minutes >= 0 AND used_minutes <= hours * 60"));
            quota.HasKey(q => q.AwardId);
            quota.Property(q => q.FacilityKind).HasConversion<string>().HasMaxLength(20);
            quota.HasIndex(q => q.AssociationId);
        });

        modelBuilder.Entity<CalendarLink>(link =>
        {
            link.HasKey(l => l.AssociationId);
            link.Property(l => l.TokenHash).HasMaxLength(64);
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAssociationReadModel();
    }
}
