namespace Frivillighed.Data;

// The service's database migration, run by the host at start or on its own (PlatformHost.RunPlatform).
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
