using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Frivillighed.Events.Tests;

// The Events service on the class's database, with a fake clock that starts at the real time.
public sealed class EventsApiFactory(TestDatabase database) : ServiceFactory<Program>(database, "eventsdb")
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
