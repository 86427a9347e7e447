using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Microsoft.Extensions.Hosting;

// The platform's own activity source and meter (outbox relay, inbox, poison messages).
public static class PlatformTelemetry
{
    public const string ActivitySourceName = "Frivillighed.Platform";
    public const string MeterName = "Frivillighed.Platform";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
    public static readonly Meter Meter = new(MeterName);
}
