using Frivillighed.Booking.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Data;

public sealed class BookingDbContext(DbContextOptions<BookingDbContext> options) : DbContext(options)
{
    public DbSet<Facility> Facilities => Set<Facility>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Facility>(facility =>
        {
            facility.HasKey(f => f.Id);
            facility.Property(f => f.Name).HasMaxLength(200);
            facility.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            facility.Property(f => f.Town).HasMaxLength(50);
            facility.Property(f => f.Address).HasMaxLength(200);
            facility.ToTable(t => t.HasCheckConstraint("ck_facilities_capacity", "capacity > 0"));
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAssociationReadModel();
    }
}
