using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Frivillighed.Grants.Tests;

// The Grants service on the class's database, with a fake clock that starts at the real time (deadlines and
// overdue reports without waiting).
public sealed class GrantsApiFactory(TestDatabase database) : ServiceFactory<Program>(database, "grantsdb")
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
