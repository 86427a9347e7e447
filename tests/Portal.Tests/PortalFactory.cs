using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Frivillighed.Portal.Tests;

// The portal on its own database, with no gateway behind it (nothing listens at its address).
public sealed class PortalFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:portaldb", database.ConnectionString);
        builder.UseSetting("Portal:Gateway", "http://127.0.0.1:9");
        // The portal's build copies the design system beside the portal itself (services/Portal/bin/...).
        builder.UseSetting("Portal:DkfdsPath", Path.Combine(
            AppContext.BaseDirectory.Replace(Path.Combine("tests", "Portal.Tests"), Path.Combine("services", "Portal")), "dkfds"));
        builder.UseSetting("Identity:Issuer", "http://127.0.0.1:9");
        builder.UseSetting("Logging:LogLevel:Default", "Critical");
    }
}
