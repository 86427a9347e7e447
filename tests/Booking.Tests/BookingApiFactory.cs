using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Frivillighed.Booking.Tests;

// The Booking service on the class's database. The clock is a fake that starts at the real time, so a test can
// let a booking begin (attendance) or come within seven days (late cancellation) without waiting.
public sealed class BookingApiFactory(TestDatabase database) : ServiceFactory<Program>(database, "bookingdb")
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
