using Frivillighed.Identity.Model;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<RoleChange> RoleChanges => Set<RoleChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.HasKey(u => u.Id);
            user.Property(u => u.UserName).HasMaxLength(100);
            user.HasIndex(u => u.UserName).IsUnique();
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Email).HasMaxLength(200);
        });
        modelBuilder.Entity<RoleChange>(change =>
        {
            change.HasKey(c => c.Id);
            change.Property(c => c.ActorName).HasMaxLength(200);
            change.Property(c => c.UserName).HasMaxLength(200);
            change.Property(c => c.Role).HasMaxLength(50);
            change.HasIndex(c => c.At);
        });
        modelBuilder.UseOpenIddict();
    }
}
