using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.AssociationReadModel;

public static class AssociationReadModelExtensions
{
    // Booking, Grants and Events each keep known_associations up to date from the Associations events.
    public static IBusRegistrationConfigurator AddAssociationReadModel<TDbContext>(this IBusRegistrationConfigurator x, string queuePrefix)
        where TDbContext : DbContext
    {
        x.AddConsumer<AssociationReadModelConsumer<TDbContext>>()
            .Endpoint(e => e.Name = $"{queuePrefix}-association-read-model");
        return x;
    }

    // The local copy of the Associations register (and its representatives) that Booking, Grants and Events decide by.
    public static ModelBuilder AddAssociationReadModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownAssociation>(association =>
        {
            association.ToTable("known_associations");
            association.HasKey(a => a.Id);
            association.Property(a => a.Id).ValueGeneratedNever();
            association.Property(a => a.Name).HasMaxLength(200);
            association.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<KnownRepresentative>(representative =>
        {
            representative.ToTable("known_representatives");
            representative.HasKey(r => new { r.AssociationId, r.UserId });
            representative.HasIndex(r => r.UserId);
            representative.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
        });
        return modelBuilder;
    }
}
