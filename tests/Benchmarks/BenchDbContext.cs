using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Benchmarks;

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}
