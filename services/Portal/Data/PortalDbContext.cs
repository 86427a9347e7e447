using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Portal.Data;

// The portal's own database holds only what every replica must share: the sign-in sessions and the Data
// Protection keys that protect cookies, antiforgery tokens and the sessions themselves. It reads no service's data.
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<PortalSession> Sessions => Set<PortalSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PortalSession>(session =>
        {
            session.HasKey(s => s.Key);
            session.Property(s => s.Key).HasMaxLength(64);
            session.HasIndex(s => s.ExpiresAt);
        });
}

// A signed-in user's session: the cookie holds only the key; the ticket (user, tokens) is protected at rest.
public sealed class PortalSession
{
    public required string Key { get; init; }
    public required byte[] Ticket { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
