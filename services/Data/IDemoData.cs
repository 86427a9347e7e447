using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Data;

// Demo data for `./platform run`; applied after migrations when Platform:SeedDemoData is true.
public interface IDemoData<in TDbContext> where TDbContext : DbContext
{
    Task SeedAsync(TDbContext db, CancellationToken cancellationToken);
}
