using Frivillighed.Grants.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Data;

public sealed class GrantsDbContext(DbContextOptions<GrantsDbContext> options) : DbContext(options)
{
    public DbSet<GrantPool> Pools => Set<GrantPool>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GrantPool>(pool =>
        {
            pool.ToTable("grant_pools", t =>
            {
                t.HasCheckConstraint("ck_grant_pools_budget", "budget >= 0");
                t.HasCheckConstraint("ck_grant_pools_committed", "committed >= 0 AND committed <= budget");
            });
            pool.HasKey(p => p.Id);
            pool.Property(p => p.Name).HasMaxLength(200);
            pool.Property(p => p.Purpose).HasMaxLength(2000);
            pool.Property(p => p.LegalBasis).HasMaxLength(200);
            pool.Property(p => p.Budget).HasPrecision(14, 2);
            pool.Property(p => p.Committed).HasPrecision(14, 2);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAssociationReadModel();
    }
}
