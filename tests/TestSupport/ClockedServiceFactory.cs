using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Frivillighed.TestSupport;

// A service under test whose clock is a fake that starts at the real time, so a test can let a booking begin,
// a deadline pass or a retention period end without waiting.
public class ClockedServiceFactory<TEntryPoint>(TestDatabase database, string connectionName) : ServiceFactory<TEntryPoint>(database, connectionName)
    where TEntryPoint : class
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
