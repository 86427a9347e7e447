using Frivillighed.Identity.Model;
using Frivillighed.Messaging;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<User> Users => Set<User>();
    public DbSet<RoleChange> RoleChanges => Set<RoleChange>();
    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.HasKey(u => u.Id);
            user.Property(u => u.UserName).HasMaxLength(100);
            user.HasIndex(u => u.UserName).IsUnique();
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Email).HasMaxLength(200);
            user.HasIndex(u => u.Email);
        });
        modelBuilder.Entity<AccountToken>(token =>
        {
            token.HasKey(t => t.Id);
            token.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(30);
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.Property(t => t.NewEmail).HasMaxLength(200);
            token.HasIndex(t => new { t.UserId, t.CreatedAt });
        });
        modelBuilder.Entity<RoleChange>(change =>
        {
            change.HasKey(c => c.Id);
            change.Property(c => c.ActorName).HasMaxLength(200);
            change.Property(c => c.UserName).HasMaxLength(200);
            change.Property(c => c.Role).HasMaxLength(50);
            change.HasIndex(c => c.At);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseOpenIddict();
    }
}
